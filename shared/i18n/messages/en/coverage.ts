/** English messages: the coverage panel and the level choice. */
export const coverage = {
  'coverage.heading': 'Coverage: who was heard on what',
  'coverage.noGroups':
    'No stakeholder groups or sessions yet. Add groups in Setup and plan sessions, and the matrix fills in.',
  'coverage.noThemes':
    '{level, select, master {No master themes yet. Add them under “Master themes” and map the session themes to them.} other {No themes yet. Group notes into themes on the board; each theme becomes a row here.}}',
  'coverage.matrix': 'Coverage matrix',
  'coverage.caption':
    'Notes per theme and stakeholder group, groups with notes first. 0: the group met but never raised the theme. –: the group has had no session yet.',
  'coverage.theme': 'Theme',
  'coverage.notHeard': 'not heard',
  'coverage.held': '{count, plural, =0 {no session yet} one {# session} other {# sessions}}',
  'coverage.gaps': 'Gaps',
  'coverage.noGaps': 'No gaps: every group has had a session and raised every theme.',
  'coverage.gapNoSession': '{group}: no session yet.',
  'coverage.gapSilent': '{group} never raised “{theme}”.',
  'level.reportOn': 'Report on',
  'level.session': 'Session themes',
  'level.master': 'Master themes',
  'level.sessionNone': 'none yet: make themes on a session’s board',
  'level.sessionCount': '{count, plural, one {# theme} other {# themes}}',
  'level.masterNone': 'none yet: add them under the Master themes tab',
  'level.masterCount':
    '{masters, plural, one {# master theme} other {# master themes}}, {mapped, plural, one {# session theme} other {# session themes}} mapped',
  'level.sessionHelp': 'Session themes are the clusters each facilitator made on their own board.',
  'level.masterHelp':
    'Master themes are the project’s shared list; a session theme counts towards the master theme it is mapped to.',
} as const satisfies Record<string, string>;
