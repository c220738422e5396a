/**
 * The NHS Friends-and-Family-Test comments with human themes (../shared/data/text/, see its README):
 * 10,334 comments, `theme` (9 major categories) and `subtheme` (44). The file opens with a "# source" line,
 * which is skipped before the CSV is read with the app's own reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText, describeProblem, findColumn, parseCsvText } from '../../shared/csv';

export const NHS_PATH = fileURLToPath(
  new URL('../../../shared/data/text/nhs_fft_phase1_normalized.csv', import.meta.url),
);

export interface LabelledComments {
  texts: string[];
  theme: string[];
  subtheme: string[];
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
  return { texts: column('text'), theme: column('theme'), subtheme: column('subtheme') };
}
