/**
 * The two board keys of "Like this note", on a focused sticky: L moves to the list of similar notes, A
 * accepts the likely theme. Kept apart from the board's key handler, which leaves these keys alone.
 */
export type SimilarNotesKey = 'list' | 'accept';

export function isSimilarNotesKey(event: KeyboardEvent): SimilarNotesKey | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (!target?.closest?.('[data-note-id]') || target.closest('input, textarea, select, [role="dialog"]')) return null;
  if (event.key === 'l' || event.key === 'L') return 'list';
  if (event.key === 'a' || event.key === 'A') return 'accept';
  return null;
}
