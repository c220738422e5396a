/**
 * RFC 4180 output: a field is quoted when it holds the delimiter, a quote, a line break or edge spaces, with
 * quotes doubled; records end in CRLF, which every spreadsheet reads. Field text is cleaned as every table export's
 * is (line breaks as LF, no control characters: shared/export/text.ts).
 */
import { cleanCellText } from '../export/text';

export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => formatRow(row, delimiter)).join('');
}

function formatRow(row: readonly string[], delimiter: string): string {
  const fields = row.map(cleanCellText);
  // A lone empty field is written "" so the record is not mistaken for a blank line.
  if (fields.length === 1 && fields[0] === '') return '""\r\n';
  return fields.map((field) => quoteField(field, delimiter)).join(delimiter) + '\r\n';
}

export function quoteField(field: string, delimiter = ','): string {
  const needsQuotes =
    field.includes(delimiter) || /["\r\n]/.test(field) || (field.length > 0 && field.trim() !== field);
  return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}
