/** The column-mapping step: one labelled choice per part of a note, listing the file's columns by header. */
import { COLUMN_WORDS, IMPORT_FIELDS, type ColumnMapping } from '../../shared/import';
import { useT } from '../ui/i18n';

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
  const { t } = useT();
  return (
    <fieldset className="form-grid column-fields">
      <legend>{t('importNotes.columns')}</legend>
      {IMPORT_FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`import-column-${field}`}>{t(COLUMN_WORDS[field].label)}</label>
          <select
            id={`import-column-${field}`}
            value={mapping[field] === null ? '' : String(mapping[field])}
            disabled={disabled}
            onChange={(e) => onChange({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{field === 'text' ? t('importNotes.chooseColumn') : t('importNotes.notInFile')}</option>
            {header.map((name, index) => (
              <option key={index} value={index}>
                {name || t('importNotes.columnNumber', { number: index + 1 })}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
