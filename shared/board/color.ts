/**
 * Colours for stickies and frames: a pale tint of a group's or kind's colour for the sticky body (so dark
 * text keeps AA contrast whatever colour the user picked) and a text colour chosen for contrast on a frame title.
 */

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Mix `hex` toward white: amount 0 keeps the colour, 1 gives white. */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = channels(hex);
  return toHex(r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount);
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#1F2933';
export const LIGHT_TEXT = '#FFFFFF';

/** Dark or white text, whichever reads better on `background`. */
export function readableText(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** The sticky body for a colour: light enough that dark text passes AA on it. */
export function stickyFill(hex: string | null): string {
  return hex ? tint(hex, 0.8) : '#FFF7C2';
}

/** A frame's title band: a lighter tint than a sticky, so dark title text passes AA on any picked colour. */
export function frameFill(hex: string): string {
  return tint(hex, 0.82);
}
