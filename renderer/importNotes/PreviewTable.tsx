/** The first rows of the file as they will be read, column by column, so a wrong mapping shows before importing. */
import { COLUMNS, IMPORT_FIELDS, type ColumnMapping } from '../../shared/import';
import type { ImportTable } from './importTable';

const PREVIEW_ROWS = 5;

export function PreviewTable({ table, mapping }: { table: ImportTable; mapping: ColumnMapping }) {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== null);
  if (fields.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-label="Preview of the file" tabIndex={0}>
      <table className="data-table preview-table">
        <caption>
          Preview: the first {Math.min(PREVIEW_ROWS, table.rows.length)} of {table.rows.length} rows
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.lineWord === 'line' ? 'Line' : 'Row'}</th>
            {fields.map((f) => (
              <th scope="col" key={f}>
                {COLUMNS[f].heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
            <tr key={i}>
              <td>{table.lines[i]}</td>
              {fields.map((f) => (
                <td key={f}>{row[mapping[f]!] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
