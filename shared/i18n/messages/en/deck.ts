/** English messages: deck. */
export const deck = {
  'deck.subtitle': 'Council workshop: what we heard',
  'deck.factSessions':
    '{sessions, plural, one {# focus group} other {# focus groups}} with {groups, plural, one {# stakeholder group} other {# stakeholder groups}}',
  'deck.factNotes':
    '{notes, plural, one {# note} other {# notes}} sorted into {themes, plural, one {# theme} other {# themes}}',
  'deck.titleNotesOrder':
    'One slide per theme, in priority order; then who we have not heard from yet, and the priorities.',
  'deck.titleNotesPrivacy':
    'Withheld for privacy: {withheld, plural, one {# note} other {# notes}} counted but not shown; {dropped, plural, one {# note} other {# notes}} left out.',
  'deck.rank':
    'Rank {rank} of {total} by votes: {votes, plural, one {# vote} other {# votes}}{workshop, plural, =0 {.} other {, # of them at the council workshop.}}',
  'deck.breadthNotes': '{breadth}; {notes, plural, one {# note} other {# notes}}.',
  'deck.noFindingYet': 'No finding has been drafted for this theme yet.',
  'deck.alsoFound': 'Also found: {statement}',
  'deck.ideaForAction': 'Idea for action: {idea}',
  'deck.quotesRule': 'Quotes never include notes flagged do-not-quote, sensitive or cultural protocol.',
  'deck.notHeardTitle': 'Who we have not heard from yet',
  'deck.notHeardAsk':
    'Before setting priorities, say whose voices are missing or thin, so the room weighs the findings fairly.',
  'deck.notHeardNone': 'Every stakeholder group has been met and every question has answers.',
  'deck.thinRule': 'Few answers means fewer than a quarter of the notes of a typical group or question.',
  'deck.prioritiesTitle': 'Priorities',
  'deck.prioritiesOrder': 'Themes in order of votes: the focus groups’ dot votes and the council workshop’s.',
  'deck.prioritiesTies': 'Ties go to the theme heard by more groups, then in more sessions.',
  'deck.kicker':
    'Priority {rank} of {total} · {votes, plural, one {# vote} other {# votes}}{workshop, plural, =0 {} other { (# at this workshop)}}',
  'deck.notes': '{count, plural, one {# note} other {# notes}}',
  'deck.groupNotes': '{group}: {count, plural, one {# note} other {# notes}}',
  'deck.noQuote': 'No quote may be shown for this theme.',
  'deck.heardFrom': 'Heard from',
  'deck.prioritiesByVotes': 'Priorities by votes',
  'deck.noSessionYet': 'No session yet',
  'deck.fewNotes': 'Few notes',
  'deck.fewAnswers': 'Questions with few answers',
  'deck.none': 'None',
  'deck.moreThemes': 'and {count, plural, one {# more theme} other {# more themes}}',
} as const satisfies Record<string, string>;
