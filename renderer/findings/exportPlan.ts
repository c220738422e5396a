/**
 * The user's choices in the privacy gate turned into an export plan (shared/privacy/plan.ts): scope by sessions,
 * the flag policy, the scan's matches with the ones the user keeps, and phrases the user removes everywhere.
 */
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { FlagPolicy } from '../../shared/privacy/flags';
import { planExport, type ExportPlan } from '../../shared/privacy/plan';
import { exportedTexts } from '../../shared/privacy/scan';
import type { PiiMatch, TextLocation } from '../../shared/privacy/types';
import { withAnonymousMappers } from './view';

export interface GateChoices {
  /** Sessions left out; everything else in the project leaves. */
  excludedSessionIds: ReadonlySet<string>;
  flags: FlagPolicy;
  matches: readonly PiiMatch[];
  /** Match ids the user lets leave as they are. */
  keep: ReadonlySet<string>;
  /** Words or phrases to remove wherever they occur (case-insensitive). */
  phrases: readonly string[];
}

export type ManualSpan = { location: TextLocation; start: number; end: number };

/** Every occurrence of the phrases in the texts, by position. */
export function phraseSpans(snapshot: FindingsSnapshot, phrases: readonly string[]): ManualSpan[] {
  const wanted = phrases.map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) return [];
  const out: ManualSpan[] = [];
  for (const [location, text] of exportedTexts(snapshot)) {
    const lower = text.toLowerCase();
    for (const phrase of wanted) {
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
        out.push({ location, start: at, end: at + phrase.length });
      }
    }
  }
  return out;
}

export function planFromChoices(snapshot: FindingsSnapshot, choices: GateChoices): ExportPlan {
  const source = withAnonymousMappers(snapshot);
  const sessionIds = source.sessions.filter((s) => !choices.excludedSessionIds.has(s.id)).map((s) => s.id);
  const scope = choices.excludedSessionIds.size ? { sessionIds } : {};
  const base = { scope, flags: choices.flags, matches: choices.matches };
  let manual: ManualSpan[] = [];
  if (choices.phrases.length) {
    // Manual spans are positions in the texts as they leave before redaction (flags applied), so find them there:
    // a plan that keeps every match gives exactly those texts.
    const unredacted = planExport(source, { ...base, keep: choices.matches.map((m) => m.id) });
    manual = phraseSpans(unredacted.snapshot, choices.phrases);
  }
  return planExport(source, { ...base, keep: choices.keep, manual });
}
