/**
 * English messages: readers (why a findings JSON or REFI-QDA file cannot be read back, and what was skipped in
 * one that could). Each says what is wrong and what to do; the reader has changed nothing.
 */
export const readers = {
  'readers.tooLarge':
    'This {what, select, findings {findings file} qdpx {.qdpx file} codebook {codebook} other {file}} is {size} MB; Fieldnotes reads files up to {limit} MB. Nothing was imported. Export a smaller part (fewer sessions) and try again.',
  // Findings JSON
  'readers.json.notJson': 'This file is not valid JSON (it may be cut short). Nothing was imported.',
  'readers.json.wrongFormat': 'This is not a Fieldnotes findings file. Nothing was imported.',
  'readers.json.newer':
    'This findings file was made by a newer Fieldnotes (format version {version}; this app reads up to {known}). Update Fieldnotes to open it. Nothing was imported.',
  'readers.json.damaged': 'This findings file is damaged: {problem}. Nothing was imported.',
  'readers.json.damagedAt': 'This findings file is damaged at {where}, which {problem}. Nothing was imported.',
  'readers.json.unknownProblem': 'unknown problem',
  // REFI-QDA
  'readers.refi.notXml':
    'The {what, select, project {project.qde} other {codebook}} is not well-formed XML: {kind, select, unclosed {an element is not closed before the file ends} end {the file ends too early} mismatch {a closing tag does not match the element it closes} character {it holds a character XML does not allow} entity {an entity (such as &amp;) is malformed or unknown} attribute {an attribute is malformed} root {there is text or a second element outside the root element} other {there is a syntax error}}, near line {line, number}, column {column, number}. Nothing was imported. (The XML parser’s own words, in English, for support: “{detail}”)',
  'readers.refi.empty': 'The {what, select, project {project.qde} other {codebook}} is empty. Nothing was imported.',
  'readers.refi.notProject': "This is not a REFI-QDA project (no '<'Project> in project.qde). Nothing was imported.",
  'readers.refi.notZip': 'This is not a .qdpx file (a .qdpx is a zip archive). Nothing was imported.',
  'readers.refi.unpacksTooLarge': 'This .qdpx unpacks to more text than Fieldnotes can read. Nothing was imported.',
  'readers.refi.damagedZip':
    'This .qdpx file is damaged or incomplete (the zip cannot be read). Copy it again and retry. Nothing was imported.',
  'readers.refi.noProject': 'This zip has no project.qde, so it is not a REFI-QDA project. Nothing was imported.',
  'readers.refi.notCodebook': "This is not a REFI-QDA codebook (no '<'CodeBook>). Nothing was imported.",
  'readers.refi.sourceUnreadable': 'Source “{name}” has no readable plain text; it was skipped.',
  'readers.refi.sourceUnreadableAt': 'Source “{name}” has no readable plain text ({path}); it was skipped.',
  'readers.refi.selectionOutside': 'A selection in “{name}” points outside its text; it was skipped.',
  'readers.refi.otherSources':
    '{count, plural, one {# non-text source (PDF, picture, audio, video) was skipped.} other {# non-text sources (PDF, pictures, audio, video) were skipped.}}',
};
