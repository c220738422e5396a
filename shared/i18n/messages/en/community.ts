/** English messages: community. */
export const community = {
  // "Return to community": the report a community keeps of its own session
  'communityReturn.title': 'Returned to {community}: {session}',
  'communityReturn.fileName': 'Returned to {community} - {session}',
  'communityReturn.theCommunity': 'the community',
  'communityReturn.description': 'Return to community: the words a community shared, and what was done with them',
  'communityReturn.lead':
    '{hasDate, select, yes {This is {community}’s own record of what was shared at {session} on {date}, for {project}.} other {This is {community}’s own record of what was shared at {session}, for {project}.}} It belongs to {community}.',
  'communityReturn.yourApproval': 'Your approval',
  'communityReturn.noApproval':
    'No approval has been recorded: nothing of this session has been included in any report, workbook or file the project shares.',
  'communityReturn.approved':
    'Approved by {approvedBy} on {date} for {scope}. Only what this approval covers appears in what the project shares.',
  'communityReturn.scope.quotes': 'your words as quotes',
  'communityReturn.scope.counts': 'counts of your notes',
  'communityReturn.scope.themes': 'the themes named from them',
  'communityReturn.scope.nothing': 'nothing to leave',
  'communityReturn.howToRead':
    'Speakers appear only by code. Notes of anyone who withdrew consent are not here. A bundle file beside this report holds the same records for the Fieldnotes app.',
  'communityReturn.whatShared': 'What was shared ({count, plural, one {# note} other {# notes}})',
  'communityReturn.note': '{ref}: {text}',
  'communityReturn.noteWithDetails': '{ref}: {text} ({details})',
  'communityReturn.detailSeparator': '; ',
  'communityReturn.noteTheme': 'theme “{name}”',
  'communityReturn.mark.culturalProtocol': 'Cultural protocol: shared on your terms, not for passing on',
  'communityReturn.mark.sensitive': 'Sensitive: words kept back',
  'communityReturn.mark.doNotQuote': 'Not to be quoted',
  'communityReturn.chosenAsQuote': 'Chosen as a quote',
  'communityReturn.themesHeading': 'Themes made from your words',
  'communityReturn.theme': '{name} ({count, plural, one {# note} other {# notes}})',
  'communityReturn.themeInMaster':
    '{name} ({count, plural, one {# note} other {# notes}}) — part of the project theme “{master}”',
  'communityReturn.noThemes': 'No themes were made from this session.',
  'communityReturn.doneHeading': 'What was done with them',
  'communityReturn.noFindings': 'No finding draws on this session yet.',
  'communityReturn.findingWithoutStatement': 'Finding (no statement yet)',
  'communityReturn.drawsOn': 'Draws on your notes {refs}.',
} as const satisfies Record<string, string>;
