import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestInDirection } from './navigate';
import type { Rect } from './rect';

const cell = (col: number, row: number): [string, Rect] => [
  `r${row}c${col}`,
  { x: col * 200, y: row * 130, w: 180, h: 112 },
];
const grid: [string, Rect][] = [];
for (let row = 0; row < 3; row++) for (let col = 0; col < 4; col++) grid.push(cell(col, row));
const rectOf = (id: string) => grid.find(([key]) => key === id)![1];

describe('spatial navigation', () => {
  it('moves along rows and columns of a grid', () => {
    expect(nearestInDirection(rectOf('r1c1'), 'right', grid)).toBe('r1c2');
    expect(nearestInDirection(rectOf('r1c1'), 'left', grid)).toBe('r1c0');
    expect(nearestInDirection(rectOf('r1c1'), 'up', grid)).toBe('r0c1');
    expect(nearestInDirection(rectOf('r1c1'), 'down', grid)).toBe('r2c1');
  });

  it('stops at the edge', () => {
    expect(nearestInDirection(rectOf('r0c3'), 'right', grid)).toBeNull();
    expect(nearestInDirection(rectOf('r0c0'), 'up', grid)).toBeNull();
  });

  it('prefers a sticky straight ahead over a nearer one off to the side', () => {
    const from: Rect = { x: 0, y: 0, w: 100, h: 100 };
    const candidates: [string, Rect][] = [
      ['diagonal', { x: 150, y: 120, w: 100, h: 100 }],
      ['ahead', { x: 300, y: 0, w: 100, h: 100 }],
      ['beside', { x: 0, y: 130, w: 100, h: 100 }],
    ];
    expect(nearestInDirection(from, 'right', candidates)).toBe('ahead');
    expect(nearestInDirection(from, 'down', candidates)).toBe('beside');
  });

  it('maps arrow keys to directions', () => {
    expect(directionOfKey('ArrowLeft')).toBe('left');
    expect(directionOfKey('a')).toBeNull();
  });
});
