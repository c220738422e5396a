/**
 * Draws a theme's frame in world units on a context already transformed by the camera: a translucent body
 * with a coloured border (dashed while the layout places it), its title band with the name and how many notes
 * and votes it holds, and the resize handle. Far out the title is drawn at a constant size on screen, above
 * the frame (shared/board/detail.ts), so the board shown to a room still names its themes.
 */
import { detailAt, frameTitleRect } from '../../../shared/board/detail';
import { frameFill } from '../../../shared/board/color';
import type { Rect } from '../../../shared/board/rect';
import { COLORS, FONT_FAMILY, type FrameFace } from './scene';
import type { Context2D } from './stickyFace';
import { msg } from '../../ui/i18n';

const BORDER = 3;
const RADIUS = 8;
const HANDLE = 18;
const FAR_NAME_PX = 15;

export function frameCaption(face: FrameFace): string {
  return msg('board.frameCaption', { count: face.count, linked: face.linked, votes: face.votes });
}

function roundedRect(ctx: Context2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

/** Draws `text` clipped with an ellipsis to `width`. */
function fitted(ctx: Context2D, text: string, x: number, y: number, width: number): number {
  if (width <= 0) return 0;
  let shown = text;
  if (ctx.measureText(shown).width > width) {
    while (shown && ctx.measureText(`${shown}…`).width > width) shown = shown.slice(0, -1);
    shown = `${shown}…`;
  }
  ctx.fillText(shown, x, y);
  return ctx.measureText(shown).width;
}

export interface FrameLook {
  zoom: number;
  dropTarget: boolean;
  focused: boolean;
}

/** The frame's body and border (and, close up, its resize handle). */
export function drawFrameBody(ctx: Context2D, face: FrameFace, rect: Rect, look: FrameLook): void {
  const screen = 1 / look.zoom;
  ctx.fillStyle = look.dropTarget ? COLORS.dropFill : COLORS.frameFill;
  roundedRect(ctx, rect, RADIUS);
  ctx.fill();
  ctx.strokeStyle = face.color;
  ctx.lineWidth = Math.max(BORDER, 1.5 * screen);
  ctx.setLineDash(face.auto ? [12, 8] : []);
  ctx.stroke();
  ctx.setLineDash([]);
  if (look.dropTarget) {
    ctx.strokeStyle = COLORS.match;
    ctx.lineWidth = 4 * screen;
    const grow = 4 * screen;
    roundedRect(ctx, { x: rect.x - grow, y: rect.y - grow, w: rect.w + 2 * grow, h: rect.h + 2 * grow }, RADIUS);
    ctx.stroke();
  }
  if (detailAt(look.zoom) === 'near') {
    ctx.fillStyle = COLORS.handle;
    ctx.beginPath();
    ctx.moveTo(rect.x + rect.w, rect.y + rect.h - HANDLE);
    ctx.lineTo(rect.x + rect.w, rect.y + rect.h);
    ctx.lineTo(rect.x + rect.w - HANDLE, rect.y + rect.h);
    ctx.closePath();
    ctx.fill();
  }
}

function titleFocus(ctx: Context2D, title: Rect, screen: number): void {
  const grow = 3 * screen;
  ctx.strokeStyle = COLORS.focus;
  ctx.lineWidth = 3 * screen;
  ctx.beginPath();
  ctx.roundRect(title.x - grow, title.y - grow, title.w + 2 * grow, title.h + 2 * grow, 4 * screen);
  ctx.stroke();
}

/**
 * The title: close up, a band with the theme's name and then its note count and votes; far out, a label of
 * constant size on screen above the frame, the name on one line and the count below it. A focus ring when the
 * title has keyboard focus.
 */
export function drawFrameTitle(ctx: Context2D, face: FrameFace, rect: Rect, look: FrameLook): void {
  const screen = 1 / look.zoom;
  const near = detailAt(look.zoom) === 'near';
  const title = frameTitleRect(rect, look.zoom);
  ctx.fillStyle = frameFill(face.color);
  ctx.beginPath();
  ctx.roundRect(title.x, title.y, title.w, title.h, near ? [RADIUS, RADIUS, 0, 0] : 4 * screen);
  ctx.fill();
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = 'left';
  ctx.direction = 'ltr';
  ctx.textBaseline = 'middle';
  const caption = frameCaption(face);
  if (near) {
    ctx.font = `13px ${FONT_FAMILY}`;
    const captionWidth = ctx.measureText(caption).width;
    ctx.font = `700 18px ${FONT_FAMILY}`;
    const room = title.w - 30;
    const nameWidth = fitted(ctx, face.name, title.x + 10, title.y + 20, room - Math.min(captionWidth, title.w / 3));
    ctx.font = `13px ${FONT_FAMILY}`;
    fitted(ctx, caption, title.x + 20 + nameWidth, title.y + 20, room - nameWidth);
  } else {
    ctx.strokeStyle = face.color;
    ctx.lineWidth = 1.5 * screen;
    ctx.stroke();
    ctx.fillStyle = COLORS.text;
    const pad = 6 * screen;
    ctx.font = `700 ${FAR_NAME_PX * screen}px ${FONT_FAMILY}`;
    fitted(ctx, face.name, title.x + pad, title.y + 12 * screen, title.w - 2 * pad);
    ctx.font = `${12 * screen}px ${FONT_FAMILY}`;
    fitted(ctx, caption, title.x + pad, title.y + 28 * screen, title.w - 2 * pad);
  }
  if (look.focused) titleFocus(ctx, title, screen);
}
