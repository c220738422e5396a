/**
 * "Import bundle…": pick a .fieldnotes file, give its passphrase if it has one, read what
 * it would add or change, then apply. Nothing is written before "Import"; every refusal (damaged, wrong
 * passphrase, not a bundle, newer version) is shown as the bundle's own message, with nothing changed.
 * Used on the Sync screen and on the Projects screen (a project kit creates the project on a new device).
 */
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { navigate } from '../app/router';
import { describeError } from '../data/errors';
import {
  applyBundleImport,
  BUNDLE_EXTENSION,
  BundleError,
  isEncryptedBundle,
  previewBundleImport,
  type ImportPreview,
} from '../data/sync';
import { getPlatform } from '../platform';

type Step =
  | { name: 'choose' }
  | { name: 'passphrase'; fileName: string; bytes: Uint8Array }
  | { name: 'preview'; fileName: string; preview: ImportPreview }
  | { name: 'done'; projectId: string; projectName: string; message: string };

const CHANGE_WORDS = { new: 'new', updated: 'changed', removed: 'removed' } as const;

function messageOf(error: unknown): string {
  if (error instanceof BundleError) return error.message;
  return `The bundle could not be imported: ${describeError(error)} Nothing was imported.`;
}

export function ImportBundleDialog({ fromProjectId }: { fromProjectId?: string }) {
  const { db, runner } = useData();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmRemovals, setConfirmRemovals] = useState(false);

  const reset = () => {
    setStep({ name: 'choose' });
    setError(null);
    setBusy(null);
    setPassphrase('');
    setConfirmRemovals(false);
  };

  async function readBundle(fileName: string, bytes: Uint8Array, secret?: string) {
    setError(null);
    setBusy(secret ? 'Unlocking the bundle…' : 'Reading the bundle…');
    try {
      const preview = await previewBundleImport(db, bytes, secret ? { passphrase: secret } : {});
      setStep({ name: 'preview', fileName, preview });
    } catch (failure) {
      if (failure instanceof BundleError && failure.code === 'passphrase-needed') {
        setStep({ name: 'passphrase', fileName, bytes });
      } else {
        setError(messageOf(failure));
      }
    } finally {
      setBusy(null);
    }
  }

  async function chooseFile() {
    setError(null);
    try {
      const file = await getPlatform().openFile({
        filters: [{ name: 'Fieldnotes bundle', extensions: [BUNDLE_EXTENSION] }],
      });
      if (!file) return;
      setPassphrase('');
      if (isEncryptedBundle(file.data)) setStep({ name: 'passphrase', fileName: file.fileName, bytes: file.data });
      else await readBundle(file.fileName, file.data);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function apply(preview: ImportPreview) {
    setError(null);
    setBusy('Importing…');
    try {
      const report = await applyBundleImport(runner, preview, { confirmRemovals });
      if (report.status !== 'applied') {
        setError('This import would remove many items. Tick the box to confirm, or cancel. Nothing was imported.');
        return;
      }
      const message = `Imported into “${preview.project.name}”: ${preview.summary.join(' ')}`;
      announce(`Bundle imported into ${preview.project.name}`);
      setStep({ name: 'done', projectId: preview.project.id, projectName: preview.project.name, message });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <DialogTrigger onOpenChange={(open) => open && reset()}>
      <Button className={fromProjectId ? undefined : 'primary-button'}>Import bundle…</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!busy}>
        <Modal className="modal modal-wide">
          <Dialog className="dialog import-bundle">
            {({ close }) => (
              <>
                <Heading slot="title">Import bundle</Heading>
                {step.name === 'choose' && (
                  <>
                    <p>
                      Choose a <code>.{BUNDLE_EXTENSION}</code> file from another facilitator or the project team. You
                      will see what it adds before anything changes.
                    </p>
                    <div className="dialog-actions">
                      <Button onPress={close}>Cancel</Button>
                      <Button className="primary-button" onPress={() => void chooseFile()} isDisabled={!!busy}>
                        Choose file…
                      </Button>
                    </div>
                  </>
                )}
                {step.name === 'passphrase' && (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (!passphrase) setError('Enter the passphrase you were given with this bundle.');
                      else void readBundle(step.fileName, step.bytes, passphrase);
                    }}
                  >
                    <p>“{step.fileName}” is protected by a passphrase. Enter the passphrase you were given with it.</p>
                    <label className="field">
                      <span>Passphrase</span>
                      <input
                        type="password"
                        autoComplete="off"
                        value={passphrase}
                        onChange={(e) => setPassphrase(e.target.value)}
                        autoFocus
                      />
                    </label>
                    <div className="dialog-actions">
                      <Button onPress={close}>Cancel</Button>
                      <Button type="submit" className="primary-button" isDisabled={!!busy}>
                        Open bundle
                      </Button>
                    </div>
                  </form>
                )}
                {step.name === 'preview' && (
                  <ImportPreviewView
                    fileName={step.fileName}
                    preview={step.preview}
                    confirmRemovals={confirmRemovals}
                    onConfirmRemovals={setConfirmRemovals}
                    busy={!!busy}
                    onCancel={close}
                    onApply={() => void apply(step.preview)}
                  />
                )}
                {step.name === 'done' && (
                  <>
                    <p>{step.message}</p>
                    <div className="dialog-actions">
                      {step.projectId !== fromProjectId && (
                        <Button
                          className="primary-button"
                          onPress={() => {
                            close();
                            navigate({ name: 'sessions', projectId: step.projectId });
                          }}
                        >
                          Open {step.projectName}
                        </Button>
                      )}
                      <Button onPress={close}>Close</Button>
                    </div>
                  </>
                )}
                {busy && (
                  <p className="muted" role="status">
                    {busy}
                  </p>
                )}
                {error && (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                )}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ImportPreviewView({
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
            Yes, remove these {removals} items. (This bundle removes more than half of what is in the project. Go ahead
            only if you expected it.)
          </span>
        </label>
      )}
      <div className="dialog-actions">
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
      </div>
    </section>
  );
}
