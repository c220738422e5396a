/**
 * The NHS Friends-and-Family-Test comments with human themes (../shared/data/text/, see its README):
 * 10,334 comments, `theme` (9 major categories) and `subtheme` (44). The file opens with a "# source" line,
 * which is skipped before the CSV is read with the app's own reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, describeProblem, findColumn, parseCsvText } from '../../shared/csv';

/** The reference data folder: `../shared/data` beside the repo, or wherever FIELDNOTES_REFERENCE_DATA points. */
export const REFERENCE_DATA =
  process.env.FIELDNOTES_REFERENCE_DATA ?? fileURLToPath(new URL('../../../shared/data', import.meta.url));

export const NHS_PATH = path.join(REFERENCE_DATA, 'text/nhs_fft_phase1_normalized.csv');

export interface LabelledComments {
  texts: string[];
  theme: string[];
  subtheme: string[];
  /** Which NHS trust the comment came from ("Trust A"…), and which of its questions it answered. */
  group: string[];
  question: string[];
}

export function loadNhs(path = NHS_PATH): LabelledComments {
  const { text } = decodeText(new Uint8Array(readFileSync(path)));
  const body = text.replace(/^(#[^\n]*\n)+/, '');
  const parsed = parseCsvText(body);
  if (!parsed.ok) throw new Error(`${path}: ${describeProblem(parsed.problem)}`);
  const { header, records } = parsed.table;
  const column = (name: string) => {
    const index = findColumn(header, name);
    if (index < 0) throw new Error(`${path}: no "${name}" column`);
    return records.map((record) => record[index]!);
  };
  return {
    texts: column('text'),
    theme: column('theme'),
    subtheme: column('subtheme'),
    group: column('group'),
    question: column('question'),
  };
}
