/**
 * Text hygiene shared by the serialisers.
 *
 * - XML 1.0 cannot carry most control characters or lone surrogates; one pasted from a PDF would make the xlsx,
 *   docx or REFI file unreadable, so they are removed (tabs and line breaks stay).
 * - A table cell (CSV, xlsx) carries text and line breaks, nothing else: `cleanCellText` writes every line break as
 *   LF (what spreadsheets use inside a cell; a CSV still ends its records with CRLF) and removes every other control
 *   character (C0 but tab and LF, DEL, C1), which no one typed on purpose and which terminals and some readers act
 *   on. Letters, marks, other scripts and emoji are never changed.
 * - Spreadsheet clients run a cell that starts with = + - @ (or a tab or carriage return, which some strip before
 *   parsing) as a formula. Where a format has no "this is text" type (CSV), such a cell gets a leading apostrophe,
 *   as OWASP advises; it is visible, but it is the only guard every client honours. The xlsx writer needs no prefix:
 *   it stores every text as a shared string, which no client evaluates.
 */

const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

const CELL_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function cleanCellText(text: string): string {
  return xmlSafe(text.replace(/\r\n?/g, '\n')).replace(CELL_CONTROLS, '');
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Excel refuses a cell longer than this; a longer note is cut with a pointer to the full text. */
export const XLSX_CELL_LIMIT = 32_767;
const CUT_MARK = ' … [cut: the full text is in the JSON export]';

export function fitCell(text: string): string {
  if (text.length <= XLSX_CELL_LIMIT) return text;
  return text.slice(0, XLSX_CELL_LIMIT - CUT_MARK.length) + CUT_MARK;
}

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
