/**
 * The project's framework: its note kinds are the categories findings are reported under (for the Community
 * Safety Plan: issues and priorities, local assets, risk factors, ideas for action, measures of progress).
 * `roleOfKind` recognises the two categories reports treat specially (ideas for action, measures) by id or name,
 * so a renamed or custom kind still lands in the right place.
 */
import type { Note, NoteKind } from '../domain/schemas';

export type KindRole = 'issue' | 'asset' | 'risk' | 'action' | 'measure' | 'other';

const ROLE_PATTERNS: [KindRole, RegExp][] = [
  ['action', /\b(idea|action|recommend|solution|suggest)/i],
  ['measure', /\b(measure|indicator|progress|metric|success)/i],
  ['asset', /\b(asset|strength|resource)/i],
  ['risk', /\b(risk|threat|harm)/i],
  ['issue', /\b(issue|priorit|problem|concern)/i],
];

export function roleOfKind(kind: Pick<NoteKind, 'id' | 'name'>): KindRole {
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(kind.id) || pattern.test(kind.name)) return role;
  return 'other';
}

/** The most common kind among notes (ties to the framework's order), or null. */
export function dominantKind(notes: readonly Note[], kinds: readonly NoteKind[]): string | null {
  const counts = new Map<string, number>();
  for (const note of notes) if (note.kind) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const kind of kinds) {
    const count = counts.get(kind.id) ?? 0;
    if (count > bestCount) {
      best = kind.id;
      bestCount = count;
    }
  }
  return best;
}
