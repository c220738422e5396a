/** English messages: refi (the words for people inside REFI-QDA files; element and attribute names are the format's). */
export const refi = {
  // Each session's text source: a short header, then the notes under their questions
  'refi.sessionGroup': 'Stakeholder group: {group}',
  'refi.sessionDate': 'Date: {date}',
  'refi.otherNotes': 'Other notes',
  // Variables of the sources and cases, and the case types
  'refi.var.caseType': 'Case type',
  'refi.var.group': 'Stakeholder group',
  'refi.var.session': 'Session',
  'refi.var.date': 'Date',
  'refi.var.attendance': 'Attendance',
  'refi.caseType.group': 'Stakeholder group',
  'refi.caseType.participant': 'Participant',
  // Codes and sets
  'refi.noThemes': 'No themes yet',
  'refi.masterSet': 'Master theme: {name}',
  'refi.masterSetDescription': 'Board themes the project team mapped to this master theme.',
  // Memos
  'refi.memoOn':
    'Memo on {target, select, project {project} theme {theme} note {note} session {session} other {{target}}}{hasLabel, select, yes { {label}} other {}}',
  'refi.memoDescription': 'Memo ({author}, {date}){hasTitle, select, yes {: {title}} other {}}',
} as const satisfies Record<string, string>;
