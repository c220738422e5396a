/**
 * What happens to flagged notes when anything leaves the machine.
 *
 * - `keep`: the note leaves as it is (it still never becomes a quote: see findings/quotes.ts);
 * - `withhold`: the note still counts (coverage, breadth stay true) but its text is replaced by a marker;
 * - `drop`: the note does not leave at all.
 *
 * Defaults: sensitive and cultural-protocol notes are withheld (counted, never shown); do-not-quote notes are kept
 * as evidence for the PMT's analysis, because the flag forbids quoting, not counting or coding.
 */
import type { Note, NoteFlags } from '../domain/schemas';
import type { FlagAction } from '../findings/documentSchema';

export type FlagPolicy = Record<keyof NoteFlags, FlagAction>;

export const DEFAULT_FLAG_POLICY: FlagPolicy = {
  sensitive: 'withhold',
  doNotQuote: 'keep',
  culturalProtocol: 'withhold',
};

const SEVERITY: Record<FlagAction, number> = { keep: 0, withhold: 1, drop: 2 };

/** The strictest action any of the note's flags asks for, and the flag that asked. */
export function actionForNote(
  note: Pick<Note, 'flags'>,
  policy: FlagPolicy,
): { action: FlagAction; flag: keyof NoteFlags | null } {
  let action: FlagAction = 'keep';
  let flag: keyof NoteFlags | null = null;
  for (const key of Object.keys(policy) as (keyof NoteFlags)[]) {
    if (note.flags[key] && SEVERITY[policy[key]] > SEVERITY[action]) {
      action = policy[key];
      flag = key;
    }
  }
  return { action, flag };
}

const FLAG_WORDS: Record<keyof NoteFlags, string> = {
  sensitive: 'sensitive',
  doNotQuote: 'do not quote',
  culturalProtocol: 'cultural protocol',
};

export function withheldText(flag: keyof NoteFlags): string {
  return `[withheld: ${FLAG_WORDS[flag]}]`;
}
