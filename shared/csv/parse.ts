/**
 * A strict RFC 4180 reader. Lenient readers guess at broken files and hand back shifted columns; a facilitator
 * importing notes is better served by "line 17: unterminated quoted field". Accepted: quoted fields with
 * doubled quotes, delimiters and line breaks inside; CRLF, LF or CR line ends; blank lines (skipped); a stray
 * quote inside an unquoted field (kept as text, as spreadsheets do). Every record must have as many fields as
 * the header. Line numbers are physical lines, 1-based, where the offending record starts.
 */

export const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

export interface CsvTable {
  header: string[];
  records: string[][];
  /** The line each record starts on, for messages about a particular row. */
  lines: number[];
  delimiter: CsvDelimiter;
}

export interface CsvProblem {
  /** 1-based line, or null when the problem is the file as a whole. */
  line: number | null;
  message: string;
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; problem: CsvProblem };

export function describeProblem({ line, message }: CsvProblem): string {
  return line === null ? message : `line ${line}: ${message}`;
}

export function parseCsvText(text: string, delimiter?: CsvDelimiter): CsvParse {
  if (text.trim() === '') return fail(null, 'the file is empty');
  const control = firstControlCharacter(text);
  if (control) {
    const hex = control.code.toString(16).toUpperCase().padStart(4, '0');
    return fail(control.line, `unexpected control character U+${hex}; this does not look like a text CSV file`);
  }
  const sep = delimiter ?? detectDelimiter(text);
  const scanned = scan(text, sep);
  if (!scanned.ok) return scanned;
  const [header, ...records] = scanned.records;
  const [, ...lines] = scanned.lines;
  if (!header) return fail(null, 'the file is empty');
  for (let i = 0; i < records.length; i++) {
    if (records[i]!.length !== header.length) {
      return fail(lines[i]!, `expected ${header.length} fields, found ${records[i]!.length}`);
    }
  }
  return { ok: true, table: { header, records, lines, delimiter: sep } };
}

function fail(line: number | null, message: string): CsvParse {
  return { ok: false, problem: { line, message } };
}

/** The delimiter that occurs most often outside quotes in the first record; a comma when none does. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Binary files (images, spreadsheets saved as .xlsx, zips) are refused up front: they contain NUL bytes, or
 * many other control codes. A few stray ones in real text (Excel's vertical tab for a line break in a cell)
 * are fine.
 */
function firstControlCharacter(text: string): { line: number; code: number } | null {
  let line = 1;
  let first: { line: number; code: number } | null = null;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    else if (code < 32 && code !== 9 && code !== 11 && code !== 12 && code !== 13) {
      if (code === 0) return { line, code };
      first ??= { line, code };
      count++;
    }
  }
  return count > Math.max(8, text.length / 100) ? first : null;
}

type Scan = { ok: true; records: string[][]; lines: number[] } | { ok: false; problem: CsvProblem };

function scan(text: string, sep: string): Scan {
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === '\n' || text[i] === '\r') {
      // A blank line: skipped, but still counted.
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= n) return { ok: false, problem: { line: opened, message: 'unterminated quoted field' } };
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          field += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== sep && next !== '\n' && next !== '\r') {
          return { ok: false, problem: { line, message: `unexpected "${next}" after a closing quote` } };
        }
      } else {
        const from = i;
        while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
        field = text.slice(from, i);
      }
      fields.push(field);
      if (text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    // End of record: a line break or the end of the text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    records.push(fields);
    lines.push(start);
  }
  return { ok: true, records, lines };
}
