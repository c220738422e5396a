/**
 * The benchmark board: 5,000 sticky notes in a grid, identical for Fieldnotes and the Excalidraw baseline
 * (same positions, sizes and texts), so both render and move exactly the same picture.
 */
export const NOTE_COUNT = 5000;
export const COLUMNS = 100;
export const NOTE_W = 180;
export const NOTE_H = 112;
export const PITCH_X = 196;
export const PITCH_Y = 128;
/** World position of the first note (not 0,0, which Fieldnotes reads as "not placed yet"). */
export const ORIGIN = 40;
/** Both boards open at this zoom (Fieldnotes opens a big board here) with the first note 40 px from the top-left corner. */
export const START_ZOOM = 0.75;

const WORDS = [
  'lighting',
  'parking',
  'bus',
  'shelter',
  'youth',
  'programs',
  'seniors',
  'library',
  'crosswalk',
  'signal',
  'night',
  'safety',
  'housing',
  'rent',
  'clinic',
  'wait',
  'police',
  'patrol',
  'park',
  'trail',
  'snow',
  'sidewalk',
  'school',
  'drop-in',
  'food',
  'bank',
  'church',
  'elders',
  'language',
  'translation',
  'transit',
  'schedule',
  'downtown',
  'store',
  'owners',
  'noise',
];

/** A deterministic note text of 8–18 words. */
export function noteText(i: number): string {
  let seed = (i + 1) * 2654435761;
  const next = () => {
    seed = (seed ^ (seed << 13)) >>> 0;
    seed = (seed ^ (seed >>> 17)) >>> 0;
    seed = (seed ^ (seed << 5)) >>> 0;
    return seed;
  };
  const count = 8 + (next() % 11);
  const words: string[] = [];
  for (let w = 0; w < count; w++) words.push(WORDS[next() % WORDS.length]!);
  return `Note ${i + 1}: ${words.join(' ')}`;
}

export function notePosition(i: number): { x: number; y: number } {
  return { x: ORIGIN + (i % COLUMNS) * PITCH_X, y: ORIGIN + Math.floor(i / COLUMNS) * PITCH_Y };
}
