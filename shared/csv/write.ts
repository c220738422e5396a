/**
 * RFC 4180 output: a field is quoted when it holds the delimiter, a quote, a line break or edge spaces, with
 * quotes doubled; records end in CRLF, which every spreadsheet reads.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => formatRow(row, delimiter)).join('');
}

function formatRow(row: readonly string[], delimiter: string): string {
  // A lone empty field is written "" so the record is not mistaken for a blank line.
  if (row.length === 1 && row[0] === '') return '""\r\n';
  return row.map((field) => quoteField(field, delimiter)).join(delimiter) + '\r\n';
}

export function quoteField(field: string, delimiter = ','): string {
  const needsQuotes =
    field.includes(delimiter) || /["\r\n]/.test(field) || (field.length > 0 && field.trim() !== field);
  return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}
