/**
 * Line breaking for text drawn on the board's canvas: words fill lines up to a width, a word too long for a
 * line is broken inside, explicit line breaks are kept, and text that does not fit in `maxLines` ends with an
 * ellipsis. The caller supplies `measure` (the canvas's measureText), so this stays pure and testable.
 */

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Breaks one word that is wider than a line into pieces that fit. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Shortens `line` until `line…` fits `width`. */
function withEllipsis(line: string, width: number, measure: Measure): string {
  let text = line.trimEnd();
  while (text && measure(text + ELLIPSIS) > width) text = text.slice(0, -1).trimEnd();
  return text + ELLIPSIS;
}

export function wrapText(text: string, width: number, maxLines: number, measure: Measure): string[] {
  // Lines are collected until one more than fits: that one only says the text was cut.
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = measure(word) > width ? breakWord(word, width, measure) : [word];
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
      if (lines.length > maxLines) break;
    }
    lines.push(line);
    if (lines.length > maxLines) break;
  }
  // Empty lines at the end (a trailing line break) say nothing.
  while (lines.length && lines.at(-1) === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines);
  shown[maxLines - 1] = withEllipsis(shown[maxLines - 1]!, width, measure);
  return shown;
}

/** The first `count` words of a text, for a sticky seen from far away. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** The text's direction from its first strong character, as `dir="auto"` decides it. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const strong = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u.exec(
    text,
  );
  return strong &&
    /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(strong[0])
    ? 'rtl'
    : 'ltr';
}
