/** The preview step of "Import bundle…": what the bundle would add, change or remove, before anything is written. */
import { Button } from 'react-aria-components';
import { plural } from '../../shared/i18n/plural';
import { DialogFooter } from '../ui/ConfirmDialog';
import type { ImportPreview } from '../data/sync';

const CHANGE_WORDS = { new: 'new', updated: 'changed', removed: 'removed' } as const;

export function ImportPreviewView({
  fileName,
  preview,
  confirmRemovals,
  onConfirmRemovals,
  busy,
  onCancel,
  onApply,
}: {
  fileName: string;
  preview: ImportPreview;
  confirmRemovals: boolean;
  onConfirmRemovals(value: boolean): void;
  busy: boolean;
  onCancel(): void;
  onApply(): void;
}) {
  const from = preview.manifest.createdBy.deviceName;
  const removals = preview.massDeletions.reduce((sum, count) => sum + count.deleting, 0);
  return (
    <section aria-label="What this bundle holds" className="import-preview">
      <p className="muted">
        “{fileName}”{from ? `, from ${from}` : ''}
        {preview.encrypted ? ', protected by a passphrase' : ''}.
      </p>
      <ul className="import-summary">
        {preview.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!preview.unchanged && preview.sessions.length > 0 && (
        <>
          <h3 id="import-sessions-heading">Sessions</h3>
          <ul className="plain-list" aria-labelledby="import-sessions-heading">
            {preview.sessions.map((session) => (
              <li key={session.id}>
                {session.title} <span className="tag">{CHANGE_WORDS[session.change]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!preview.unchanged && preview.themes.length > 0 && (
        <>
          <h3 id="import-themes-heading">Themes</h3>
          <ul className="plain-list" aria-labelledby="import-themes-heading">
            {preview.themes.map((theme) => (
              <li key={theme.id}>
                {theme.name} <span className="tag">{CHANGE_WORDS[theme.change]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {removals > 0 && (
        <label className="check sync-confirm-removal">
          <input type="checkbox" checked={confirmRemovals} onChange={(e) => onConfirmRemovals(e.target.checked)} />
          <span>
            Yes, remove {plural(removals, { one: 'this # item', other: 'these # items' })}. (This bundle removes more
            than half of what is in the project. Go ahead only if you expected it.)
          </span>
        </label>
      )}
      <DialogFooter>
        {preview.unchanged ? (
          <Button className="primary-button" onPress={onCancel}>
            Close
          </Button>
        ) : (
          <>
            <Button onPress={onCancel}>Cancel</Button>
            <Button
              className="primary-button"
              onPress={onApply}
              isDisabled={busy || (removals > 0 && !confirmRemovals)}
            >
              Import
            </Button>
          </>
        )}
      </DialogFooter>
    </section>
  );
}
