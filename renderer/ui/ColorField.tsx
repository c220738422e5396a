/** A labelled native colour picker that saves when the choice is made. */

/** Colours with at least 4.5:1 contrast against white text, used when a new group or kind needs one. */
export const PALETTE = [
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

export function nextPaletteColor(used: string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return PALETTE.find((c) => !taken.has(c.toUpperCase())) ?? PALETTE[used.length % PALETTE.length]!;
}

export function ColorField({ label, value, onSave }: { label: string; value: string; onSave(color: string): unknown }) {
  return (
    <label className="color-field">
      <span className="visually-hidden">{label}</span>
      <input
        type="color"
        value={value.toLowerCase()}
        onChange={(e) => {
          const next = e.target.value.toUpperCase();
          if (next !== value.toUpperCase()) onSave(next);
        }}
      />
    </label>
  );
}
