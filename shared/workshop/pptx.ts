/**
 * The workshop deck as a PowerPoint file (pptxgenjs), for a projector laptop without Fieldnotes or for the council
 * clerk's records. Drawn for a room: large type, dark text on white, one idea per slide, presenter notes on every
 * slide. Charts are plain shapes with their numbers written beside them, so they read the same in PowerPoint,
 * LibreOffice Impress and a PDF made from either, and the numbers are text a screen reader or search can find.
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck, NotHeardSlide, PrioritiesSlide, Slide, ThemeSlide, TitleSlide } from './deck';
import {
  MAX_PRIORITY_ROWS,
  SIDE_PRIORITIES,
  capitalised,
  deckWords,
  groupRows,
  notHeardColumns,
  priorityRows,
  topWith,
  type BarRow,
  type DeckWords,
} from './slideText';

type PptxSlide = ReturnType<PptxGenJS['addSlide']>;

const FONT = 'Arial';
const INK = '111827';
const MUTED = '374151';
const ACCENT = '1D4ED8';
const HIGHLIGHT = 'B45309';
const TRACK = 'E5E7EB';
const WIDTH = 13.333;
const MARGIN = 0.6;

const text = (slide: PptxSlide, value: string, box: PptxGenJS.TextPropsOptions) =>
  slide.addText(value, { fontFace: FONT, color: INK, valign: 'top', margin: 0, fit: 'shrink', ...box });

/** Horizontal bars, one line each: label, bar, number. `highlight` draws one bar in another colour. */
function bars(
  slide: PptxSlide,
  items: readonly BarRow[],
  area: { x: number; y: number; w: number; row: number; fontSize: number },
) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const labelW = area.w * 0.5;
  const trackW = area.w - labelW - 1.3;
  // One size for every label (shrink-to-fit would size each box apart); a long name is cut to the room it has.
  const room = Math.floor(((labelW - 0.15) * 72) / (area.fontSize * 0.52));
  items.forEach((item, i) => {
    const y = area.y + i * area.row;
    const label = item.label.length > room ? `${item.label.slice(0, room - 1).trimEnd()}…` : item.label;
    text(slide, label, { x: area.x, y, w: labelW - 0.15, h: area.row * 0.8, fontSize: area.fontSize, fit: 'none' });
    slide.addShape('rect', {
      x: area.x + labelW,
      y: y + area.row * 0.1,
      w: trackW,
      h: area.row * 0.55,
      fill: { color: TRACK },
      line: { color: TRACK },
    });
    const w = Math.max(0.02, (item.value / max) * trackW);
    const color = item.highlight ? HIGHLIGHT : ACCENT;
    slide.addShape('rect', {
      x: area.x + labelW,
      y: y + area.row * 0.1,
      w,
      h: area.row * 0.55,
      fill: { color },
      line: { color },
    });
    text(slide, item.caption, {
      x: area.x + labelW + trackW + 0.1,
      y,
      w: 1.2,
      h: area.row * 0.8,
      fontSize: area.fontSize,
      bold: item.highlight ?? false,
    });
  });
}

function drawTitle(slide: PptxSlide, s: TitleSlide) {
  slide.addShape('rect', { x: 0, y: 0, w: WIDTH, h: 0.35, fill: { color: ACCENT }, line: { color: ACCENT } });
  text(slide, s.subtitle, { x: MARGIN, y: 1.6, w: WIDTH - 2 * MARGIN, h: 0.6, fontSize: 24, color: MUTED });
  text(slide, s.title, { x: MARGIN, y: 2.3, w: WIDTH - 2 * MARGIN, h: 1.6, fontSize: 44, bold: true });
  text(slide, s.facts.join('\n'), { x: MARGIN, y: 4.3, w: WIDTH - 2 * MARGIN, h: 1.4, fontSize: 24 });
}

