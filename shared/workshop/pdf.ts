/**
 * The workshop deck as a PDF (pdf-lib), for whoever was not in the room or reads it on paper: one landscape 16:9
 * page per slide, drawn from the same deck data and the same words (slideText.ts) as the PowerPoint, so it says
 * what the pptx says and has passed the same privacy gate. Charts are drawn bars with their numbers as text.
 *
 * Text is set in DejaVu Sans, embedded (subset to the letters used) so accents, curly quotes and other scripts
 * print as typed and the text can be searched and copied. Lines wrap to their box and shrink to a floor; what
 * still does not fit ends in "…" rather than running off the page.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Deck, NotHeardSlide, PrioritiesSlide, Slide, ThemeSlide, TitleSlide } from './deck';
import type { DeckFonts } from './deckFonts';
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

/** Inches, as the PowerPoint lays out its 13.333 × 7.5 inch slide, so both files put things in the same places. */
const INCH = 72;
const WIDTH = 13.333;
const HEIGHT = 7.5;
const MARGIN = 0.6;
const LINE = 1.2;

const hex = (value: string): RGB =>
  rgb(parseInt(value.slice(0, 2), 16) / 255, parseInt(value.slice(2, 4), 16) / 255, parseInt(value.slice(4), 16) / 255);
const INK = hex('111827');
const MUTED = hex('374151');
const ACCENT = hex('1D4ED8');
const HIGHLIGHT = hex('B45309');
const TRACK = hex('E5E7EB');

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A box in inches from the slide's top-left corner. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface TextStyle {
  size: number;
  /** The smallest size the text may shrink to before it is cut. */
  min?: number;
  bold?: boolean;
  color?: RGB;
  align?: 'left' | 'right';
}

/** Tabs and other spacing become plain spaces; line breaks stay (each starts a new line). */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ');

