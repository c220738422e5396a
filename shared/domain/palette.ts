/** The app's colour palette for groups, kinds and themes: each has at least 4.5:1 contrast against white text. */
export const PALETTE: readonly string[] = [
  '#1D4ED8',
  '#047857',
  '#B45309',
  '#7C3AED',
  '#BE185D',
  '#0E7490',
  '#4D7C0F',
  '#B91C1C',
  '#475569',
  '#9333EA',
];

/** The first palette colour not yet used (cycling once all are taken). */
export function nextPaletteColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return PALETTE.find((c) => !taken.has(c.toUpperCase())) ?? PALETTE[used.length % PALETTE.length]!;
}
