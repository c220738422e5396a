/** The column-mapping step: one labelled choice per part of a note, listing the file's columns by header. */
import { COLUMNS, IMPORT_FIELDS, type ColumnMapping } from '../../shared/import';

export function ColumnFields({
  header,
  mapping,
  onChange,
  disabled,
}: {
  header: string[];
  mapping: ColumnMapping;
  onChange(next: ColumnMapping): void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="form-grid column-fields">
      <legend>Columns</legend>
      {IMPORT_FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`import-column-${field}`}>{COLUMNS[field].label}</label>
          <select
            id={`import-column-${field}`}
            value={mapping[field] === null ? '' : String(mapping[field])}
            disabled={disabled}
            onChange={(e) => onChange({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{field === 'text' ? 'Choose a column…' : 'Not in this file'}</option>
            {header.map((name, index) => (
              <option key={index} value={index}>
                {name || `Column ${index + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
