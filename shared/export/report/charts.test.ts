import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../../tests/support/fixtures';
import { buildFindingsDocument } from '../../findings/document';
import { liveSnapshot } from '../../findings/snapshot';
import { planExport } from '../../privacy/plan';
import { barChart, chartSvg, heatMap } from './charts';
import { chartPng, rasterise } from './png';

const doc = buildFindingsDocument(planExport(liveSnapshot(smallProject().snapshot)), { now: NOW });

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('report charts', () => {
  it('draws one bar per ranked theme, longest for the top priority, and says every value in its alt text', () => {
    const chart = barChart(doc);
    const bars = chart.shapes.filter((s) => s.kind === 'rect');
    expect(bars).toHaveLength(doc.ranking.length);
    const widths = bars.map((b) => (b.kind === 'rect' ? b.w : 0));
    expect(widths[0]).toBe(Math.max(...widths));
    for (const r of doc.ranking) expect(chart.alt).toContain(r.name);
    expect(chart.alt).toMatch(/heard in \d+ of \d+ groups/);
  });

  it('shades the heat map by count and marks groups with no session in grey with a dash', () => {
    const chart = heatMap(doc);
    const cells = doc.coverage.cells.flat();
    expect(chart.shapes.filter((s) => s.kind === 'rect')).toHaveLength(cells.length);
    const dashes = chart.shapes.filter((s) => s.kind === 'text' && s.text === '–').length;
    expect(dashes).toBe(cells.filter((c) => c.state === 'no-session').length);
    expect(chart.alt).toContain('Heat map');
  });

  it('writes SVG with a title and role img, and escapes theme names', () => {
    const svg = chartSvg({ ...barChart(doc), alt: 'a <b> & c' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"/);
    expect(svg).toContain('<title>a &#60;b&#62; &#38; c</title>');
  });

  it('encodes a valid PNG at twice the chart size whose pixels hold the bars and the labels', () => {
    const chart = barChart(doc);
    const png = chartPng(chart);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(pngSize(png)).toEqual({ width: Math.ceil(chart.width * 2), height: Math.ceil(chart.height * 2) });
    const canvas = rasterise(chart);
    const colours = new Set<string>();
    for (let i = 0; i < canvas.pixels.length; i += 3)
      colours.add(`${canvas.pixels[i]},${canvas.pixels[i + 1]},${canvas.pixels[i + 2]}`);
    expect(colours.has('15,118,110')).toBe(true); // the bar teal
    expect(colours.size).toBeGreaterThan(10); // anti-aliased label ink, not just flat boxes
    // The IDAT chunk inflates to exactly one filter byte plus three bytes a pixel for every row.
    const idatAt = Buffer.from(png).indexOf('IDAT');
    const length = new DataView(png.buffer, png.byteOffset).getUint32(idatAt - 4);
    const raw = unzlibSync(png.subarray(idatAt + 4, idatAt + 4 + length));
    expect(raw.length).toBe((canvas.width * 3 + 1) * canvas.height);
  });
});
