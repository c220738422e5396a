/** The steps of "Import bundle…" that hold no logic of their own: choosing a file, its passphrase, and done. */
import { Button } from 'react-aria-components';
import { DialogFooter } from '../ui/ConfirmDialog';
import { BUNDLE_EXTENSION } from '../data/sync';

export function ChooseBundleStep({ busy, onCancel, onChoose }: { busy: boolean; onCancel(): void; onChoose(): void }) {
  return (
    <>
      <p>
        Choose a <code>.{BUNDLE_EXTENSION}</code> file from another facilitator or the project team. You will see what
        it adds before anything changes.
      </p>
      <DialogFooter>
        <Button onPress={onCancel}>Cancel</Button>
        <Button className="primary-button" onPress={onChoose} isDisabled={busy}>
          Choose file…
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
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p>“{fileName}” is protected by a passphrase. Enter the passphrase you were given with it.</p>
      <label className="field">
        <span>Passphrase</span>
        <input
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => onPassphrase(e.target.value)}
          autoFocus
        />
      </label>
      <DialogFooter>
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary-button" isDisabled={busy}>
          Open bundle
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
  return (
    <>
      <p>{message}</p>
      <DialogFooter>
        {canOpen && (
          <Button className="primary-button" onPress={onOpen}>
            Open {projectName}
          </Button>
        )}
        <Button onPress={onClose}>Close</Button>
      </DialogFooter>
    </>
  );
}
