/**
 * The words a finding card shows that are computed rather than typed: how widely the finding was heard, why a note
 * is flagged, and who recorded the response. Pure, so each phrase is tested apart from the card.
 */
import type { FindingResponse, ResponseStatus, Timeframe } from '../../shared/domain/actionPlan';
import type { Note } from '../../shared/domain/schemas';
import { describeBreadth } from '../../shared/findings/breadth';
import type { MessageId } from '../../shared/i18n/catalogue';
import { translator } from '../../shared/i18n/translate';
import { msg, uiLocale } from '../ui/i18n';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A note's flags in words, the strictest for quoting first: "do not quote", "sensitive", "cultural protocol". */
export function flagWords(note: Pick<Note, 'flags'>): string[] {
  const words: MessageId[] = [];
  if (note.flags.doNotQuote) words.push('capture.describe.doNotQuote');
  if (note.flags.sensitive) words.push('capture.describe.sensitive');
  if (note.flags.culturalProtocol) words.push('capture.describe.culturalProtocol');
  return words.map((id) => msg(id));
}

/** Why a note cannot be quoted, in the words of its strictest flag ('' for a note that can be). */
export function whyNotQuotable(note: Pick<Note, 'flags'>): string {
  return flagWords(note)[0] ?? '';
}

const RESPONSE_WORDS: Record<ResponseStatus, MessageId> = {
  adopted: 'response.adopted',
  'in-progress': 'response.inProgress',
  'not-adopted': 'response.notAdopted',
  'out-of-scope': 'response.outOfScope',
};

/** What was done with a finding, in the app's language ("Adopted in the plan"). */
export function responseWords(status: ResponseStatus): string {
  return msg(RESPONSE_WORDS[status]);
}

const TIMEFRAME_WORDS: Record<Timeframe, MessageId> = {
  short: 'planFields.short',
  medium: 'planFields.medium',
  long: 'planFields.long',
};

export function timeframeWords(timeframe: Timeframe): string {
  return msg(TIMEFRAME_WORDS[timeframe]);
}

/** "Heard in 2 of 5 groups, 3 sessions (Youth, Seniors); 4 notes." */
export function breadthSummary(
  finding: { groupIds: readonly string[]; sessionCount: number; noteCount: number },
  groupNames: readonly string[],
  groupsHeardFrom: number,
): string {
  const breadth = capitalise(
    describeBreadth(finding.groupIds.length, finding.sessionCount, groupsHeardFrom, translator(uiLocale())),
  );
  return groupNames.length > 0
    ? msg('finding.breadth', { breadth, groups: groupNames.join(', '), count: finding.noteCount })
    : msg('finding.breadthNoGroups', { breadth, count: finding.noteCount });
}

/** "Recorded by Sam on 2026-03-14." (the day only), or without a name when none was given. */
export function recordedLine(response: Pick<FindingResponse, 'recordedBy' | 'recordedAt'>): string {
  const day = response.recordedAt.slice(0, 10);
  return response.recordedBy
    ? msg('finding.recordedBy', { name: response.recordedBy, day })
    : msg('finding.recorded', { day });
}