/** Cuts `text` to `width` with a final "…" (never mid-surrogate). */
function cut(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length && font.widthOfTextAtSize(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Words laid into lines no wider than `width`; a word longer than a line is broken where it must be. */
export function wrapLines(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of clean(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      const tried = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(tried, size) <= width) {
        line = tried;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let take = chars.length - 1;
        while (take > 1 && font.widthOfTextAtSize(chars.slice(0, take).join(''), size) > width) take--;
        lines.push(chars.slice(0, take).join(''));
        line = chars.slice(take).join('');
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes `text` in `box`, wrapped, shrunk towards `style.min` to fit, and cut with "…" if it still does not. */
function write(page: PDFPage, fonts: Fonts, text: string, box: Box, style: TextStyle): void {
  const font = style.bold ? fonts.bold : fonts.regular;
  const width = box.w * INCH;
  const height = box.h * INCH;
  let size = style.size;
  let lines = wrapLines(font, text, size, width);
  while (lines.length * size * LINE > height && size > (style.min ?? style.size)) {
    size -= 1;
    lines = wrapLines(font, text, size, width);
  }
  const room = Math.max(1, Math.floor(height / (size * LINE)));
  if (lines.length > room) {
    lines = lines.slice(0, room);
    lines[room - 1] = cut(font, `${lines[room - 1]}…`, size, width);
  }
  lines.forEach((line, i) => {
    const lineWidth = font.widthOfTextAtSize(line, size);
    const x = box.x * INCH + (style.align === 'right' ? width - lineWidth : 0);
    // The first baseline sits one ascent below the box's top, as the PowerPoint's top-anchored text does.
    const y = (HEIGHT - box.y) * INCH - size * 0.95 - i * size * LINE;
    page.drawText(line, { x, y, size, font, color: style.color ?? INK });
  });
}

function rect(page: PDFPage, box: Box, color: RGB): void {
  page.drawRectangle({
    x: box.x * INCH,
    y: (HEIGHT - box.y - box.h) * INCH,
    width: box.w * INCH,
    height: box.h * INCH,
    color,
  });
}

/** Horizontal bars, one line each: label, bar, number; the highlighted row in another colour. */
function bars(
  page: PDFPage,
  fonts: Fonts,
  items: readonly BarRow[],
  area: { x: number; y: number; w: number; row: number; size: number },
): void {
  const max = Math.max(1, ...items.map((i) => i.value));
  const labelW = area.w * 0.5;
  const trackW = area.w - labelW - 1.3;
  const size = Math.min(area.size, area.row * INCH * 0.7);
  items.forEach((item, i) => {
    const y = area.y + i * area.row;
    const label = cut(fonts.regular, clean(item.label).replace(/\n/g, ' '), size, (labelW - 0.15) * INCH);
    write(page, fonts, label, { x: area.x, y, w: labelW - 0.1, h: area.row }, { size });
    const bar = { x: area.x + labelW, y: y + area.row * 0.1, h: area.row * 0.55 };
    rect(page, { ...bar, w: trackW }, TRACK);
    rect(page, { ...bar, w: Math.max(0.02, (item.value / max) * trackW) }, item.highlight ? HIGHLIGHT : ACCENT);
    write(
      page,
      fonts,
      item.caption,
      { x: area.x + labelW + trackW + 0.1, y, w: 1.2, h: area.row },
      { size, bold: item.highlight ?? false },
    );
  });
}

function drawTitle(page: PDFPage, fonts: Fonts, s: TitleSlide): void {
  rect(page, { x: 0, y: 0, w: WIDTH, h: 0.35 }, ACCENT);
  const w = WIDTH - 2 * MARGIN;
  write(page, fonts, s.subtitle, { x: MARGIN, y: 1.6, w, h: 0.6 }, { size: 24, min: 16, color: MUTED });
  write(page, fonts, s.title, { x: MARGIN, y: 2.3, w, h: 1.6 }, { size: 44, min: 24, bold: true });
  write(page, fonts, s.facts.join('\n'), { x: MARGIN, y: 4.3, w, h: 1.4 }, { size: 24, min: 14 });
}

function drawQuotes(page: PDFPage, fonts: Fonts, s: ThemeSlide, w: number, words: DeckWords): void {
  if (s.quotes.length === 0) {
    write(page, fonts, words.noQuote, { x: MARGIN, y: 2.8, w, h: 0.5 }, { size: 18, color: MUTED });
    return;
  }
  const each = 4.3 / s.quotes.length;
  s.quotes.forEach((q, i) => {
    const y = 2.75 + i * each;
    const attribution = 0.3;
    write(page, fonts, `“${q.text}”`, { x: MARGIN, y, w, h: each - 0.2 - attribution }, { size: 20, min: 10 });
    write(
      page,
      fonts,
      `— ${q.attribution}`,
      { x: MARGIN, y: y + each - 0.15 - attribution, w, h: attribution },
      {
        size: 14,
        min: 9,
        color: MUTED,
      },
    );
  });
}

function drawTheme(page: PDFPage, fonts: Fonts, s: ThemeSlide, deck: Deck, words: DeckWords): void {
  const w = WIDTH - 2 * MARGIN;
  write(page, fonts, words.kicker(s), { x: MARGIN, y: 0.3, w: 9, h: 0.4 }, { size: 16, min: 11, color: MUTED });
  write(page, fonts, s.title, { x: MARGIN, y: 0.7, w, h: 0.8 }, { size: 36, min: 20, bold: true });
  if (s.statement) write(page, fonts, s.statement, { x: MARGIN, y: 1.55, w, h: 1.0 }, { size: 22, min: 12 });
  const quoteW = 7.2;
  drawQuotes(page, fonts, s, quoteW, words);
  const right = MARGIN + quoteW + 0.4;
  const rightW = WIDTH - right - MARGIN;
  // Two charts between y 2.75 and 6.95 in the right column: rows shrink to fit, never past the footer.
  write(page, fonts, words.heardFrom, { x: right, y: 2.75, w: rightW, h: 0.4 }, { size: 16, bold: true });
  write(
    page,
    fonts,
    capitalised(s.breadth),
    { x: right, y: 3.12, w: rightW, h: 0.35 },
    {
      size: 13,
      min: 9,
      color: MUTED,
    },
  );
  const groups = groupRows(s, words);
  const groupRow = Math.min(0.32, 1.5 / Math.max(1, groups.length));
  bars(page, fonts, groups, { x: right, y: 3.5, w: rightW, row: groupRow, size: 12 });
  const chartY = 3.6 + Math.max(1, groups.length) * groupRow;
  write(page, fonts, words.prioritiesByVotes, { x: right, y: chartY, w: rightW, h: 0.4 }, { size: 16, bold: true });
  const top = topWith(deck.priorities, s.themeId, SIDE_PRIORITIES);
  bars(page, fonts, priorityRows(top, s.themeId), {
    x: right,
    y: chartY + 0.42,
    w: rightW,
    row: Math.min(0.32, (6.95 - chartY - 0.42) / Math.max(1, top.length)),
    size: 12,
  });
}

function drawNotHeard(page: PDFPage, fonts: Fonts, s: NotHeardSlide, words: DeckWords): void {
  const w = WIDTH - 2 * MARGIN;
  write(page, fonts, s.title, { x: MARGIN, y: 0.4, w, h: 0.9 }, { size: 36, min: 20, bold: true });
  notHeardColumns(s, words).forEach((column, i) => {
    const x = MARGIN + i * 4.1;
    write(page, fonts, column.heading, { x, y: 1.6, w: 3.9, h: 0.6 }, { size: 20, min: 14, bold: true });
    const lines = column.lines.length ? column.lines.map((l) => `• ${l}`).join('\n') : words.none;
    write(
      page,
      fonts,
      lines,
      { x, y: 2.3, w: 3.9, h: 4.2 },
      {
        size: 18,
        min: 10,
        color: column.lines.length ? INK : MUTED,
      },
    );
  });
  write(page, fonts, words.thinRule, { x: MARGIN, y: 6.7, w, h: 0.4 }, { size: 12, min: 9, color: MUTED });
}

function drawPriorities(page: PDFPage, fonts: Fonts, s: PrioritiesSlide, words: DeckWords): void {
  const w = WIDTH - 2 * MARGIN;
  write(page, fonts, s.title, { x: MARGIN, y: 0.4, w, h: 0.9 }, { size: 36, min: 20, bold: true });
  const shown = s.bars.slice(0, MAX_PRIORITY_ROWS);
  const row = Math.min(0.6, 5.2 / Math.max(1, shown.length));
  bars(page, fonts, priorityRows(shown, null), { x: MARGIN, y: 1.5, w, row, size: 16 });
  const more = s.bars.length - shown.length;
  if (more > 0)
    write(page, fonts, words.moreThemes(more), { x: MARGIN, y: 6.8, w: 6, h: 0.4 }, { size: 14, color: MUTED });
}

function drawSlide(page: PDFPage, fonts: Fonts, s: Slide, deck: Deck, words: DeckWords): void {
  if (s.kind === 'title') drawTitle(page, fonts, s);
  else if (s.kind === 'theme') drawTheme(page, fonts, s, deck, words);
  else if (s.kind === 'not-heard') drawNotHeard(page, fonts, s, words);
  else drawPriorities(page, fonts, s, words);
}

export async function writeDeckPdf(deck: Deck, fontFiles: DeckFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await pdf.embedFont(fontFiles.regular, { subset: true }),
    bold: await pdf.embedFont(fontFiles.bold, { subset: true }),
  };
  // The file's own dates are the export's, so the same deck exported twice gives the same document.
  const made = new Date(deck.generatedAt);
  const words = deckWords(deck);
  pdf.setTitle(`${deck.projectName}: council workshop`);
  pdf.setCreator('Fieldnotes');
  pdf.setProducer('Fieldnotes');
  pdf.setLanguage(deck.locale);
  pdf.setCreationDate(made);
  pdf.setModificationDate(made);
  deck.slides.forEach((s, i) => {
    const page = pdf.addPage([WIDTH * INCH, HEIGHT * INCH]);
    drawSlide(page, fonts, s, deck, words);
    if (s.kind !== 'title') {
      write(
        page,
        fonts,
        words.footer(i),
        { x: MARGIN, y: 7.05, w: WIDTH - 2 * MARGIN, h: 0.3 },
        {
          size: 11,
          min: 8,
          color: MUTED,
          align: 'right',
        },
      );
    }
  });
  return pdf.save();
}
