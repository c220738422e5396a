/**
 * The order slides are shown in while presenting. A vote can change the priorities, and the deck is rebuilt in the
 * new order; the presenter's sequence must not jump under them, so slides keep the order they first had, and a
 * slide that appears later (a theme just made) goes before the closing slides.
 */
export function keepOrder(previous: readonly string[], current: readonly string[]): string[] {
  const present = new Set(current);
  const kept = previous.filter((key) => present.has(key));
  const known = new Set(kept);
  const added = current.filter((key) => !known.has(key));
  if (added.length === 0) return kept;
  const closing = kept.findIndex((key) => key === 'not-heard' || key === 'priorities');
  const at = closing === -1 ? kept.length : closing;
  return [...kept.slice(0, at), ...added, ...kept.slice(at)];
}
