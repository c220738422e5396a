/**
 * Ideas for action, each said once: the same idea typed on two stickies, or written into two findings, differs
 * only in case, spacing or a final full stop, and a reader should meet it once.
 */
const key = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!\s]+$/, '')
    .trim();

export function uniqueTexts<T extends { text: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item.text);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
