/** A labelled native colour picker that saves when the choice is made. */

export { PALETTE, nextPaletteColor } from '../../shared/domain/palette';

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
