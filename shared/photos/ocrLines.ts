/**
 * From what text recognition read on a photo to draft notes, and how well it read (for the benchmark). Pure: the
 * recognition itself runs in a worker in the renderer; these rules are the same wherever its output is used.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A line as the recogniser gives it: text, confidence 0–100, and its box in the photo's pixels. */
export interface RecognisedLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export interface DraftLine {
  text: string;
  confidence: number;
  region: Box;
}

/**
 * Below this confidence a "line" is almost always speckle, a fold or a marker smudge read as letters; the
 * facilitator would only drop it. Real words read badly still score well above it.
 */
export const MIN_LINE_CONFIDENCE = 30;

/** Collapses inner runs of spaces and trims; keeps the words as read. */
export function cleanRecognisedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The draft notes of a photo's lines, top to bottom: text with at least one letter or digit, confident enough. */
export function draftLines(lines: readonly RecognisedLine[]): DraftLine[] {
  return lines
    .map((line) => ({
      text: cleanRecognisedText(line.text),
      confidence: Math.round(line.confidence),
      region: {
        x: Math.max(0, line.bbox.x0),
        y: Math.max(0, line.bbox.y0),
        w: Math.max(1, line.bbox.x1 - line.bbox.x0),
        h: Math.max(1, line.bbox.y1 - line.bbox.y0),
      },
    }))
    .filter((line) => /[\p{L}\p{N}]/u.test(line.text) && line.confidence >= MIN_LINE_CONFIDENCE)
    .sort((a, b) => a.region.y - b.region.y || a.region.x - b.region.x);
}

/** Case, accents' composition and spacing aside: the comparison "after normalising". */
export function normaliseLine(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

export interface RecognitionScore {
  lines: number;
  exact: number;
  normalised: number;
  /** Character error rate: edit distance over the expected characters, all lines of the photo joined. */
  characterErrorRate: number;
}

/**
 * How many expected lines were read: exactly, and after normalising. Each expected line is matched to at most
 * one read line (the first equal one), so a line read twice counts once.
 */
export function scoreRecognition(expected: readonly string[], read: readonly string[]): RecognitionScore {
  const exactPool = [...read.map(cleanRecognisedText)];
  const normalPool = read.map(normaliseLine);
  let exact = 0;
  let normalised = 0;
  for (const line of expected) {
    const at = exactPool.indexOf(line);
    if (at >= 0) {
      exact++;
      exactPool.splice(at, 1);
    }
    const normalAt = normalPool.indexOf(normaliseLine(line));
    if (normalAt >= 0) {
      normalised++;
      normalPool.splice(normalAt, 1);
    }
  }
  const want = expected.map(normaliseLine).join('\n');
  const got = read.map(normaliseLine).join('\n');
  return {
    lines: expected.length,
    exact,
    normalised,
    characterErrorRate: want.length ? editDistance(want, got) / want.length : 0,
  };
}
