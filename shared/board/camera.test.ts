import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cameraTransform,
  clampZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  revealRect,
  screenToWorld,
  visibleWorldRect,
  wheelZoomFactor,
  worldToScreen,
  zoomAt,
  zoomToFit,
  type Camera,
} from './camera';

const camera: Camera = { x: 100, y: -50, zoom: 2 };

describe('camera', () => {
  it('maps screen to world and back', () => {
    expect(worldToScreen(camera, { x: 10, y: 10 })).toEqual({ x: 120, y: -30 });
    expect(screenToWorld(camera, { x: 120, y: -30 })).toEqual({ x: 10, y: 10 });
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (x, y) => {
          const back = screenToWorld(camera, worldToScreen(camera, { x, y }));
          return Math.abs(back.x - x) < 1e-6 && Math.abs(back.y - y) < 1e-6;
        },
      ),
    );
  });

  it('zooms about the anchor: the world point under the pointer stays under it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        (ax, ay, factor) => {
          const anchor = { x: ax, y: ay };
          const before = screenToWorld(camera, anchor);
          const after = screenToWorld(zoomAt(camera, anchor, factor), anchor);
          return Math.abs(before.x - after.x) < 1e-6 && Math.abs(before.y - after.y) < 1e-6;
        },
      ),
    );
  });

  it('clamps zoom to its limits', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(zoomAt(camera, { x: 0, y: 0 }, 1000).zoom).toBe(MAX_ZOOM);
  });

  it('reports the world rectangle in view', () => {
    expect(visibleWorldRect({ x: -200, y: -100, zoom: 0.5 }, { w: 800, h: 600 })).toEqual({
      x: 400,
      y: 200,
      w: 1600,
      h: 1200,
    });
  });

  it('zooms to fit: the bounds are centred and fit inside the padding, never zoomed in past 1', () => {
    const bounds = { x: 1000, y: 500, w: 4000, h: 1000 };
    const fit = zoomToFit(bounds, { w: 1000, h: 800 }, 50);
    expect(fit.zoom).toBeCloseTo(900 / 4000);
    const topLeft = worldToScreen(fit, { x: bounds.x, y: bounds.y });
    const bottomRight = worldToScreen(fit, { x: bounds.x + bounds.w, y: bounds.y + bounds.h });
    expect(topLeft.x).toBeCloseTo(50);
    expect(bottomRight.x).toBeCloseTo(950);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(400);
    expect(zoomToFit({ x: 0, y: 0, w: 10, h: 10 }, { w: 1000, h: 800 }).zoom).toBe(1);
    expect(zoomToFit(null, { w: 1000, h: 800 })).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('reveals a rectangle with the smallest pan, and leaves a visible one alone', () => {
    const cam = { x: 0, y: 0, zoom: 1 };
    expect(revealRect(cam, { w: 800, h: 600 }, { x: 100, y: 100, w: 50, h: 50 })).toBe(cam);
    const moved = revealRect(cam, { w: 800, h: 600 }, { x: 900, y: -100, w: 100, h: 50 }, 20);
    expect(moved).toEqual({ x: -220, y: 120, zoom: 1 });
  });

  it('writes the layer transform and turns wheel deltas into zoom factors', () => {
    expect(cameraTransform({ x: 1, y: 2, zoom: 0.5 })).toBe('translate(1px, 2px) scale(0.5)');
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48));
  });
});
