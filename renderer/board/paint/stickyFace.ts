/**
 * Draws one sticky in world units at the context's origin (the caller scales and places it), at the level of
 * detail the zoom calls for (shared/board/detail.ts): close up its speaker line and up to five lines of text
 * with search words marked; further out its first words in a larger face; far away a coloured block.
 */
import { farTextSize, type Detail } from '../../../shared/board/detail';
import { matchRanges } from '../../../shared/board/filter';
import { NOTE_H, NOTE_W } from '../../../shared/board/layout';
import { firstWords, textDirection, wrapText } from '../../../shared/board/wrapText';
import { COLORS, FONT_FAMILY, type StickyFace } from './scene';
import { msg } from '../../ui/i18n';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const PAD_X = 8;
const PAD_Y = 5;
const NEAR_ACCENT = 6;
const FAR_ACCENT = 10;
const FAR_PAD = 6;
const LINE = 16;
const NEAR_LINES = 5;
const FAR_WORDS = 8;
const LINK_MARK = 12;
const MAX_LINK_MARKS = 6;

export interface StickyLook {
  detail: Detail;
  zoom: number;
  dimmed: boolean;
  /** Search words to mark, or '' for none. */
  search: string;
}

function body(ctx: Context2D, face: StickyFace, look: StickyLook, accentHeight: number): void {
  ctx.fillStyle = look.dimmed ? COLORS.dimFill : face.fill;
  ctx.fillRect(0, 0, NOTE_W, NOTE_H);
  ctx.fillStyle = look.dimmed ? COLORS.dimAccent : (face.accent ?? COLORS.defaultAccent);
  ctx.fillRect(0, 0, NOTE_W, accentHeight);
  // Each linked theme's colour closes the top strip, at every zoom: the note counts there too.
  const links = face.links ?? [];
  links.slice(0, MAX_LINK_MARKS).forEach((link, i) => {
    const x = NOTE_W - (i + 1) * (LINK_MARK + 2);
    ctx.fillStyle = look.dimmed ? COLORS.dimAccent : link.color;
    ctx.fillRect(x, 0, LINK_MARK, accentHeight);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x - 2, 0, 2, accentHeight);
  });
}

/** Close up: the linked themes by name along the foot of the sticky, each after a square of its colour. */
function linkLine(ctx: Context2D, face: StickyFace, look: StickyLook): void {
  const links = face.links ?? [];
  if (!links.length) return;
  ctx.font = `11px ${FONT_FAMILY}`;
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  const y = NOTE_H - PAD_Y - 1;
  let x = PAD_X;
  ctx.fillStyle = COLORS.meta;
  const also = msg('board.stickyAlso');
  ctx.fillText(also, x, y);
  x += ctx.measureText(`${also} `).width;
  for (const link of links) {
    if (x > NOTE_W - PAD_X - 16) break;
    ctx.fillStyle = look.dimmed ? COLORS.dimAccent : link.color;
    ctx.fillRect(x, y - 8, 8, 8);
    x += 11;
    ctx.fillStyle = COLORS.meta;
    const room = NOTE_W - PAD_X - x;
    ctx.fillText(link.name, x, y, room);
    x += Math.min(room, ctx.measureText(link.name).width) + 8;
  }
}

/** Marks the search words of one line: a highlight behind each match, measured where the line is drawn. */
function markLine(ctx: Context2D, line: string, x: number, y: number, search: string, rtl: boolean): void {
  const ranges = matchRanges(line, search);
  if (!ranges.length) return;
  const full = ctx.measureText(line).width;
  ctx.fillStyle = COLORS.mark;
  for (const [start, end] of ranges) {
    const before = ctx.measureText(line.slice(0, start)).width;
    const width = ctx.measureText(line.slice(start, end)).width;
    const left = rtl ? x - full + (full - before - width) : x + before;
    ctx.fillRect(left, y - 13, width, LINE);
  }
}

function near(ctx: Context2D, face: StickyFace, look: StickyLook): void {
  body(ctx, face, look, NEAR_ACCENT);
  ctx.strokeStyle = COLORS.edge;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, NOTE_W - 1, NOTE_H - 1);
  const top = NEAR_ACCENT + PAD_Y;
  ctx.textBaseline = 'alphabetic';
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  let x = PAD_X;
  if (face.sensitive) {
    ctx.font = `700 11px ${FONT_FAMILY}`;
    ctx.fillStyle = COLORS.flag;
    const sensitive = msg('board.stickySensitive');
    ctx.fillText(sensitive, x, top + 12);
    x += ctx.measureText(`${sensitive} `).width + 2;
  }
  ctx.font = `11px ${FONT_FAMILY}`;
  ctx.fillStyle = COLORS.meta;
  if (face.meta) ctx.fillText(face.meta, x, top + 12, NOTE_W - PAD_X - x);
  ctx.font = `13px ${FONT_FAMILY}`;
  const width = NOTE_W - 2 * PAD_X;
  const lines = wrapText(
    face.text,
    width,
    face.links?.length ? NEAR_LINES - 1 : NEAR_LINES,
    (t) => ctx.measureText(t).width,
  );
  const rtl = textDirection(face.text) === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  const startX = rtl ? NOTE_W - PAD_X : PAD_X;
  lines.forEach((line, i) => {
    const y = top + LINE + (i + 1) * LINE - 3;
    if (look.search) markLine(ctx, line, startX, y, look.search, rtl);
    ctx.fillStyle = look.dimmed ? COLORS.meta : COLORS.text;
    ctx.fillText(line, startX, y);
  });
  linkLine(ctx, face, look);
}

function far(ctx: Context2D, face: StickyFace, look: StickyLook): void {
  body(ctx, face, look, FAR_ACCENT);
  const width = NOTE_W - 2 * FAR_PAD;
  const words = firstWords(face.text, FAR_WORDS);
  let size = farTextSize(look.zoom);
  ctx.font = `600 ${size}px ${FONT_FAMILY}`;
  // A first word too long for the sticky shrinks the face a little rather than breaking inside the word.
  const first = ctx.measureText(words.split(/\s/)[0] ?? '').width;
  if (first > width) {
    size = Math.max(size * 0.7, (size * width) / first);
    ctx.font = `600 ${size}px ${FONT_FAMILY}`;
  }
  const line = size * 1.12;
  const lines = Math.max(1, Math.floor((NOTE_H - FAR_ACCENT - 2 * FAR_PAD) / line));
  const rtl = textDirection(face.text) === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = look.dimmed ? COLORS.meta : COLORS.text;
  wrapText(words, width, lines, (t) => ctx.measureText(t).width).forEach((text, i) => {
    ctx.fillText(text, rtl ? NOTE_W - FAR_PAD : FAR_PAD, FAR_ACCENT + FAR_PAD + (i + 1) * line - line * 0.2);
  });
}

export function drawSticky(ctx: Context2D, face: StickyFace, look: StickyLook): void {
  if (look.detail === 'near') near(ctx, face, look);
  else if (look.detail === 'far') far(ctx, face, look);
  else body(ctx, face, look, FAR_ACCENT * 2);
}
