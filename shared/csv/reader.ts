/**
 * The strict RFC 4180 reader, fed text a piece at a time (parse.ts's `parseCsvText` feeds it all at once): a file of
 * any size is read in bounded memory, and each record is handed over as soon as it is complete. The rules are
 * parse.ts's: quoted fields with doubled quotes, delimiters and line breaks inside; CRLF, LF or CR line ends; blank
 * lines skipped; a stray quote inside an unquoted field kept as text; every record as wide as the header; line
 * numbers are the physical lines where a record starts. A piece may end anywhere, even inside a CRLF pair or
 * between the two quotes of a doubled quote.
 *
 * Binary files are refused: a NUL at once, other control characters when there are many of them (a few, such as
 * Excel's vertical tab for a line break in a cell, are fine).
 */
import { describeProblem } from './problemText';
import type { CsvDelimiter, CsvProblem, CsvReason } from './types';

export interface CsvRecord {
  fields: string[];
  /** The physical line the record starts on. */
  line: number;
}

export class CsvProblemError extends Error {
  constructor(readonly problem: CsvProblem) {
    // In English for logs; what a person reads is `describeProblem(error.problem, tr)` in their language.
    super(describeProblem(problem));
    this.name = 'CsvProblemError';
  }
}

export interface CsvReader {
  /** Reads a piece of text; returns the records it completed (the header is the first record of the file). */
  push(text: string): CsvRecord[];
  /** The end of the text: returns the last record, if any. */
  end(): CsvRecord[];
  /** The delimiter, once the first line has been seen. */
  readonly delimiter: CsvDelimiter | null;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const DELIMITER_CODES: Record<CsvDelimiter, number> = { ',': 44, ';': 59, '\t': 9 };

const MAX_HEADER_CHARS = 1 << 20;

type Mode = 'record' | 'field' | 'unquoted' | 'quoted' | 'quote' | 'afterCr';

/** Counts physical lines and control characters over the raw text, to refuse binary files with a line number. */
function controlScanner() {
  let line = 1;
  let lastWasCr = false;
  let first: { line: number; code: number } | null = null;
  let count = 0;
  let length = 0;
  let printable = false;
  const problemOf = (found: { line: number; code: number }): CsvProblem => ({
    line: found.line,
    reason: { kind: 'control', code: found.code },
  });
  return {
    scan(text: string): void {
      length += text.length;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === LF) {
          if (!lastWasCr) line++;
        } else if (code === CR) line++;
        else if (code < 32 && code !== 9 && code !== 11 && code !== 12) {
          if (code === 0) throw new CsvProblemError(problemOf({ line, code }));
          printable = true;
          first ??= { line, code };
          count++;
        } else if (!printable && code > 32 && !/\s/.test(text[i]!)) printable = true;
        lastWasCr = code === CR;
      }
    },
    /** The control-character problem, when there are too many of them for a text file. */
    problem(): CsvProblem | null {
      return first && count > Math.max(8, length / 100) ? problemOf(first) : null;
    },
    get empty() {
      return !printable;
    },
  };
}

/** The delimiter that occurs most often outside quotes in the first record; a comma when none does. */
export function delimiterOf(text: string): { delimiter: CsvDelimiter; complete: boolean } {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let complete = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      complete = true;
      break;
    } else if (!quoted && ch in counts) counts[ch as CsvDelimiter]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return { delimiter: best, complete };
}

