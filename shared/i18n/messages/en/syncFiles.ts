/**
 * English messages: syncFiles (why a bundle, its zip or a sync segment cannot be read: the technical detail after
 * the sentence that says what to do, worded in the reader's language). Entry and file names are as the file has them.
 */
export const syncFiles = {
  'syncFiles.zip':
    '{what, select, noDirectory {no zip directory} tooShort {too short to be a zip} directoryBroken {the zip directory is broken} encrypted {{name} is encrypted inside the zip} compression {{name} uses compression {method}} zip64 {{name} is a ZIP64 entry} twice {{name} is in the zip twice} cutShort {{name} is cut short} entryTooLarge {{name} would unpack to {size} bytes} ratio {{name} would unpack {ratio} times its size} totalTooLarge {the zip would unpack to over {size} bytes} noLocalHeader {{name} has no local header} wrongSize {{name} has the wrong size} moreThanDeclared {{name} unpacks to more than it declares} cannotUnpack {{name} cannot be unpacked} lessThanDeclared {{name} unpacks to less than it declares} crc {{name} fails its CRC check} other {the zip cannot be read}}',
  'syncFiles.bundle':
    '{what, select, missing {{name} is missing} notReadable {{name} is not readable} noManifest {no bundle manifest} unknownEntry {unknown entry {name}} unexpectedEntry {unexpected entry {name}} unknownEncryption {an encryption this version does not know} rounds {key-derivation rounds {rounds} outside {low}–{high}} badEncryption {the encryption settings are not valid} badManifest {the manifest is not valid} notSegment {the manifest names {name}, not a segment} namedTwice {the manifest names {name} twice} notMatching {{name} does not match the manifest} otherProject {{name} is from another project} other {the bundle cannot be read}}',
  'syncFiles.inFile': '{name}: {problem}',
  // Why a device's own files were not rewritten (compaction, purge).
  'syncFiles.skipped':
    '{what, select, unreadable {{name} could not be read ({detail})} elsewhere {{name}: its header names another place} noErasedValue {no file of this device holds an erased value} nothingToTidy {nothing to tidy up} reservedNotAbove {the reserved number is not above the existing files} other {the files were left as they are}}',
  'syncFiles.segment':
    '{what, select, empty {the file is empty} placeholder {the file has no content yet} endsMidLine {the file ends mid-line} noTrailer {the file has no trailer} notUtf8 {the file is not valid UTF-8 text} checksum {the content does not match its checksum} notHeader {the first line is not a Fieldnotes segment header} newer {written in format {schema} by a newer Fieldnotes} lastNotTrailer {the last line is not a trailer} hashInName {the content does not match the hash in its name} count {expected {expected} changes, found {found}} cloudOnly {the file is only in the cloud so far} unreadable {the file could not be read ({detail})} elsewhere {its header names another place} other {the file cannot be read}}',
};
