/**
 * The first rows of the file as they will be read, column by column, so a wrong mapping shows before importing.
 * The three flag columns share one "Flags" column (the flags a row sets, or a cell that is not yes or no), so the
 * preview stays readable in a narrow window.
 */
import { COLUMN_WORDS, FLAG_FIELDS, IMPORT_FIELDS, readFlag, type ColumnMapping } from '../../shared/import';
import type { Translator } from '../../shared/i18n/translate';
import { useT } from '../ui/i18n';
import type { ImportTable } from './importTable';

const PREVIEW_ROWS = 5;

function flagsOf(row: readonly string[], mapping: ColumnMapping, { t }: Translator): string {
  return FLAG_FIELDS.flatMap((field) => {
    const column = mapping[field];
    if (column === null) return [];
    const cell = (row[column] ?? '').trim();
    const value = readFlag(cell);
    if (value === false) return [];
    const flag = t(COLUMN_WORDS[field].heading);
    return [value ? flag : t('importNotes.preview.flagCell', { flag, cell })];
  }).join(', ');
}

export function PreviewTable({ table, mapping }: { table: ImportTable; mapping: ColumnMapping }) {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== null && !FLAG_FIELDS.includes(f as never));
  const withFlags = FLAG_FIELDS.some((f) => mapping[f] !== null);
  const translator = useT();
  const { t } = translator;
  if (fields.length === 0 && !withFlags) return null;
  return (
    <div className="table-scroll" role="region" aria-label={t('importNotes.preview.region')} tabIndex={0}>
      <table className="data-table preview-table">
        <caption>
          {t('importNotes.preview.caption', {
            shown: Math.min(PREVIEW_ROWS, table.rows.length),
            count: table.rows.length,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {table.lineWord === 'line' ? t('importNotes.preview.line') : t('importNotes.preview.row')}
            </th>
            {fields.map((f) => (
              <th scope="col" key={f}>
                {t(COLUMN_WORDS[f].heading)}
              </th>
            ))}
            {withFlags && <th scope="col">{t('importNotes.preview.flags')}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
            <tr key={i}>
              <td>{table.lines[i]}</td>
              {fields.map((f) => (
                <td key={f}>{row[mapping[f]!] ?? ''}</td>
              ))}
              {withFlags && <td>{flagsOf(row, mapping, translator)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
