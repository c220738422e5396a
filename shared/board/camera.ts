/**
 * Camera math: how the board's one transformed layer maps world coordinates to the screen.
 *
 * Contract: `screen = world * zoom + (x, y)`, i.e. the layer's CSS transform is
 * `translate(x px, y px) scale(zoom)` with `transform-origin: 0 0`. Screen points are relative to the
 * board viewport's top-left corner. Every function returns a new camera; none touches the DOM.
 */
import type { Point, Rect } from './rect';

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  w: number;
  h: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
export const DEFAULT_CAMERA: Camera = { x: 0, y: 0, zoom: 1 };

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function screenToWorld(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) / camera.zoom, y: (p.y - camera.y) / camera.zoom };
}

export function worldToScreen(camera: Camera, p: Point): Point {
  return { x: p.x * camera.zoom + camera.x, y: p.y * camera.zoom + camera.y };
}

/** The part of the world the viewport shows. */
export function visibleWorldRect(camera: Camera, viewport: Size): Rect {
  return {
    x: -camera.x / camera.zoom,
    y: -camera.y / camera.zoom,
    w: viewport.w / camera.zoom,
    h: viewport.h / camera.zoom,
  };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x + dx, y: camera.y + dy, zoom: camera.zoom };
}

/** Zoom by `factor` keeping the world point under `anchor` (a screen point) where it is: the feel of pinch and wheel. */
export function zoomAt(camera: Camera, anchor: Point, factor: number): Camera {
  const zoom = clampZoom(camera.zoom * factor);
  const world = screenToWorld(camera, anchor);
  return { x: anchor.x - world.x * zoom, y: anchor.y - world.y * zoom, zoom };
}

/** Frame `bounds` in the viewport with `padding` screen pixels around it, never zooming in past `maxZoom`. */
export function zoomToFit(bounds: Rect | null, viewport: Size, padding = 40, maxZoom = 1): Camera {
  if (!bounds || viewport.w <= 0 || viewport.h <= 0) return DEFAULT_CAMERA;
  const availableW = Math.max(1, viewport.w - 2 * padding);
  const availableH = Math.max(1, viewport.h - 2 * padding);
  const zoom = clampZoom(Math.min(maxZoom, availableW / Math.max(1, bounds.w), availableH / Math.max(1, bounds.h)));
  return {
    x: viewport.w / 2 - (bounds.x + bounds.w / 2) * zoom,
    y: viewport.h / 2 - (bounds.y + bounds.h / 2) * zoom,
    zoom,
  };
}

/** The smallest pan that brings `target` fully into view (with `margin` screen pixels), or the camera unchanged. */
export function revealRect(camera: Camera, viewport: Size, target: Rect, margin = 24): Camera {
  const topLeft = worldToScreen(camera, { x: target.x, y: target.y });
  const w = target.w * camera.zoom;
  const h = target.h * camera.zoom;
  let dx = 0;
  let dy = 0;
  if (topLeft.x < margin) dx = margin - topLeft.x;
  else if (topLeft.x + w > viewport.w - margin)
    dx = Math.max(margin - topLeft.x, viewport.w - margin - (topLeft.x + w));
  if (topLeft.y < margin) dy = margin - topLeft.y;
  else if (topLeft.y + h > viewport.h - margin)
    dy = Math.max(margin - topLeft.y, viewport.h - margin - (topLeft.y + h));
  return dx || dy ? panBy(camera, dx, dy) : camera;
}

/** The CSS transform for the layer, written directly during gestures and by React on commit. */
export function cameraTransform(camera: Camera): string {
  return `translate(${camera.x}px, ${camera.y}px) scale(${camera.zoom})`;
}

/** Wheel delta to zoom factor: smooth for trackpad pinch (small deltas, ctrlKey) and mouse wheels alike. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-Math.max(-100, Math.min(100, pixels)) * 0.002);
}