function drawTheme(slide: PptxSlide, s: ThemeSlide, deck: Deck, words: DeckWords) {
  text(slide, words.kicker(s), {
    x: MARGIN,
    y: 0.3,
    w: 9,
    h: 0.4,
    fontSize: 16,
    color: MUTED,
  });
  text(slide, s.title, { x: MARGIN, y: 0.7, w: WIDTH - 2 * MARGIN, h: 0.8, fontSize: 36, bold: true });
  if (s.statement) text(slide, s.statement, { x: MARGIN, y: 1.55, w: WIDTH - 2 * MARGIN, h: 1.0, fontSize: 22 });
  const quoteW = 7.2;
  if (s.quotes.length === 0) {
    text(slide, words.noQuote, {
      x: MARGIN,
      y: 2.8,
      w: quoteW,
      h: 0.5,
      fontSize: 18,
      color: MUTED,
    });
  }
  const quoteH = 4.3 / Math.max(1, s.quotes.length);
  s.quotes.forEach((q, i) => {
    slide.addText(
      [
        { text: `“${q.text}”`, options: { italic: true, fontSize: 20, breakLine: true } },
        { text: `— ${q.attribution}`, options: { fontSize: 14, color: MUTED } },
      ],
      {
        x: MARGIN,
        y: 2.75 + i * quoteH,
        w: quoteW,
        h: quoteH - 0.15,
        fontFace: FONT,
        color: INK,
        valign: 'top',
        margin: 0,
        fit: 'shrink',
      },
    );
  });
  const right = MARGIN + quoteW + 0.4;
  const rightW = WIDTH - right - MARGIN;
  // The right column holds two charts between y 2.75 and 6.95: rows shrink to fit, never past the footer.
  const breadth = capitalised(s.breadth);
  text(slide, words.heardFrom, { x: right, y: 2.75, w: rightW, h: 0.4, fontSize: 16, bold: true });
  text(slide, breadth, { x: right, y: 3.12, w: rightW, h: 0.35, fontSize: 13, color: MUTED });
  const groups = groupRows(s, words);
  const groupRow = Math.min(0.32, 1.5 / Math.max(1, groups.length));
  bars(slide, groups, { x: right, y: 3.5, w: rightW, row: groupRow, fontSize: 12 });
  const chartY = 3.6 + Math.max(1, groups.length) * groupRow;
  text(slide, words.prioritiesByVotes, { x: right, y: chartY, w: rightW, h: 0.4, fontSize: 16, bold: true });
  const top = topWith(deck.priorities, s.themeId, SIDE_PRIORITIES);
  bars(slide, priorityRows(top, s.themeId), {
    x: right,
    y: chartY + 0.42,
    w: rightW,
    row: Math.min(0.32, (6.95 - chartY - 0.42) / Math.max(1, top.length)),
    fontSize: 12,
  });
}

function drawNotHeard(slide: PptxSlide, s: NotHeardSlide, words: DeckWords) {
  text(slide, s.title, { x: MARGIN, y: 0.4, w: WIDTH - 2 * MARGIN, h: 0.9, fontSize: 36, bold: true });
  const column = (x: number, heading: string, lines: string[]) => {
    text(slide, heading, { x, y: 1.6, w: 3.9, h: 0.6, fontSize: 20, bold: true });
    text(slide, lines.length ? lines.map((l) => `• ${l}`).join('\n') : words.none, {
      x,
      y: 2.3,
      w: 3.9,
      h: 4.2,
      fontSize: 18,
      color: lines.length ? INK : MUTED,
    });
  };
  notHeardColumns(s, words).forEach((c, i) => column(MARGIN + i * 4.1, c.heading, c.lines));
  text(slide, words.thinRule, { x: MARGIN, y: 6.7, w: WIDTH - 2 * MARGIN, h: 0.4, fontSize: 12, color: MUTED });
}

function drawPriorities(slide: PptxSlide, s: PrioritiesSlide, words: DeckWords) {
  text(slide, s.title, { x: MARGIN, y: 0.4, w: WIDTH - 2 * MARGIN, h: 0.9, fontSize: 36, bold: true });
  const shown = s.bars.slice(0, MAX_PRIORITY_ROWS);
  const row = Math.min(0.6, 5.2 / Math.max(1, shown.length));
  bars(slide, priorityRows(shown, null), { x: MARGIN, y: 1.5, w: WIDTH - 2 * MARGIN, row, fontSize: 16 });
  if (s.bars.length > shown.length) {
    const more = s.bars.length - shown.length;
    text(slide, words.moreThemes(more), {
      x: MARGIN,
      y: 6.8,
      w: 6,
      h: 0.4,
      fontSize: 14,
      color: MUTED,
    });
  }
}

function drawSlide(slide: PptxSlide, s: Slide, deck: Deck, words: DeckWords) {
  if (s.kind === 'title') drawTitle(slide, s);
  else if (s.kind === 'theme') drawTheme(slide, s, deck, words);
  else if (s.kind === 'not-heard') drawNotHeard(slide, s, words);
  else drawPriorities(slide, s, words);
}

export async function writeDeckPptx(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${deck.projectName}: council workshop`;
  pptx.company = 'Fieldnotes';
  const words = deckWords(deck);
  deck.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    drawSlide(slide, s, deck, words);
    if (s.kind !== 'title') {
      text(slide, words.footer(i), {
        x: MARGIN,
        y: 7.05,
        w: WIDTH - 2 * MARGIN,
        h: 0.3,
        fontSize: 11,
        color: MUTED,
        align: 'right',
      });
    }
    slide.addNotes(s.notes.join('\n'));
  });
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
