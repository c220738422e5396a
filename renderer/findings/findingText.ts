/**
 * The words a finding card shows that are computed rather than typed: how widely the finding was heard, why a note
 * is flagged, and who recorded the response. Pure, so each phrase is tested apart from the card.
 */
import type { FindingResponse } from '../../shared/domain/actionPlan';
import type { Note } from '../../shared/domain/schemas';
import { describeBreadth } from '../../shared/findings/breadth';
import { plural } from '../../shared/i18n/plural';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A note's flags in words, the strictest for quoting first: "do not quote", "sensitive", "cultural protocol". */
export function flagWords(note: Pick<Note, 'flags'>): string[] {
  return [
    note.flags.doNotQuote && 'do not quote',
    note.flags.sensitive && 'sensitive',
    note.flags.culturalProtocol && 'cultural protocol',
  ].filter((word): word is string => Boolean(word));
}

/** Why a note cannot be quoted, in the words of its strictest flag ('' for a note that can be). */
export function whyNotQuotable(note: Pick<Note, 'flags'>): string {
  return flagWords(note)[0] ?? '';
}

/** "Heard in 2 of 5 groups, 3 sessions (Youth, Seniors); 4 notes." */
export function breadthSummary(
  finding: { groupIds: readonly string[]; sessionCount: number; noteCount: number },
  groupNames: readonly string[],
  groupsHeardFrom: number,
): string {
  const breadth = capitalise(describeBreadth(finding.groupIds.length, finding.sessionCount, groupsHeardFrom));
  const groups = groupNames.length > 0 ? ` (${groupNames.join(', ')})` : '';
  return `${breadth}${groups}; ${plural(finding.noteCount, { one: '# note', other: '# notes' })}.`;
}

/** "Recorded by Sam on 2026-03-14." (the day only), or without a name when none was given. */
export function recordedLine(response: Pick<FindingResponse, 'recordedBy' | 'recordedAt'>): string {
  const by = response.recordedBy ? `by ${response.recordedBy} ` : '';
  return `Recorded ${by}on ${response.recordedAt.slice(0, 10)}.`;
}
