/** The steps of "Import bundle…" that hold no logic of their own: choosing a file, its passphrase, and done. */
import { Button } from 'react-aria-components';
import { DialogFooter } from '../ui/ConfirmDialog';
import { BUNDLE_EXTENSION } from '../data/sync';
import { useRichMessage } from '../ui/richMessage';
import { useT } from '../ui/i18n';

export function ChooseBundleStep({ busy, onCancel, onChoose }: { busy: boolean; onCancel(): void; onChoose(): void }) {
  const { t } = useT();
  const rich = useRichMessage();
  return (
    <>
      <p>{rich('bundle.import.choose', { extension: <code>.{BUNDLE_EXTENSION}</code> })}</p>
      <DialogFooter>
        <Button onPress={onCancel}>{t('bundle.import.cancel')}</Button>
        <Button className="primary-button" onPress={onChoose} isDisabled={busy}>
          {t('bundle.import.chooseFile')}
        </Button>
      </DialogFooter>
    </>
  );
}

export function PassphraseStep({
  fileName,
  passphrase,
  busy,
  onPassphrase,
  onCancel,
  onSubmit,
}: {
  fileName: string;
  passphrase: string;
  busy: boolean;
  onPassphrase(value: string): void;
  onCancel(): void;
  onSubmit(): void;
}) {
  const { t } = useT();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p>{t('bundle.import.locked', { fileName })}</p>
      <label className="field">
        <span>{t('bundle.import.passphrase')}</span>
        <input
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => onPassphrase(e.target.value)}
          autoFocus
        />
      </label>
      <DialogFooter>
        <Button onPress={onCancel}>{t('bundle.import.cancel')}</Button>
        <Button type="submit" className="primary-button" isDisabled={busy}>
          {t('bundle.import.open')}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** What was imported; "Open …" only when the bundle's project is not the one on screen already. */
export function ImportDoneStep({
  message,
  projectName,
  canOpen,
  onOpen,
  onClose,
}: {
  message: string;
  projectName: string;
  canOpen: boolean;
  onOpen(): void;
  onClose(): void;
}) {
  const { t } = useT();
  return (
    <>
      <p>{message}</p>
      <DialogFooter>
        {canOpen && (
          <Button className="primary-button" onPress={onOpen}>
            {t('bundle.import.openProject', { project: projectName })}
          </Button>
        )}
        <Button onPress={onClose}>{t('bundle.import.close')}</Button>
      </DialogFooter>
    </>
  );
}
