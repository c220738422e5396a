/**
 * Makes shared/export/report/chartFont.ts: the glyphs the report's PNG charts are drawn with, as 4-bit coverage
 * bitmaps, so the charts need no canvas, no browser and no font file at run time. Run it once by hand (it needs
 * Chromium and Liberation Sans, SIL Open Font License 1.1) when the character set or size changes:
 *   node scripts/make-chart-font.mjs
 */
/* global document */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZE = 22; // pixels: 11 pt labels in a chart drawn at twice its displayed size
const HEIGHT = 28;
const BASELINE = 21;
const chars = [];
for (let c = 32; c < 127; c++) chars.push(c);
for (let c = 160; c < 256; c++) chars.push(c);
for (const c of '‘’“”–—…•€') chars.push(c.codePointAt(0));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
const glyphs = await page.evaluate(
  ({ chars, SIZE, HEIGHT, BASELINE }) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = HEIGHT;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.font = `${SIZE}px "Liberation Sans"`;
    return chars.map((code) => {
      const ch = String.fromCodePoint(code);
      const advance = Math.round(ctx.measureText(ch).width);
      ctx.clearRect(0, 0, 64, HEIGHT);
      ctx.fillStyle = '#000';
      ctx.fillText(ch, 0, BASELINE);
      const data = ctx.getImageData(0, 0, Math.max(1, advance), HEIGHT).data;
      let hex = '';
      for (let i = 3; i < data.length; i += 4) hex += Math.round(data[i] / 17).toString(16);
      return [code, advance, hex];
    });
  },
  { chars, SIZE, HEIGHT, BASELINE },
);
await browser.close();

const body = glyphs.map(([code, advance, hex]) => `  [${code}, ${advance}, '${hex}'],`).join('\n');
writeFileSync(
  new URL('../shared/export/report/chartFont.ts', import.meta.url),
  `/**
 * Glyphs for the report's PNG charts: Liberation Sans (SIL Open Font License 1.1) at ${SIZE} px, as 4-bit coverage
 * (one hex digit a pixel, rows of \`advance\` pixels, ${HEIGHT} rows, baseline at ${BASELINE}). Made by
 * scripts/make-chart-font.mjs; do not edit by hand.
 */
/* prettier-ignore */
export const CHART_FONT = {
  size: ${SIZE},
  height: ${HEIGHT},
  baseline: ${BASELINE},
  /** [code point, advance in pixels, coverage] */
  glyphs: [
${body}
  ] as [number, number, string][],
};
`,
);
console.log(`${glyphs.length} glyphs`);