// One state machine over every character; splitting it would only pass its dozen variables around.
export function createCsvReader(options: { delimiter?: CsvDelimiter } = {}): CsvReader {
  const controls = controlScanner();
  let delimiter: CsvDelimiter | null = options.delimiter ?? null;
  let sep = delimiter ? DELIMITER_CODES[delimiter] : -1;
  /** Text held back until the first line is complete, to choose the delimiter. */
  let held = '';
  let mode: Mode = 'record';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let lastWasCr = false;
  let fields: string[] = [];
  let field = '';
  let width = -1;
  let sawRecord = false;
  let out: CsvRecord[] = [];

  const fail = (lineNo: number | null, reason: CsvReason): never => {
    // A binary file fails to parse too; "this is not a text file" is the better message.
    throw new CsvProblemError(controls.problem() ?? { line: lineNo, reason });
  };
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    if (width < 0) width = fields.length;
    else if (fields.length !== width) fail(recordLine, { kind: 'width', expected: width, found: fields.length });
    out.push({ fields, line: recordLine });
    sawRecord = true;
    fields = [];
  };

  function parse(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (mode) {
        case 'afterCr':
          // A record or blank line ended in CR: an LF right after it belongs to the same line end.
          if (text.charCodeAt(i) === LF) i++;
          mode = 'record';
          break;
        case 'record': {
          const code = text.charCodeAt(i);
          if (code === LF || code === CR) {
            // A blank line: skipped, but counted.
            line++;
            i++;
            mode = code === CR ? 'afterCr' : 'record';
            break;
          }
          recordLine = line;
          mode = 'field';
          break;
        }
        case 'field':
          if (text.charCodeAt(i) === QUOTE) {
            quoteLine = line;
            lastWasCr = false;
            i++;
            mode = 'quoted';
          } else mode = 'unquoted';
          break;
        case 'unquoted': {
          const from = i;
          let code = -1;
          while (i < n) {
            code = text.charCodeAt(i);
            if (code === sep || code === LF || code === CR) break;
            i++;
          }
          field += text.slice(from, i);
          if (i === n) break;
          i++;
          endField();
          if (code === sep) mode = 'field';
          else {
            endRecord();
            line++;
            mode = code === CR ? 'afterCr' : 'record';
          }
          break;
        }
        case 'quoted': {
          const from = i;
          while (i < n) {
            const code = text.charCodeAt(i);
            if (code === QUOTE) break;
            // A line break inside a field: CRLF counts once, a lone CR or LF once each.
            if (code === CR || (code === LF && !lastWasCr)) line++;
            lastWasCr = code === CR;
            i++;
          }
          field += text.slice(from, i);
          if (i < n) {
            i++;
            mode = 'quote';
          }
          break;
        }
        case 'quote': {
          // The character after a quote inside a quoted field: another quote (a doubled one), or the field's end.
          const code = text.charCodeAt(i);
          if (code === QUOTE) {
            field += '"';
            lastWasCr = false;
            i++;
            mode = 'quoted';
          } else if (code === sep) {
            endField();
            i++;
            mode = 'field';
          } else if (code === LF || code === CR) {
            endField();
            endRecord();
            line++;
            i++;
            mode = code === CR ? 'afterCr' : 'record';
          } else fail(line, { kind: 'after-quote', char: text[i]! });
          break;
        }
      }
    }
  }

  const take = (): CsvRecord[] => {
    const done = out;
    out = [];
    return done;
  };

  return {
    get delimiter() {
      return delimiter;
    },
    push(text) {
      controls.scan(text);
      if (!delimiter) {
        held += text;
        const found = delimiterOf(held);
        // A first line longer than this is no header: decide with what there is.
        if (!found.complete && held.length < MAX_HEADER_CHARS) return [];
        delimiter = found.delimiter;
        sep = DELIMITER_CODES[delimiter];
        text = held;
        held = '';
      }
      parse(text);
      return take();
    },
    end() {
      if (!delimiter) {
        delimiter = delimiterOf(held).delimiter;
        sep = DELIMITER_CODES[delimiter];
        parse(held);
        held = '';
      }
      if (mode === 'quoted') fail(quoteLine, { kind: 'unterminated' });
      if (mode === 'unquoted' || mode === 'quote' || mode === 'field') {
        endField();
        endRecord();
      }
      mode = 'record';
      const problem = controls.problem();
      if (problem) throw new CsvProblemError(problem);
      if (controls.empty || !sawRecord) throw new CsvProblemError({ line: null, reason: { kind: 'empty' } });
      return take();
    },
  };
}
