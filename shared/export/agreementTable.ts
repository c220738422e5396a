/**
 * The workbook's Agreement sheet: per session whose coders are all done, one "All themes" row (kappa and alpha
 * on each note's master theme) and one row per theme (in it or not). Measures are rounded to three decimals;
 * an undefined one (no variation to compare) is an empty cell. Only present when some session has agreement.
 */
import type { FindingsDocument } from '../findings/documentSchema';
import { translator, type Translator } from '../i18n/translate';
import type { DocumentLookups } from './lookups';
import type { Cell, Table } from './tableTypes';

const measure = (value: number | null): Cell => (value === null ? '' : Math.round(value * 1000) / 1000);

export function agreementTables(doc: FindingsDocument, look: DocumentLookups, tr: Translator = translator()): Table[] {
  if (!doc.agreement?.length) return [];
  const rows: Cell[][] = [];
  for (const entry of doc.agreement) {
    const session = look.sessionTitle(entry.sessionId);
    const coders = [session, entry.firstCoder, entry.secondCoder];
    rows.push([
      ...coders,
      tr.t('workbook.allThemes'),
      '',
      '',
      entry.codedByBoth,
      measure(entry.observed),
      measure(entry.kappa),
      measure(entry.alpha),
      entry.disagreements,
    ]);
    for (const theme of entry.themes) {
      rows.push([
        ...coders,
        theme.name,
        theme.first,
        theme.second,
        theme.both,
        '',
        measure(theme.kappa),
        measure(theme.alpha),
        '',
      ]);
    }
  }
  return [
    {
      name: tr.t('workbook.sheet.agreement'),
      columns: [
        { header: tr.t('workbook.col.session') },
        { header: tr.t('workbook.col.coderA') },
        { header: tr.t('workbook.col.coderB') },
        { header: tr.t('workbook.col.theme') },
        { header: tr.t('workbook.col.notesByA') },
        { header: tr.t('workbook.col.notesByB') },
        { header: tr.t('workbook.col.notesByBoth') },
        { header: tr.t('workbook.col.sameTheme') },
        { header: tr.t('workbook.col.kappa') },
        { header: tr.t('workbook.col.alpha') },
        { header: tr.t('workbook.col.disagreements') },
      ],
      rows,
    },
  ];
}
