import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../shared/board/spatialIndex';
import type { Rect } from '../../../shared/board/rect';
import type { PaintScene, StickyFace } from './scene';
import { sceneChange } from './sceneDiff';

const face = (key: string): StickyFace => ({ text: key, meta: '', fill: '#FFF', accent: null, sensitive: false, key });

function scene(notes: Record<string, Rect>, patch: Partial<PaintScene> = {}): PaintScene {
  const map = new Map(Object.entries(notes));
  return {
    notes: map,
    order: new Map([...map.keys()].map((id, i) => [id, i])),
    index: buildIndex([...map].map(([id, rect]) => ({ id, rect }))),
    themeOf: new Map(),
    faces: new Map([...map.keys()].map((id) => [id, face(id)])),
    frames: new Map(),
    frameFaces: [],
    selection: new Set(),
    highlight: null,
    search: '',
    ...patch,
  };
}

const a = { x: 0, y: 0, w: 180, h: 112 };
const b = { x: 400, y: 0, w: 180, h: 112 };

describe('what a new scene changes', () => {
  it('nothing, when nothing a viewer sees changed', () => {
    expect(sceneChange(scene({ a, b }), scene({ a, b }), 1)).toEqual([]);
  });

  it('a moved note: where it was and where it is', () => {
    const moved = { ...b, x: 900 };
    expect(sceneChange(scene({ a, b }), scene({ a, b: moved }), 1)).toEqual([b, moved]);
  });

  it('a note whose selection changed, or that arrived', () => {
    expect(sceneChange(scene({ a, b }), scene({ a, b }, { selection: new Set(['a']) }), 1)).toEqual([a, a]);
    expect(sceneChange(scene({ a }), scene({ a, b }), 1)).toEqual([b]);
  });

  it('everything, when the search or highlighting starts', () => {
    expect(sceneChange(scene({ a }), scene({ a }, { highlight: new Set(['a']) }), 1)).toBe('all');
    expect(sceneChange(scene({ a }), scene({ a }, { search: 'bus' }), 1)).toBe('all');
  });
});
