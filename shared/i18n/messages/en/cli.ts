/**
 * English messages: cli (everything the `fieldnotes` command prints). Help texts are laid out for an 80-column
 * terminal; `'<command>'` is quoted because ICU reads a bare `<…>` as a tag.
 */
export const cli = {
  // Every command
  'cli.usage': `Usage: fieldnotes '<command>' [options]

Commands:
{commands}

Options for every command:
  --lang en|fr-CA  the language to speak in (default: FIELDNOTES_LANG, else the system's language,
                   else English); export also writes its reports in it

Run "fieldnotes '<command>' --help" for the options of a command.
`,
  'cli.unknownLanguage': 'fieldnotes: --lang is en or fr-CA, not "{given}"\n',
  'cli.unknownCommand': 'fieldnotes: unknown command "{name}"; commands: {commands}\n',
  'cli.failed': 'fieldnotes {name}: {message}\n',
  'cli.unexpected':
    'fieldnotes {name}: the command stopped on an unexpected error, a fault in Fieldnotes. No file was left half-written: each is put in place only once complete. Run the command again; if it fails again, report it with the technical detail below.\nTechnical detail: {detail}\n',
  'cli.seeHelp': '{message} (see fieldnotes {command} --help)',
  'cli.warning': 'warning: {text}\n',
  'cli.fromSource': '{source}: {text}',
  'cli.withPath': '{text} ({path})',
  'cli.folderUnreadable':
    'The sync folder could not be read, so nothing was written. Check that the folder can be opened, then try again. (Technical detail: {detail})',
  'cli.nothingAt': 'nothing found at {path}',
  'cli.missingOut': 'missing --out FILE',
  'cli.aDevice': 'a device',
  'cli.unnamed': '(unnamed)',
  'cli.none': 'none',
  'cli.quoted': '“{text}”',
  'cli.andMore': 'and {count} more',
  'cli.wrote': '  wrote {file}',
  'cli.totals':
    '{sessions, plural, one {# session} other {# sessions}} · {notes, plural, one {# note} other {# notes}} · {themes, plural, one {# theme} other {# themes}} · {findings, plural, one {# finding} other {# findings}}',
  'cli.passphraseHint': '{problem} Pass it with --passphrase-file FILE.',
  'cli.passphrase.unreadable': 'cannot read the passphrase file {file}',
  'cli.passphrase.empty': 'the passphrase file {file} is empty',
  'cli.project.none': 'there is no Fieldnotes project in {root}',
  'cli.project.notFound': 'no project called “{wanted}” in {root}; projects there: {names}',
  'cli.project.several':
    '{root} holds {count} projects{named, select, yes { with that name} other {}}; choose one with --project NAME: {names}',
  'cli.massDeletion.help': 'go ahead when one device removes more than half of the project (stopped by default)',
  'cli.massDeletion.stopped':
    '{device} removes {deleting} of the {live} items in “{project}”. The app asks before applying that, so nothing was done. If it was meant, run again with --allow-mass-deletion.',
  'cli.massDeletion.thisProject': 'this project',
  'cli.csv.unknownEncoding': 'unknown encoding "{value}"; use utf-8, windows-1252 or mac-roman',
  'cli.csv.noSuchFile': '{file}: no such file',
  'cli.csv.isFolder': '{file}: is a folder, not a file',
  'cli.csv.permission': '{file}: permission denied',
  'cli.csv.cannotRead': '{file}: cannot read it ({reason})',
  'cli.csv.notOrdinary': '{file}: is not an ordinary file',
  'cli.pii.email': 'e-mail address',
  'cli.pii.phone': 'phone number',
  'cli.pii.address': 'street address',
  'cli.pii.postalCode': 'postal code',
  'cli.pii.name': 'person name',
  'cli.pii.other': 'marked by you',
  // export
  'cli.export.summary': 'export findings (xlsx, JSON, docx, REFI-QDA) from sync folders or bundles, consolidated',
  'cli.export.help': `Usage: fieldnotes export PATH... [--xlsx F] [--json F] [--docx F] [--qdpx F] [--qdc F] [--csv F] [--html F] [--pptx F]
       [--deck-pdf F] [--said-did-docx F] [--said-did-html F] [--group G] [--include-memos]

Exports the findings of a project from one or more sync folders or .fieldnotes bundles. Several PATHs are
consolidated: each facilitator's work is merged into one project view before exporting.

Formats (at least one):
{formats}

Options:
  --project ID|NAME        which project, when the sources hold several
  --group ID|NAME          only what this stakeholder group said (repeat for several); a "You said, we did"
                           report made so is that group's report
  --level master|session   report on master themes (default when the project has any) or session themes
  --report-lang en|fr-CA   the language of the reports and files (default: --lang, else FIELDNOTES_LANG, else
                           English); notes, themes and names stay as they were written
  --include-memos          add the team's memos to the "What we heard" report (--docx, --html); memos always
                           travel in --json, --qdpx and --qdc, authors numbered, never in the CSV, deck or
                           "You said, we did"
  --no-names               do not look for person names (faster; addresses, phones and e-mails are still removed)
  --passphrase-file FILE   passphrase for encrypted bundles (first line of FILE)
  --accept-future          also take changes dated more than a day ahead (skipped with a warning otherwise)
{massDeletion}
  -h, --help               show this help

Privacy: every e-mail address, phone number, street address, postal code and person name found is removed;
sensitive and cultural-protocol notes are counted but their text withheld; no note flagged do-not-quote is quoted.

Exit codes: 0 written, 2 bad input or usage, 1 unexpected error.
`,
  'cli.export.formatLine': '  --{flag} FILE   {label}',
  'cli.export.noProject': '{path} holds no Fieldnotes project',
  'cli.export.invalidChanges':
    '{source}: {count, plural, one {# change} other {# changes}} failed validation and were skipped',
  'cli.export.projectNotFound': 'no project “{wanted}” in these files; they hold: {list}',
  'cli.export.severalProjects': 'these files hold {count} projects; choose one with --project: {list}',
  'cli.export.noSources': 'expected at least one sync folder or bundle (see fieldnotes export --help)',
  'cli.export.noFormat': 'choose at least one format, e.g. --xlsx findings.xlsx (see fieldnotes export --help)',
  'cli.export.badLevel': '--level is master or session',
  'cli.export.badReportLanguage': '--report-lang is en or fr-CA, not "{given}"',
  'cli.export.erased':
    '{count, plural, one {# change} other {# changes}} in these files still {count, plural, one {holds} other {hold}} erased words; left out of the export',
  'cli.export.noProjectRecord':
    'the project record of {id} is not in these files (only later edits of it are); add the folder or bundle of the device that created the project',
  'cli.export.badClocks':
    '{count, plural, one {# mapping decision} other {# mapping decisions}} left out of the mapping log: their clock value cannot be read',
  'cli.export.noGroup': 'there is no stakeholder group “{wanted}” in this project (groups: {groups})',
  'cli.export.project':
    'Project “{name}”, from {sources, plural, one {# source} other {# sources}} ({level, select, master {master themes, consolidated} other {session themes}}):',
  'cli.export.memos':
    '  memos: {count, plural, one {# memo} other {# memos}} in the findings data and REFI-QDA files{inReport, select, yes { and the report} other {; not in the report (add --include-memos)}}',
  'cli.export.privacy':
    '  privacy: {withheld, plural, one {# note} other {# notes}} withheld, {dropped} left out, {redactions, plural, one {# piece} other {# pieces}} of personal information removed',
  'cli.export.privacyKinds': '{privacy} ({kinds})',
  'cli.export.piiCount': '{count} {kind}',
  'cli.export.community':
    '  community: {count, plural, one {# session} other {# sessions}} withheld pending community approval ({communities})',
  // inspect
  'cli.inspect.summary': 'show what a sync folder or a .fieldnotes bundle holds',
  'cli.inspect.help': `Usage: fieldnotes inspect PATH [--json] [--passphrase-file FILE]

Shows what a sync folder (or one project's folder in it) or a .fieldnotes bundle holds: per project, the
sessions, notes, themes and other records counted after merging, the devices that wrote them, and every
problem found (files not complete yet, copies made by a file-sync service, newer formats, clocks far ahead,
two computers sharing one identity). Reads only; changes nothing.

Options:
  --json                   print the report as JSON
  --passphrase-file FILE   the passphrase of an encrypted bundle (first line of FILE)
  --accept-future          count changes dated more than a day ahead as usual (held and listed otherwise)
  -h, --help               show this help

Exit codes: 0 read (whatever problems were found), 2 bad input or usage, 1 unexpected error.
`,
  'cli.inspect.onePath': 'expected one path: fieldnotes inspect PATH',
  'cli.inspect.passphraseNeeded': 'this bundle is protected by a passphrase; pass it with --passphrase-file FILE',
  'cli.inspect.folder': 'Sync folder {path}: {count, plural, one {# project} other {# projects}}',
  'cli.inspect.bundle': 'Bundle {path} ({scope}, made by {by}{encrypted, select, yes {, encrypted} other {}})',
  'cli.inspect.problem': '[{severity, select, error {error} warning {warning} info {info} other {{severity}}}] {text}',
  'cli.inspect.project': 'Project “{name}” ({id})',
  'cli.inspect.nameNotKnown': '(name not known yet)',
  'cli.inspect.counts':
    '{sessions, plural, one {# session} other {# sessions}} · {notes, plural, one {# note} other {# notes}} · {themes, plural, one {# theme} other {# themes}} · {participants, plural, one {# participant} other {# participants}} · {groups, plural, one {# group} other {# groups}} · {questions, plural, one {# question} other {# questions}} · {findings, plural, one {# finding} other {# findings}}',
  'cli.inspect.pending':
    '  {count, plural, one {# record is} other {# records are}} known only by later edits (their creation has not arrived)',
  'cli.inspect.devices': '  devices: {count}',
  'cli.inspect.device':
    '    {name} [{id}]: {segments, plural, =0 {} one {# file, } other {# files, }}{changes, plural, one {# change} other {# changes}}{hasLast, select, yes {, last wrote {last}} other {}}',
  'cli.inspect.problems': '  problems: {count, plural, =0 {none} other {{count}}}',
  // bundle
  'cli.bundle.summary': 'pack a project of a sync folder into a .fieldnotes bundle',
  'cli.bundle.help': `Usage: fieldnotes bundle DIR --out FILE.{ext} [options]

Packs a project of a sync folder into a .{ext} bundle that the app imports (Import bundle).
DIR is the sync folder, or one project's folder inside it. Files that have not finished copying are left
out, with a warning; the bundle holds everything else.

Options:
  --out FILE               the bundle to write; required
  --project NAME           which project, when the folder holds several
  --passphrase-file FILE   encrypt with the passphrase on the first line of FILE (AES-256-GCM)
  --accept-future          also pack changes dated more than a day ahead (skipped with a warning otherwise)
  -h, --help               show this help

Exit codes: 0 written, 2 bad input or usage, 1 unexpected error.
`,
  'cli.bundle.oneFolder': 'expected one folder: fieldnotes bundle DIR --out FILE.{ext}',
  'cli.bundle.deviceName': 'fieldnotes bundle (command line)',
  'cli.bundle.wrote':
    'Wrote {file}: “{name}”, {sessions, plural, one {# session} other {# sessions}}, {notes, plural, one {# note} other {# notes}}, {themes, plural, one {# theme} other {# themes}} from {devices, plural, one {# device} other {# devices}}{encrypted, select, yes {, encrypted} other {}}.\n',
  // purge
  'cli.purge.summary': 'rewrite a retired device’s sync files without erased words',
  'cli.purge.help': `Usage: fieldnotes purge FOLDER --device NAME [--project NAME] [--confirm]

For a device that will never sync again (lost, retired or wiped): rewrites its files in the sync folder
without the words that were erased (a participant withdrew consent, a note was erased), and keeps every other
change it made. A device still in use rewrites its own files at its next sync: do not purge it.

Without --confirm, says what would change and changes nothing.

Options:
  --device NAME     the device, by the name shown in the app (or its 16-character id)
  --project NAME    which project, when the folder holds several
  --confirm         rewrite the files
  -h, --help        show this help

Exit codes: 0 done (or nothing to do), 2 bad input or usage, 1 unexpected error.
`,
  'cli.purge.device': '{named, select, yes {“{name}”} other {the unnamed device}} [{id}]',
  'cli.purge.noDevice': 'no device called “{wanted}” in this project; devices there: {list}',
  'cli.purge.severalDevices': '{count} devices are called “{wanted}”; name one by its id: {list}',
  'cli.purge.oneFolder': 'expected one folder: fieldnotes purge FOLDER --device NAME',
  'cli.purge.missingDevice': 'missing --device NAME (the device to purge)',
  'cli.purge.skipped': 'cannot purge {device}: {reason}. Nothing was changed.',
  'cli.purge.clean':
    '{device}: none of its {files, plural, one {# file} other {# files}} holds an erased value; nothing to purge.\n',
  'cli.purge.would': `{device}: {erasedFiles, plural, one {# file} other {# files}} of its {files} {erasedFiles, plural, one {holds} other {hold}} erased values ({erased, plural, one {# change} other {# changes}}).
Purging rewrites its files without them and keeps its other {kept, plural, one {# change} other {# changes}}.
Nothing was changed. Purge only a device that will never sync again (lost, retired or wiped): a device
still in use rewrites its own files at its next sync. Run again with --confirm to purge.
`,
  'cli.purge.done':
    'Purged {device}: {erased, plural, one {# change} other {# changes}} holding erased values removed, {kept, plural, one {# change} other {# changes}} kept; {retired, plural, one {# file} other {# files}} replaced by {written}.\n',
  // cluster
  'cli.cluster.summary': 'suggest clusters for the notes in a CSV file',
  'cli.cluster.help': `Usage: fieldnotes cluster NOTES.csv --out CLUSTERS.csv [options]

Suggests clusters for the notes in a CSV file and writes, for every row, its id and its cluster's name.

Options:
  --out FILE           where to write the result (UTF-8 CSV: id,cluster,cluster_words); required
  --text-column NAME   column holding the note text (default: text)
  --id-column NAME     column holding the note id (default: id; without one, rows are numbered from 1)
  --k N                exactly N clusters instead of letting the notes decide
  --method NAME        meaning (default: what notes mean and the words they share) or words (shared words only,
                       the earlier method)
  --encoding NAME      utf-8, windows-1252 or mac-roman (default: detected)
  -h, --help           show this help

Exit codes: 0 done, 2 bad input or usage, 1 unexpected error.
`,
  'cli.cluster.unclustered': 'Unclustered',
  'cli.cluster.oneFile': 'expected one input file: fieldnotes cluster NOTES.csv --out CLUSTERS.csv',
  'cli.cluster.badK': '--k must be a whole number of at least 1, not "{value}"',
  'cli.cluster.badMethod': '--method must be "meaning" or "words", not "{value}"',
  'cli.cluster.noColumn': '{file}: no column named "{name}" (columns: {columns}); choose one with {option}',
  'cli.cluster.noVectors': 'Warning: {problem}; grouping by shared words only.\n',
  'cli.cluster.wrote':
    'Wrote {rows, plural, one {# row} other {# rows}} to {file}: {clusters, plural, one {# cluster} other {# clusters}} {meaning, select, yes {by meaning} other {by shared words}}, {unclustered} unclustered (read as {encoding}, {detected, select, yes {detected} other {as asked}}).\n',
  // validate
  'cli.validate.summary': 'check a findings JSON, REFI-QDA (.qdpx, .qdc) or .fieldnotes bundle file',
  'cli.validate.help': `Usage: fieldnotes validate FILE [options]

Checks a findings JSON file, a REFI-QDA project (.qdpx) or codebook (.qdc), or a .fieldnotes bundle.

Options:
  --xsd-dir DIR            folder holding Project-mrt2019.xsd and Codebook-mrt2019.xsd (default:
                           FIELDNOTES_REFI_XSD_DIR, else the official copies shipped with Fieldnotes)
  --passphrase-file FILE   passphrase of an encrypted bundle (first line of FILE)
  -h, --help               show this help

Exit codes: 0 valid, 2 invalid or bad usage, 1 unexpected error.
`,
  'cli.validate.valid': 'VALID {kind}: {file}',
  'cli.validate.invalid': 'INVALID {what}: {reason}',
  'cli.validate.what.json': 'JSON',
  'cli.validate.what.findings': 'findings file',
  'cli.validate.what.project': 'REFI-QDA project',
  'cli.validate.what.codebook': 'REFI-QDA codebook',
  'cli.validate.what.zip': 'zip archive',
  'cli.validate.what.bundle': 'bundle',
  'cli.validate.notJson': 'the file is not valid JSON (it may be cut short)',
  'cli.validate.wrongFormat': '"format" is not "{format}"; this is not a Fieldnotes findings file',
  'cli.validate.newer':
    'it is format version {version}, made by a newer Fieldnotes; this one knows up to version {known}. Update Fieldnotes',
  'cli.validate.schema': 'does not match the schema: {errors}',
  'cli.validate.separator': '; ',
  'cli.validate.findingsKind': 'findings JSON ({format} version {version})',
  'cli.validate.findingsFacts': 'project “{name}”, {level, select, master {master} other {session}} level, made {date}',
  'cli.validate.noXsd': 'no {file} in {dir}',
  'cli.validate.xsdMissing': 'the REFI-QDA XSDs shipped with Fieldnotes are missing (reinstall, or use --xsd-dir)',
  'cli.validate.noXmllint': 'xmllint is not installed (Debian: apt-get install libxml2-utils)',
  'cli.validate.failsToValidate': 'fails to validate',
  'cli.validate.xsdSkipped': 'XSD check skipped: {reason}',
  'cli.validate.projectFacts':
    '{sources, plural, one {# source} other {# sources}} · {codes, plural, one {# code} other {# codes}} · {selections, plural, one {# coded selection} other {# coded selections}} · {cases, plural, one {# case} other {# cases}}{notes, plural, =0 {} one { · # note (memo)} other { · # notes (memos)}}',
  'cli.validate.readerNote': 'note: {text}',
  'cli.validate.codebookFacts':
    '{codes, plural, one {# code} other {# codes}} · {sets, plural, one {# set} other {# sets}}',
  'cli.validate.xsdMismatch': 'does not match {xsd}: {problems}',
  'cli.validate.matches': 'matches {xsd}',
  'cli.validate.refiKind': '{what} ({extension})',
  'cli.validate.bundleKind': 'Fieldnotes bundle (version {version}{encrypted, select, yes {, encrypted} other {}})',
  'cli.validate.bundleFacts':
    'project {id}, made {date}, {segments, plural, one {# segment} other {# segments}} with verified counts and hashes',
  'cli.validate.bundleInvalid':
    'note: {count, plural, one {# change} other {# changes}} failed validation and would be skipped',
  'cli.validate.damagedZip': 'the file is damaged or cut short',
  'cli.validate.otherZip':
    'it is neither a REFI-QDA project (no project.qde) nor a Fieldnotes bundle (no manifest.json)',
  'cli.validate.unknownKind': 'not a findings JSON, REFI-QDA or bundle file',
  'cli.validate.oneFile': 'expected one file: fieldnotes validate FILE',
  'cli.validate.tooLarge': '{file} is larger than {megabytes} MB',
  'cli.validate.cannotRead': 'cannot read {file}',
  // import-csv
  'cli.import.summary': 'import notes from a CSV file into a project in a sync folder',
  'cli.import.help': `Usage: fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [options]

Writes the rows of a CSV file as notes into a project in a sync folder, as a new device; every app that syncs
the folder then has them. The app's "Import notes" reads the same columns by the same rules. Columns are found
by their header, in any order, ignoring case:
{columns}
If any row cannot be imported, nothing is written and every reason is listed. A file of any size is read in
pieces; the notes appear in the folder all at once, when every row has been written.

Options:
  --sync-folder DIR    the shared folder; required
  --project NAME       the project, by name; required (create it in the app and sync once first)
  --session TITLE      put every note in this session (an existing one by title, or a new one), ignoring any
                       Session column; default: the Session column, and the file's name for rows without one
  --group NAME         the stakeholder group of new sessions whose rows name none
  --device-name NAME   how other devices list this import (default: "CSV import (FILE)")
  --encoding NAME      utf-8, windows-1252 or mac-roman (default: detected)
  --again              import a file that was imported into this project before (refused by default: its
                       notes would all be there twice)
{massDeletion}
  -h, --help           show this help

Exit codes: 0 imported, 2 bad input or usage, 1 unexpected error.
`,
  'cli.import.problem': '  line {line}: {message}\n',
  'cli.import.moreProblems': '  and {count, plural, one {# more row} other {# more rows}} that cannot be imported\n',
  'cli.import.sameName': '{count} projects are called “{name}” in {root}; rename one in the app first',
  'cli.import.noProject': 'no project called “{name}” in {root}; create it in the app and sync once, then import',
  'cli.import.noGroup': 'no stakeholder group called “{name}”; groups: {groups}',
  'cli.import.done':
    'Imported {notes, plural, one {# note} other {# notes}} into “{project}”{sessions}{people} as device {id} (“{device}”; {how}).{warnings}\n',
  'cli.import.newSessions': ', {count, plural, one {# new session} other {# new sessions}} ({titles})',
  'cli.import.newParticipants': ', {count, plural, one {# new participant} other {# new participants}}',
  'cli.import.empty': '{file}: the file is empty',
  'cli.import.again':
    '{file} was imported into “{project}” before ({when}, as “{device}”); importing it again would add every note twice. To import it again anyway, add --again.',
  'cli.import.noTextColumn':
    '{file} has no note-text column (a header such as “Text” or “Note”); its columns: {columns}',
  'cli.import.oneFile': 'expected one CSV file: fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME',
  'cli.import.missingFolder': 'missing --sync-folder DIR',
  'cli.import.missingProject': 'missing --project NAME',
  'cli.import.deviceName': 'CSV import ({file})',
  'cli.import.nothing': `Nothing was imported:
{problems}`,
  'cli.import.noNotes': '{file} has no notes to import',
  'cli.import.how': 'read as {encoding}{asked, select, yes {, as asked} other {, detected}}',
} as const satisfies Record<string, string>;
