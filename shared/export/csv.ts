/**
 * Notes as CSV: UTF-8 with a byte-order mark (so Excel opens it as UTF-8), CRLF line ends and RFC 4180 quoting.
 * Cell text is cleaned first (text.ts): line breaks as LF, no control characters.
 * A text cell that a spreadsheet would run as a formula (starts with = + - @, tab or CR) gets a leading
 * apostrophe (see text.ts): a visible change, chosen over silently executing a participant's words.
 */
import type { FindingsDocument } from '../findings/documentSchema';
import { translator, type Translator } from '../i18n/translate';
import { notesTable, type Cell } from './tables';
import { cleanCellText, neutraliseFormula } from './text';

export const CSV_BOM = '\uFEFF';

function field(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(cleanCellText(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The headers and the words in cells ("yes") are in the language of `tr`; the notes as they were written. */
export function writeNotesCsv(doc: FindingsDocument, tr: Translator = translator()): string {
  const table = notesTable(doc, tr);
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((row) => row.map(field))];
  return CSV_BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}
