/**
 * Representative quotes. The one rule that never bends: a note flagged do-not-quote, sensitive or under
 * cultural protocol is never picked, whoever asks (an explicit choice on a finding included). Cultural protocol
 * is excluded too because such knowledge is shared on terms the community sets, which a public report cannot honour
 * by default.
 *
 * Among quotable notes the pick favours notes the room voted for, of a readable length, spread over different
 * stakeholder groups and sessions, so three quotes do not all come from one loud table.
 */
import type { Note } from '../domain/schemas';
import { compareCodeUnits } from './snapshot';

export function isQuotable(note: Pick<Note, 'flags'>): boolean {
  return !note.flags.doNotQuote && !note.flags.sensitive && !note.flags.culturalProtocol;
}

const IDEAL_MIN = 40;
const IDEAL_MAX = 240;

function lengthScore(text: string): number {
  const length = text.trim().length;
  if (length < 12) return 0;
  if (length < IDEAL_MIN) return length / IDEAL_MIN;
  if (length <= IDEAL_MAX) return 1;
  return Math.max(0.2, IDEAL_MAX / length);
}

export interface QuoteOptions {
  max?: number;
  /** Notes the user chose as quotes, tried first (still subject to the rule above). */
  preferred?: readonly string[];
  /** The stakeholder group of a session, for spreading picks. */
  groupOfSession?: (sessionId: string) => string | null;
}

export function pickQuotes(notes: readonly Note[], options: QuoteOptions = {}): Note[] {
  const max = options.max ?? 3;
  const quotable = notes.filter(isQuotable);
  const byId = new Map(quotable.map((n) => [n.id, n]));
  const picked: Note[] = [];
  for (const id of options.preferred ?? []) {
    const note = byId.get(id);
    if (note && picked.length < max && !picked.includes(note)) picked.push(note);
  }
  const groupOf = options.groupOfSession ?? (() => null);
  const usedGroups = new Set(picked.map((n) => groupOf(n.sessionId) ?? n.sessionId));
  const usedSessions = new Set(picked.map((n) => n.sessionId));
  const pool = quotable
    .filter((n) => !picked.includes(n) && lengthScore(n.text) > 0)
    .map((n) => ({ note: n, base: n.votes + lengthScore(n.text) }))
    .sort((a, b) => b.base - a.base || compareCodeUnits(a.note.id, b.note.id));
  while (picked.length < max && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const { note, base } = pool[i]!;
      const group = groupOf(note.sessionId) ?? note.sessionId;
      const spread = (usedGroups.has(group) ? 0 : 1) + (usedSessions.has(note.sessionId) ? 0 : 0.5);
      const score = base + spread;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    const [{ note }] = pool.splice(best, 1) as [{ note: Note; base: number }];
    picked.push(note);
    usedGroups.add(groupOf(note.sessionId) ?? note.sessionId);
    usedSessions.add(note.sessionId);
  }
  return picked;
}
