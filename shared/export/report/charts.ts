/**
 * The report's two charts, priorities as a bar chart and coverage as a heat map, built once as a list of
 * rectangles and labels (a "scene") and then written as SVG (HTML and the printable page) or drawn as PNG (Word,
 * png.ts). No browser, canvas or font file is needed, so the same code runs in the app, a worker and the CLI.
 * Every chart carries alt text that says what it shows in words, for screen readers and for anyone who cannot
 * see colour.
 */
import { translator, type Translator } from '../../i18n/translate';
import type { FindingsDocument } from '../../findings/documentSchema';
import { describeBreadth, groupsHeardFrom } from '../../findings/breadth';
import { escapeXml } from '../text';
import { textWidth } from './png';
import type { Chart, Shape } from './types';

export type { Shape, Chart } from './types';

const MAX_ROWS = 12;
const ROW = 26;
const INK = '#1F2937';
const BAR = '#0F766E';
const LABEL_WIDTH = 210;

/** A label cut with an ellipsis to fit the width (measured with the glyphs the PNG is drawn with). */
export function fitLabel(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Themes in rank order, bars by votes (the room's priority) or, where nobody voted, by notes. */
export function barChart(doc: FindingsDocument, tr: Translator = translator()): Chart {
  const rows = doc.ranking.slice(0, MAX_ROWS);
  const byVotes = rows.some((r) => r.votes > 0);
  const value = (r: (typeof rows)[number]) => (byVotes ? r.votes : r.noteCount);
  const max = Math.max(1, ...rows.map(value));
  const barArea = 340;
  const width = LABEL_WIDTH + barArea + 60;
  const shapes: Shape[] = [];
  rows.forEach((r, i) => {
    const y = 8 + i * ROW;
    const length = Math.max(2, Math.round((value(r) / max) * barArea));
    shapes.push(
      {
        kind: 'text',
        x: LABEL_WIDTH - 8,
        y: y + 17,
        text: fitLabel(`${r.rank}. ${r.name}`, LABEL_WIDTH - 12),
        fill: INK,
        anchor: 'end',
      },
      { kind: 'rect', x: LABEL_WIDTH, y: y + 4, w: length, h: ROW - 8, fill: BAR },
      { kind: 'text', x: LABEL_WIDTH + length + 6, y: y + 17, text: tr.number(value(r)), fill: INK, anchor: 'start' },
    );
  });
  const more = doc.ranking.length - rows.length;
  const denominator = groupsHeardFrom(doc.coverage.columns);
  const votes = byVotes ? 'yes' : 'no';
  const listed = rows.map((r) =>
    tr.t('report.chart.barRow', {
      theme: r.name,
      value: value(r),
      byVotes: votes,
      breadth: describeBreadth(r.groupIds.length, r.sessionIds.length, denominator, tr),
    }),
  );
  const separator = tr.locale.startsWith('fr') ? '\u202f; ' : '; ';
  const alt = tr.t('report.chart.barAlt', { byVotes: votes, rows: listed.join(separator), more });
  return {
    title: tr.t('report.chart.barTitle', { byVotes: votes, more, shown: rows.length }),
    alt,
    width,
    height: 16 + rows.length * ROW,
    shapes,
  };
}

/** Heat-map colours: a light to deep teal by share of the largest count; not heard in pale red; no session in grey. */
export function heatColor(state: string, shade: number): string {
  if (state === 'silent') return '#FDE2E1';
  if (state === 'no-session') return '#E5E7EB';
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * shade));
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `#${hex(mix(255, 17))}${hex(mix(255, 94))}${hex(mix(255, 89))}`.toUpperCase();
}

export function heatMap(doc: FindingsDocument, tr: Translator = translator()): Chart {
  const { columns, cells } = doc.coverage;
  const rows = doc.coverage.rows.slice(0, MAX_ROWS);
  const cell = 74;
  const head = 30;
  const width = LABEL_WIDTH + columns.length * cell + 4;
  const shapes: Shape[] = [];
  columns.forEach((c, j) => {
    shapes.push({
      kind: 'text',
      x: LABEL_WIDTH + j * cell + cell / 2,
      y: 20,
      text: fitLabel(c.name, cell - 6),
      fill: INK,
      anchor: 'middle',
    });
  });
  rows.forEach((row, i) => {
    const y = head + i * ROW;
    shapes.push({
      kind: 'text',
      x: LABEL_WIDTH - 8,
      y: y + 17,
      text: fitLabel(row.name, LABEL_WIDTH - 12),
      fill: INK,
      anchor: 'end',
    });
    (cells[i] ?? []).forEach((c, j) => {
      const x = LABEL_WIDTH + j * cell;
      shapes.push({ kind: 'rect', x: x + 1, y: y + 1, w: cell - 2, h: ROW - 2, fill: heatColor(c.state, c.shade) });
      const label = c.state === 'no-session' ? '–' : tr.number(c.count);
      const light = c.state === 'heard' && c.shade > 0.55;
      shapes.push({
        kind: 'text',
        x: x + cell / 2,
        y: y + 17,
        text: label,
        fill: light ? '#FFFFFF' : INK,
        anchor: 'middle',
      });
    });
  });
  const name = new Map(columns.map((c) => [c.groupId, c.name]));
  const separator = tr.locale.startsWith('fr') ? '\u202f; ' : '; ';
  const alt =
    `${tr.t('report.chart.heatAlt')} ` +
    rows
      .map((row, i) => {
        const heard = (cells[i] ?? [])
          .map((c, j) => (c.state === 'heard' ? `${name.get(columns[j]!.groupId)} ${tr.number(c.count)}` : null))
          .filter((text): text is string => text !== null);
        return heard.length
          ? tr.t('report.chart.heatRow', { theme: row.name, groups: heard.join(', ') })
          : tr.t('report.chart.heatRowNone', { theme: row.name });
      })
      .join(separator) +
    '.';
  return {
    title: tr.t('report.chart.heatTitle'),
    alt,
    width,
    height: head + rows.length * ROW + 4,
    shapes,
  };
}

/** The chart as an SVG element, for the HTML report (inline, no external resources). */
export function chartSvg(chart: Chart): string {
  const shapes = chart.shapes.map((s) =>
    s.kind === 'rect'
      ? `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${s.fill}"/>`
      : `<text x="${s.x}" y="${s.y}" fill="${s.fill}" text-anchor="${s.anchor}">${escapeXml(s.text)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(chart.alt)}" ` +
    `width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" ` +
    `font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="11">` +
    `<title>${escapeXml(chart.alt)}</title>${shapes.join('')}</svg>`
  );
}
