/**
 * The typeface of the deck's PDF: DejaVu Sans, regular and bold (the `dejavu-fonts-ttf` package; Bitstream Vera
 * licence with DejaVu's public-domain changes, which allows bundling). It covers Latin with every French accent,
 * typographic quotes and dashes, Greek, Cyrillic, Hebrew, Arabic and more, so names and quotes print as typed.
 *
 * The font files are built into this module by the bundler (`?inline`: Vite for the app and the tests, the CLI's
 * esbuild build through its inline plugin) and reach the code only when the PDF is written, because this module is
 * imported on demand: nothing is downloaded, and no other export carries the weight of the fonts.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import { base64ToBytes } from '../photos/photoBytes';

export interface DeckFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** A `data:` URL's bytes (the bundler hands the file over as base64). */
function bytesOf(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The deck’s font was not built into the app; rebuild it.');
  }
  return base64ToBytes(dataUrl.slice(comma + 1));
}

export function deckFonts(): DeckFonts {
  return { regular: bytesOf(regularUrl), bold: bytesOf(boldUrl) };
}
