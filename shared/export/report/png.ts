/**
 * Draws a chart scene (charts.ts) as a PNG for the Word report: rectangles and labels onto an RGB pixel buffer at
 * twice the chart's size (sharp when printed), then a plain PNG (zlib from fflate, which the app already ships).
 * Labels use the glyph bitmaps in chartFont.ts, so nothing here needs a browser, a canvas or a font file.
 */
import { zlibSync } from 'fflate';
import { CHART_FONT } from './chartFont';
import type { Chart } from './types';

const SCALE = 2;
const FALLBACK = '?'.codePointAt(0)!;

interface Glyph {
  advance: number;
  coverage: string;
}

let glyphs: Map<number, Glyph> | undefined;
function glyphOf(code: number): Glyph {
  glyphs ??= new Map(CHART_FONT.glyphs.map(([c, advance, coverage]) => [c, { advance, coverage }]));
  return glyphs.get(code) ?? glyphs.get(FALLBACK)!;
}

/** Width of a label in chart units (half the pixels it takes in the PNG). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += glyphOf(ch.codePointAt(0)!).advance;
  return width / SCALE;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  blend(x: number, y: number, color: [number, number, number], alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const at = (y * this.width + x) * 3;
    for (let k = 0; k < 3; k++)
      this.pixels[at + k] = Math.round(this.pixels[at + k]! * (1 - alpha) + color[k]! * alpha);
  }

  rect(x: number, y: number, w: number, h: number, color: [number, number, number]): void {
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++)
      for (let i = Math.max(0, x); i < Math.min(this.width, x + w); i++) this.blend(i, j, color, 1);
  }

  /** `y` is the baseline. */
  text(text: string, x: number, y: number, color: [number, number, number]): void {
    let pen = x;
    const top = y - CHART_FONT.baseline;
    for (const ch of text) {
      const glyph = glyphOf(ch.codePointAt(0)!);
      for (let row = 0; row < CHART_FONT.height; row++)
        for (let col = 0; col < glyph.advance; col++) {
          const value = Number.parseInt(glyph.coverage[row * glyph.advance + col] ?? '0', 16);
          if (value) this.blend(pen + col, top + row, color, value / 15);
        }
      pen += glyph.advance;
    }
  }
}

export function rasterise(chart: Chart): Canvas {
  const canvas = new Canvas(Math.ceil(chart.width * SCALE), Math.ceil(chart.height * SCALE));
  for (const shape of chart.shapes) {
    if (shape.kind === 'rect') {
      canvas.rect(
        Math.round(shape.x * SCALE),
        Math.round(shape.y * SCALE),
        Math.round(shape.w * SCALE),
        Math.round(shape.h * SCALE),
        rgb(shape.fill),
      );
    } else {
      const width = textWidth(shape.text);
      const left = shape.anchor === 'start' ? shape.x : shape.anchor === 'end' ? shape.x - width : shape.x - width / 2;
      canvas.text(shape.text, Math.round(left * SCALE), Math.round(shape.y * SCALE), rgb(shape.fill));
    }
  }
  return canvas;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit RGB PNG of the pixels: each row prefixed by filter type 0 (none), then zlib. */
export function encodePng(width: number, height: number, rgbPixels: Uint8Array): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(rgbPixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The chart as PNG bytes, twice its size in pixels; `chart.width` × `chart.height` is its size on the page. */
export function chartPng(chart: Chart): Uint8Array {
  const canvas = rasterise(chart);
  return encodePng(canvas.width, canvas.height, canvas.pixels);
}
