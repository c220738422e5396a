#!/usr/bin/env node
/**
 * Draws the Fieldnotes icon (a yellow sticky note with three lines of writing and a folded corner on a teal
 * tile) and writes it as PNG with nothing but node:zlib, so the icon needs no image library to rebuild.
 * The geometry matches assets/icon.svg, the editable source. Run: node assets/make-icon.mjs
 * Writes assets/icon.png (1024×1024, what electron-builder uses) and assets/icon-512.png.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- geometry, in a 1024-unit design space (same numbers as icon.svg) ----
const TILE = { x: 100, y: 100, size: 824, radius: 185 };
const NOTE_ANGLE = (-4 * Math.PI) / 180;
const NOTE_CENTER = [512, 500];
const NOTE_HALF = 250;
const FOLD = 120;
/** The note with its bottom-right corner folded away, in note-local coordinates centred on the note. */
const NOTE_OUTLINE = [
  [-NOTE_HALF, -NOTE_HALF],
  [NOTE_HALF, -NOTE_HALF],
  [NOTE_HALF, NOTE_HALF - FOLD],
  [NOTE_HALF - FOLD, NOTE_HALF],
  [-NOTE_HALF, NOTE_HALF],
];
const FOLD_FLAP = [
  [NOTE_HALF, NOTE_HALF - FOLD],
  [NOTE_HALF - FOLD, NOTE_HALF],
  [NOTE_HALF - FOLD, NOTE_HALF - FOLD],
];
const LINES = [
  { y: -130, from: -180, to: 180 },
  { y: -50, from: -180, to: 180 },
  { y: 30, from: -180, to: 90 },
];
const LINE_HALF_WIDTH = 16;

const COLORS = {
  tileTop: [42, 127, 120],
  tileBottom: [27, 88, 83],
  shadow: [8, 36, 34],
  note: [247, 209, 84],
  flap: [222, 178, 52],
  ink: [92, 74, 26],
};

// ---- signed distance functions (negative inside) ----
function roundedSquareDistance(x, y, { x: left, y: top, size, radius }) {
  const half = size / 2;
  const qx = Math.abs(x - (left + half)) - (half - radius);
  const qy = Math.abs(y - (top + half)) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function polygonDistance(px, py, points) {
  let distanceSquared = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[j];
    const ex = bx - ax;
    const ey = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)));
    distanceSquared = Math.min(distanceSquared, (px - ax - ex * t) ** 2 + (py - ay - ey * t) ** 2);
    if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
  }
  return (inside ? -1 : 1) * Math.sqrt(distanceSquared);
}

function capsuleDistance(x, y, { y: lineY, from, to }) {
  const dx = x - Math.max(from, Math.min(to, x));
  return Math.hypot(dx, y - lineY) - LINE_HALF_WIDTH;
}

function toNoteSpace(x, y) {
  const dx = x - NOTE_CENTER[0];
  const dy = y - NOTE_CENTER[1];
  const cos = Math.cos(-NOTE_ANGLE);
  const sin = Math.sin(-NOTE_ANGLE);
  return [dx * cos - dy * sin, dx * sin + dy * cos];
}

const clamp01 = (value) => Math.max(0, Math.min(1, value));

// ---- rendering ----
function render(size) {
  const scale = 1024 / size; // design units per pixel
  const rgba = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) * scale;
      const y = (row + 0.5) * scale;
      // Coverage from the distance to an edge, measured in pixels: smooth edges without supersampling.
      const cover = (distance) => clamp01(0.5 - distance / scale);
      let color = [0, 0, 0];
      let alpha = 0;
      const paint = (rgb, a) => {
        if (a <= 0) return;
        const outAlpha = a + alpha * (1 - a);
        color = color.map((c, i) => (rgb[i] * a + c * alpha * (1 - a)) / outAlpha);
        alpha = outAlpha;
      };

      const tile = cover(roundedSquareDistance(x, y, TILE));
      const t = clamp01((y - TILE.y) / TILE.size);
      paint(
        COLORS.tileTop.map((top, i) => top + (COLORS.tileBottom[i] - top) * t),
        tile,
      );

      const [sx, sy] = toNoteSpace(x - 10, y - 22);
      const shadowDistance = polygonDistance(sx, sy, NOTE_OUTLINE);
      paint(COLORS.shadow, tile * 0.35 * clamp01(1 - (shadowDistance + 6) / 36));

      const [nx, ny] = toNoteSpace(x, y);
      paint(COLORS.note, cover(polygonDistance(nx, ny, NOTE_OUTLINE)));
      paint(COLORS.flap, cover(polygonDistance(nx, ny, FOLD_FLAP)));
      for (const line of LINES) paint(COLORS.ink, 0.75 * cover(capsuleDistance(nx, ny, line)));

      const offset = (row * size + col) * 4;
      rgba.set([...color.map(Math.round), Math.round(alpha * 255)], offset);
    }
  }
  return rgba;
}

// ---- PNG encoding ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    rows[row * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [size, name] of [
  [1024, 'icon.png'],
  [512, 'icon-512.png'],
]) {
  writeFileSync(path.join(here, name), encodePng(size, render(size)));
  console.log(`wrote assets/${name} (${size}×${size})`);
}
