/**
 * Spatial keyboard navigation: from the focused sticky, which one an arrow key goes to.
 * Scores candidates by distance along the arrow plus a heavier penalty for drifting sideways, so in a grid
 * Right goes to the next sticky in the row, not to the nearer one diagonally below it.
 */
import { rectCenter, type Rect } from './rect';

export type Direction = 'left' | 'right' | 'up' | 'down';

const SIDEWAYS_WEIGHT = 2;

export function nearestInDirection(
  from: Rect,
  direction: Direction,
  candidates: Iterable<[string, Rect]>,
  skip?: string,
): string | null {
  const origin = rectCenter(from);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, rect] of candidates) {
    if (id === skip) continue;
    const c = rectCenter(rect);
    const dx = c.x - origin.x;
    const dy = c.y - origin.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const sideways = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    // Strictly ahead, and within a 60° half-cone either side, so Up never lands on a sticky that is mostly to the side.
    if (along <= 0.5 || sideways > along * 1.8) continue;
    const score = along + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
