/** English messages: saidDid (the "You said, we did" report, for the people who took part; plain words). */
export const saidDid = {
  'saidDid.title': 'You said, we did: {project}',
  'saidDid.titleGroups': 'You said, we did: {project} ({groups})',
  'saidDid.description': 'You said, we did: what was done with what people told us',
  'saidDid.thanks':
    'Thank you for taking part. This report tells you what we heard in the focus groups and what we did with it.',
  'saidDid.thanksGroups':
    'Thank you for taking part. This report tells you what we heard in the {groups} focus groups and what we did with it.',
  'saidDid.held':
    'We held {sessions, plural, one {# focus group} other {# focus groups}}{scoped, select, yes {} other { with {groups, plural, one {# stakeholder group} other {# stakeholder groups}}}}{people, plural, =0 {} one {; # person took part} other {; # people took part}}.',
  'saidDid.noFindings':
    'We have not written down any findings from these conversations yet. We will share what we did when we have.',
  'saidDid.atAGlance': 'At a glance',
  'saidDid.wroteDown':
    'We wrote down what you told us as {count, plural, one {# finding} other {# findings}}. Of these:',
  'saidDid.glance.adopted': '{count, plural, one {# is in the plan.} other {# are in the plan.}}',
  'saidDid.glance.inProgress': '{count, plural, one {# is being worked on.} other {# are being worked on.}}',
  'saidDid.glance.notAdopted':
    '{count, plural, one {# was considered and not adopted.} other {# were considered and not adopted.}}',
  'saidDid.glance.outOfScope':
    '{count, plural, one {# is outside what this plan can change.} other {# are outside what this plan can change.}}',
  'saidDid.glance.undecided': '{count, plural, one {# is still to be decided.} other {# are still to be decided.}}',
  'saidDid.col.youSaid': 'You said',
  'saidDid.col.weDid': 'We did',
  'saidDid.weDid.adopted': 'We put this in the plan.',
  'saidDid.weDid.inProgress': 'We are working on this.',
  'saidDid.weDid.notAdopted': 'We looked at this carefully and did not put it in the plan.',
  'saidDid.weDid.outOfScope': 'This is outside what this plan can change.',
  'saidDid.weDid.undecided': 'We have not decided yet.',
  'saidDid.whatYouSaid': 'What you said and what we did',
  'saidDid.youSaid': 'You said: {text}',
  'saidDid.noWords': 'A finding without words',
  'saidDid.heardFrom': 'Heard from: {groups}.',
  'saidDid.aFocusGroup': 'a focus group',
  'saidDid.weDid': 'We did: {text}',
  'saidDid.why': 'Why: {text}',
  'saidDid.became': 'What it became: {text}',
  'saidDid.willBeDone': 'What will be done',
  'saidDid.howWeKnow': 'How we will know it is working',
  'saidDid.ledBy': 'Led by {lead}.',
  'saidDid.ledByWith': 'Led by {lead}, with {partners}.',
  'saidDid.with': 'With {partners}.',
  'saidDid.when': 'When: {when}.',
  'saidDid.when.short': 'soon (short term)',
  'saidDid.when.medium': 'in the next few years (medium term)',
  'saidDid.when.long': 'over the longer term',
  'saidDid.now': 'now: {value}',
  'saidDid.goal': 'goal: {value}',
  'saidDid.from': 'from: {value}',
  'saidDid.decided': 'Decided {date}.',
  'saidDid.and': '{first} and {last}',
  'saidDid.about': 'About this report',
  'saidDid.aboutText':
    'No one is named in this report. Quotes say only which group they came from, and nothing anyone asked us not to quote, or told us in confidence, is quoted. Prepared {date} with {generator}.',
} as const satisfies Record<string, string>;
