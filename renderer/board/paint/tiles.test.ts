import { describe, expect, it } from 'vitest';
import { TILE, tileCamera, tileId, tileVisible, tilesFor, tileWorld } from './tiles';

describe('board tiles', () => {
  const size = { w: 1000, h: 600 };

  it('covers the view and a ring round it, nearest the middle first', () => {
    const camera = { x: 0, y: 0, zoom: 1 };
    const visible = tilesFor(camera, size, 0);
    expect(visible.map(tileId).sort()).toEqual(['0:0', '0:1', '1:0', '1:1'].sort());
    const ringed = tilesFor(camera, size, 1);
    expect(ringed).toHaveLength(4 * 4);
    expect(ringed.slice(0, 4).every((t) => tileVisible(t, camera, size))).toBe(true);
    expect(ringed.some((t) => t.i === -1 && t.j === -1)).toBe(true);
  });

  it('keeps its grid when the camera pans: the same tiles, only others added at the edge', () => {
    const before = new Set(tilesFor({ x: 0, y: 0, zoom: 0.5 }, size, 0).map(tileId));
    const after = tilesFor({ x: -300, y: 0, zoom: 0.5 }, size, 0).map(tileId);
    expect(after.filter((id) => before.has(id)).length).toBeGreaterThan(0);
    expect(after).toContain('2:0');
  });

  it('maps a tile to the world at the zoom, and draws it from its own corner', () => {
    expect(tileWorld({ i: 1, j: -1 }, 0.5)).toEqual({ x: TILE * 2, y: -TILE * 2, w: TILE * 2, h: TILE * 2 });
    const camera = tileCamera({ i: 2, j: 3 }, 0.5);
    // The tile's world corner lands on the canvas's (0, 0).
    const corner = tileWorld({ i: 2, j: 3 }, 0.5);
    expect(corner.x * camera.zoom + camera.x).toBe(0);
    expect(corner.y * camera.zoom + camera.y).toBe(0);
  });
});
