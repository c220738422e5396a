/**
 * English messages: importing notes from a CSV or .xlsx file (the app's dialog), and the planner's words for each
 * row that cannot be imported (shared/import, which the command line prints too).
 */
export const importNotes = {
  // The dialog and its steps
  'importNotes.open': 'Import notes…',
  'importNotes.title': 'Import notes',
  'importNotes.noProject': 'This project no longer exists on this device.',
  'importNotes.intro':
    'A CSV (comma, semicolon or tab separated; UTF-8, Windows-1252 or Mac Roman) or an Excel .xlsx file with one note per row and a header row naming the columns.',
  'importNotes.chooseFile': 'Choose file…',
  'importNotes.chooseAnother': 'Choose another file…',
  'importNotes.fileType': 'Notes (CSV or Excel)',
  'importNotes.sheet': 'Reading sheet “{sheet}”.',
  'importNotes.cancelImport': 'Cancel import',
  'importNotes.close': 'Close',
  'importNotes.import': 'Import',
  'importNotes.importCount': 'Import {count, plural, one {# note} other {# notes}}',
  'importNotes.defaultTitle': 'Imported notes',

  // Encoding
  'importNotes.encoding.plain':
    'Read as {encoding} ({how, select, detected {detected} other {your choice}}): the file holds only plain letters, digits and punctuation, which read the same in every encoding.',
  'importNotes.encoding.label': 'Text encoding: {encoding} ({how, select, detected {detected} other {your choice}})',
  'importNotes.encoding.help':
    'How the file’s accented letters and quotes read in each encoding. If they look wrong, choose the one where they look right.',
  'importNotes.encoding.from.utf8': 'most apps today; Excel’s “CSV UTF-8”',
  'importNotes.encoding.from.windows': 'Excel “CSV” on Windows',
  'importNotes.encoding.from.mac': 'older Mac Office',

  // Columns and where the notes go
  'importNotes.columns': 'Columns',
  'importNotes.chooseColumn': 'Choose a column…',
  'importNotes.notInFile': 'Not in this file',
  'importNotes.columnNumber': 'Column {number, number}',
  'importNotes.label.text': 'Note text (required)',
  'importNotes.label.session': 'Session',
  'importNotes.label.question': 'Question',
  'importNotes.label.speaker': 'Speaker code',
  'importNotes.label.kind': 'Kind (framework category)',
  'importNotes.label.group': 'Stakeholder group',
  'importNotes.label.sensitive': 'Sensitive (yes/no)',
  'importNotes.label.doNotQuote': 'Do not quote (yes/no)',
  'importNotes.label.culturalProtocol': 'Cultural protocol (yes/no)',
  'importNotes.heading.text': 'Text',
  'importNotes.heading.session': 'Session',
  'importNotes.heading.question': 'Question',
  'importNotes.heading.speaker': 'Speaker',
  'importNotes.heading.kind': 'Kind',
  'importNotes.heading.group': 'Group',
  'importNotes.heading.sensitive': 'Sensitive',
  'importNotes.heading.doNotQuote': 'Do not quote',
  'importNotes.heading.culturalProtocol': 'Cultural protocol',
  'importNotes.target.withSessions': 'Rows without a session go into',
  'importNotes.target.all': 'Notes go into',
  'importNotes.target.new': 'A new session…',
  'importNotes.target.newTitle': 'New session title',

  // The preview and what the import will do
  'importNotes.preview.region': 'Preview of the file',
  'importNotes.preview.caption': 'Preview: the first {shown, number} of {count, plural, one {# row} other {# rows}}',
  'importNotes.preview.line': 'Line',
  'importNotes.preview.row': 'Row',
  'importNotes.preview.flags': 'Flags',
  'importNotes.preview.flagCell': '{flag}: “{cell}”',
  'importNotes.summary.notes': '{count, plural, one {# note ready} other {# notes ready}}',
  'importNotes.summary.sessions': '{count, plural, one {# new session} other {# new sessions}}',
  'importNotes.summary.speakers': '{count, plural, one {# new speaker code} other {# new speaker codes}}',
  'importNotes.summary.end': '{list}.',
  'importNotes.summary.formulaResults': '{count, number} formula cells were read as their stored values.',
  'importNotes.problems.heading': '{count, plural, one {# row cannot be imported} other {# rows cannot be imported}}',
  'importNotes.problems.intro':
    'Nothing is imported until every row can be. Fix these in the file and choose it again.',
  'importNotes.problems.line': 'Line {line}: {message}.',
  'importNotes.problems.row': 'Row {line}: {message}.',
  'importNotes.problems.more': 'and {count, number} more.',
  'importNotes.progress.label': 'Import progress',
  'importNotes.progress.value': '{done, number} of {total, plural, one {# note} other {# notes}}',
  'importNotes.done': 'Imported {count, plural, one {# note} other {# notes}}.',
  'importNotes.doneInto':
    'Imported {count, plural, one {# note} other {# notes}} into {sessions, plural, one {# new session} other {# new sessions}}.',
  'importNotes.cancelled': 'Import cancelled. Nothing was imported.',
  'importNotes.failed': '{reason} Nothing was imported.',

  // A file that cannot be read
  'importNotes.file.cannotRead': 'The file could not be read: {reason}',
  'importNotes.file.cannotOpen': 'The file could not be opened: {reason}',
  'importNotes.file.tooBig':
    '“{fileName}” is {mb, number, ::.0} MB; Fieldnotes imports notes from files of up to {max, number} MB. Nothing was imported. Split the file into smaller ones and import each.',
  'importNotes.file.empty': '“{fileName}” is empty. Nothing was imported.',
  'importNotes.file.xls':
    '“{fileName}” is an old Excel file (.xls). Nothing was imported. Open it in Excel or LibreOffice and save it as .xlsx or CSV.',
  'importNotes.file.zip':
    '“{fileName}” is a zip archive, not a CSV file. Nothing was imported. Choose a .csv or .xlsx file.',
  'importNotes.file.csvProblem': '“{fileName}” cannot be read: {problem}. Nothing was imported.',
  'importNotes.file.tooManyRows':
    '“{fileName}” has {count, number} rows; one import takes at most {max, number}. Nothing was imported. Split the file and import each part.',
  'importNotes.file.noHeader':
    '“{fileName}” has no header row (the first row names the columns). Nothing was imported.',
  'importNotes.file.notWorkbook':
    '“{fileName}” is not a readable Excel workbook (it may be damaged or not fully copied). Nothing was imported. Open it in Excel or LibreOffice and save it again, or save it as CSV.',
  'importNotes.file.noRows': '“{fileName}” has no rows in any sheet. Nothing was imported.',

  // The planner: why a row cannot be imported, and what to know before importing
  'importPlan.chooseText': 'choose the column that holds the note text',
  'importPlan.emptyText': 'the note text is empty',
  'importPlan.tooLong': 'the note is {length, number} characters; a note holds at most {max, number}',
  'importPlan.noGroup': 'there is no stakeholder group “{group}” in this project (add it in Setup, or fix the cell)',
  'importPlan.noQuestion': 'question “{question}” is not in the discussion guide',
  'importPlan.noKind': '“{kind}” is not one of the project’s kinds ({kinds})',
  'importPlan.noKinds': 'none defined',
  'importPlan.longCode': 'speaker code “{code}…” is longer than {max} characters',
  'importPlan.withdrawn': 'speaker {code} withdrew consent; their notes cannot be imported',
  'importPlan.notYesNo': '“{cell}” in the {column} column is not yes or no',
  'importPlan.sameTitle': '{count} sessions are called “{title}”; rename one first',
  'importPlan.otherGroup': 'session “{title}” belongs to {current}, not {group}',
  'importPlan.noGroupName': 'no group',
  'importPlan.longTitle': 'the session title is longer than {max} characters',
  'importPlan.twoGroups': 'session “{title}” is given two different stakeholder groups in this file',
  'importPlan.blankRows': '{count, plural, one {# empty row was skipped.} other {# empty rows were skipped.}}',
  'importPlan.formulaLike':
    '{count, plural, one {# note starts} other {# notes start}} with =, +, - or @: imported as plain text, never calculated.',
} as const satisfies Record<string, string>;
