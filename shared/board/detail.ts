/**
 * Levels of detail: what the board draws at a given zoom, so a board shown to a room at "Zoom to fit" still
 * says something. Close up a sticky shows its speaker line and up to five lines of text; further out, its
 * first words in a face large enough to read on screen; further still, a coloured block. Theme titles and
 * note counts stay a constant, readable size on screen at every zoom.
 *
 * Contract: pure functions of the zoom (world units are the board's, screen units CSS pixels).
 */
import type { Rect } from './rect';

export type Detail = 'near' | 'far' | 'block';

/** Below this zoom the 13 px text of a sticky is under 6.5 px on screen: unreadable, so stickies show first words. */
export const FAR_ZOOM = 0.5;
/** Below this zoom even first words would be under ~7 px: stickies are plain coloured blocks. */
export const BLOCK_ZOOM = 0.16;

export function detailAt(zoom: number): Detail {
  return zoom >= FAR_ZOOM ? 'near' : zoom >= BLOCK_ZOOM ? 'far' : 'block';
}

/** Screen size (px) the first words of a far sticky aim for; the world size follows the zoom within bounds. */
const FAR_TEXT_SCREEN_PX = 9;
const FAR_TEXT_WORLD_MIN = 20;
const FAR_TEXT_WORLD_MAX = 56;

/** The font size (world units) of a far sticky's first words at `zoom`. */
export function farTextSize(zoom: number): number {
  return Math.min(FAR_TEXT_WORLD_MAX, Math.max(FAR_TEXT_WORLD_MIN, FAR_TEXT_SCREEN_PX / zoom));
}

/** A frame's title band close up (world units): the top of the frame, where the layout leaves room for it. */
export const FRAME_TITLE_H = 44;
/** Far out the title (name, then note count) is drawn above the frame this tall on screen (px), whatever the zoom. */
export const FAR_TITLE_SCREEN_PX = 38;
/** …and at least this wide on screen, so a narrow frame's name and count still fit. */
export const FAR_TITLE_MIN_SCREEN_W = 170;

/**
 * Where a frame's title is drawn and can be grabbed (world units): its top band close up; far out, a label
 * of constant screen size sitting on the frame's top edge, so the name and count stay readable and grabbable.
 */
export function frameTitleRect(frame: Rect, zoom: number): Rect {
  if (detailAt(zoom) === 'near') return { x: frame.x, y: frame.y, w: frame.w, h: FRAME_TITLE_H };
  const h = FAR_TITLE_SCREEN_PX / zoom;
  return { x: frame.x, y: frame.y - h, w: Math.max(frame.w, FAR_TITLE_MIN_SCREEN_W / zoom), h };
}
