/**
 * The first rows of the file as they will be read, column by column, so a wrong mapping shows before importing.
 * The three flag columns share one "Flags" column (the flags a row sets, or a cell that is not yes or no), so the
 * preview stays readable in a narrow window.
 */
import { COLUMNS, FLAG_FIELDS, IMPORT_FIELDS, readFlag, type ColumnMapping } from '../../shared/import';
import { plural } from '../../shared/i18n/plural';
import type { ImportTable } from './importTable';

const PREVIEW_ROWS = 5;

function flagsOf(row: readonly string[], mapping: ColumnMapping): string {
  return FLAG_FIELDS.flatMap((field) => {
    const column = mapping[field];
    if (column === null) return [];
    const cell = (row[column] ?? '').trim();
    const value = readFlag(cell);
    if (value === false) return [];
    return [value ? COLUMNS[field].heading : `${COLUMNS[field].heading}: “${cell}”`];
  }).join(', ');
}

export function PreviewTable({ table, mapping }: { table: ImportTable; mapping: ColumnMapping }) {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== null && !FLAG_FIELDS.includes(f as never));
  const withFlags = FLAG_FIELDS.some((f) => mapping[f] !== null);
  if (fields.length === 0 && !withFlags) return null;
  return (
    <div className="table-scroll" role="region" aria-label="Preview of the file" tabIndex={0}>
      <table className="data-table preview-table">
        <caption>
          Preview: the first {Math.min(PREVIEW_ROWS, table.rows.length)} of{' '}
          {plural(table.rows.length, { one: '# row', other: '# rows' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.lineWord === 'line' ? 'Line' : 'Row'}</th>
            {fields.map((f) => (
              <th scope="col" key={f}>
                {COLUMNS[f].heading}
              </th>
            ))}
            {withFlags && <th scope="col">Flags</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
            <tr key={i}>
              <td>{table.lines[i]}</td>
              {fields.map((f) => (
                <td key={f}>{row[mapping[f]!] ?? ''}</td>
              ))}
              {withFlags && <td>{flagsOf(row, mapping)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
