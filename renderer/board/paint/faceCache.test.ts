import { describe, expect, it } from 'vitest';
import { FaceCache, scaleBucket, type Surface } from './faceCache';
import type { StickyFace } from './scene';

/** A surface whose context records nothing: enough to test where copies go and when they are reused. */
function fakeSurface(width: number, height: number): Surface {
  const noop = () => {};
  const ctx = new Proxy(
    { measureText: (t: string) => ({ width: t.length * 6 }) },
    { get: (target, prop) => (prop in target ? target[prop as keyof typeof target] : noop), set: () => true },
  );
  return { width, height, getContext: () => ctx } as unknown as Surface;
}

const face = (text: string): StickyFace => ({
  text,
  meta: '',
  fill: '#FFF7C2',
  accent: null,
  sensitive: false,
  key: text,
});
const near = { detail: 'near' as const, dimmed: false, search: '', zoom: 1 };

describe('sticky copies', () => {
  it('rounds scales to quarter octaves', () => {
    expect(scaleBucket(1)).toBe(1);
    expect(scaleBucket(0.74)).toBe(scaleBucket(0.76));
    expect(scaleBucket(0.5)).not.toBe(scaleBucket(0.75));
  });

  it('reuses a copy while the face is unchanged, and draws a new one when it changes', () => {
    let made = 0;
    const cache = new FaceCache(10_000_000, (w, h) => {
      made++;
      return fakeSurface(w, h);
    });
    const a = cache.exact('a', face('hello'), near, 1)!;
    const again = cache.exact('a', face('hello'), near, 1.02)!;
    expect(again).toEqual(a);
    expect(made).toBe(1); // one atlas page holds many copies
    const b = cache.exact('b', face('other'), near, 1)!;
    expect(b.image).toBe(a.image);
    expect([b.sx, b.sy]).not.toEqual([a.sx, a.sy]);
    expect(cache.has('a', face('changed'), near, 1)).toBe(false);
  });

  it('offers the nearest existing copy while the camera moves, and none for a note never drawn', () => {
    const cache = new FaceCache(10_000_000, fakeSurface);
    cache.exact('a', face('hello'), near, 1);
    expect(cache.nearest('a', face('hello'), near, 0.6)?.scale).toBe(1);
    expect(cache.nearest('z', face('hello'), near, 0.6)).toBeNull();
  });

  it('gives up the least recently used copies to stay within its budget, and their places are reused', () => {
    const slot = Math.ceil(180) * Math.ceil(112);
    const cache = new FaceCache(slot * 3, fakeSurface);
    const first = cache.exact('n0', face('0'), near, 1)!;
    for (let i = 1; i < 3; i++) cache.exact(`n${i}`, face(`${i}`), near, 1);
    cache.exact('n0', face('0'), near, 1); // n0 used again: n1 is now the oldest
    cache.exact('n3', face('3'), near, 1);
    expect(cache.size).toBeLessThanOrEqual(slot * 3);
    expect(cache.has('n1', face('1'), near, 1)).toBe(false);
    expect(cache.has('n0', face('0'), near, 1)).toBe(true);
    const reused = cache.exact('n4', face('4'), near, 1)!;
    expect(reused.image).toBe(first.image);
  });
});
