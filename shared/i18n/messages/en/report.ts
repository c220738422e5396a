/** English messages: report. */
export const report = {
  // The "What we heard" report (Word and printable page)
  'report.title': 'What we heard: {project}',
  'report.description': 'What we heard: findings from community focus groups',
  'report.prepared': 'Prepared {date} with {generator}.',
  'report.contents': 'Contents',
  'report.focusGroupOf': '{group} focus group',
  'report.speakersNotCounted': '{count, plural, one {# speaker} other {# speakers}} (not counted)',
  'report.notRecorded': 'not recorded',
  'report.howWeListened': 'How we listened',
  'report.method':
    'We held {sessions, plural, one {# focus group} other {# focus groups}} with {groups, plural, one {# stakeholder group} other {# stakeholder groups}}{people, plural, =0 {} one {; # person took part} other {; # people took part}}. Note-takers recorded {notes, plural, one {# note} other {# notes}}, which were sorted into {themes, plural, one {# theme} other {# themes}}.',
  'report.col.session': 'Session',
  'report.col.group': 'Stakeholder group',
  'report.col.date': 'Date',
  'report.col.attendance': 'Attendance',
  'report.col.notes': 'Notes',
  'report.col.rank': 'Rank',
  'report.col.theme': 'Theme',
  'report.col.votes': 'Votes',
  'report.col.groupsOf': 'Groups (of {count, number})',
  'report.col.sessions': 'Sessions',
  'report.eachGroupAsked': 'Each group was asked:',
  'report.notYetHeardNoSession': 'Not yet heard from (no session held): {groups}.',
  'report.howBreadth': 'How breadth is counted',
  'report.breadthRule':
    'Breadth counts the stakeholder groups that raised a theme out of the groups we have held at least one session with, and the sessions in which it came up. Groups with no session yet are listed as not yet heard from, not counted as silent.',
  'report.howNotes': 'How notes are referred to',
  'report.noteRefRule':
    "Notes are referred to as S'<session>'-N'<note>': sessions numbered in the order they were created, notes in the order they were written within their session. The note ID beside each note never changes.",
  'report.themeByTheme': 'What we heard, theme by theme',
  'report.themeCounts':
    '{breadth}{groups}; {notes, plural, one {# note} other {# notes}}; {votes, plural, one {# vote} other {# votes}}.',
  'report.ideasFromRoom': 'Ideas from the room',
  'report.priorities': 'Priorities',
  'report.findings': 'Findings',
  'report.evidence': 'Evidence: {notes, plural, one {# note} other {# notes}}, {breadth}.',
  'report.action': 'Action: {text}',
  'report.measure': 'Measure: {text}',
  'report.ideasForAction': 'Ideas for action',
  'report.coverage': 'Coverage',
  'report.coverageNote': 'Notes per theme and stakeholder group. A blank cell means the group has had no session yet.',
  'report.notRaisedBy': '{theme}: not raised by {group}',
  'report.gaps': 'Gaps',
  'report.memos.heading': 'Memos',
  'report.memos.intro':
    'The project team’s analytical memos: their own thinking as they worked, not what participants said. Authors are numbered, never named.',
  'report.memos.onProject': 'On the project',
  'report.memos.onTheme': 'On the theme “{name}”',
  'report.memos.onSession': 'On the session “{title}”',
  'report.memos.onNote': 'On note {ref}',
  'report.memos.byline': '{author}, {date}',
  'report.about': 'About this report',
  'report.community':
    'Sessions held with a community leave only as far as the community approved: {pending, plural, one {# session is} other {# sessions are}} withheld pending community approval{counted, plural, =0 {.} one {, and # note is counted without text.} other {, and # notes are counted without text.}}',
  'report.privacy':
    'Speakers are identified only by stakeholder group. Notes flagged do-not-quote, sensitive or cultural protocol are never quoted. {withheld, plural, one {# flagged note} other {# flagged notes}} counted without text, {dropped, plural, one {# flagged note} other {# flagged notes}} left out, {redactions, plural, one {# piece} other {# pieces}} of personal information removed.',
  'report.summary': 'Summary',
  'report.summaryText':
    'We have heard from {heard, number} of the {groups, plural, one {# stakeholder group} other {# stakeholder groups}} in {sessions, plural, one {# focus group} other {# focus groups}}{people, plural, =0 {} one {; # person took part} other {; # people took part}}. Their {notes, plural, one {# note was} other {# notes were}} sorted into {themes, plural, one {# theme} other {# themes}}.',
  'report.topThemes': 'The top {count, number} themes',
  'report.theThemes': 'The themes',
  'report.themeSentence': '{theme}{said} ({breadth}).',
  'report.whoWeHeard': 'Who we heard',
  'report.groupHeard':
    '{group}: {sessions, plural, one {# session} other {# sessions}}{people, plural, =0 {} one {, # person} other {, # people}}',
  'report.noGroupYet': 'No stakeholder group has had a session yet.',
  'report.notYetHeard': 'Not yet heard from: {groups}.',
  'report.everyGroupHeard': 'Every stakeholder group has been heard from.',
  'report.breadth':
    '{denominator, plural, =0 {heard in {sessions, plural, one {# session} other {# sessions}}} other {heard in {groups, plural, other {#}} of {denominator, plural, one {# group} other {# groups}}, {sessions, plural, one {# session} other {# sessions}}}}',
  'report.chart.barTitle':
    '{byVotes, select, yes {Priorities: themes by votes} other {Priorities: themes by notes}}{more, plural, =0 {} other { (top {shown, number})}}',
  'report.chart.barAlt':
    '{byVotes, select, yes {Bar chart of the themes by votes, highest first:} other {Bar chart of the themes by notes, highest first:}} {rows}{more, plural, =0 {.} other {; and # more themes in the table below.}}',
  'report.chart.barRow':
    '{theme}, {value, plural, one {# {byVotes, select, yes {vote} other {note}}} other {# {byVotes, select, yes {votes} other {notes}}}} ({breadth})',
  'report.chart.heatTitle': 'Coverage: notes per theme and stakeholder group',
  'report.chart.heatAlt':
    'Heat map of notes per theme and stakeholder group (darker is more notes; pale red: the group met but did not raise the theme; grey with a dash: no session with the group yet).',
  'report.chart.heatRowNone': '{theme}: no group yet',
  'report.chart.heatRow': '{theme}: {groups}',
} as const satisfies Record<string, string>;
