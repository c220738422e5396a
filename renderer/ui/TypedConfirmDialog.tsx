/**
 * A confirmation for what cannot be undone (erasing words, purging a device's files): an alert dialog that says
 * what will happen and asks the person to type a word (a participant's code, "erase") before the button works.
 * Keyboard-first: focus starts in the field, Enter confirms once the word matches, Esc cancels.
 */
import { useT } from './i18n';
import { useId, useState, type ReactNode } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { DialogFooter } from './ConfirmDialog';

export function TypedConfirmDialog({
  isOpen,
  title,
  word,
  confirmLabel,
  onConfirm,
  onClose,
  children,
}: {
  isOpen: boolean;
  title: string;
  /** What the person must type (letter case and surrounding spaces do not matter). */
  word: string;
  confirmLabel: string;
  /** Runs the action; the dialog closes when it settles (its outcome is announced by the caller). */
  onConfirm(): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const { t } = useT();
  const matches = typed.trim().toLowerCase() === word.trim().toLowerCase();
  const close = () => {
    setTyped('');
    onClose();
  };
  const confirm = async () => {
    if (!matches || busy) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      close();
    }
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && !busy && close()}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog typed-confirm">
          <Heading slot="title">{title}</Heading>
          {children}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <TextField className="field" value={typed} onChange={setTyped} autoFocus isDisabled={busy}>
              <Label>
                {t('ui.typeToConfirmBefore')} <strong className="typed-word">{word}</strong>{' '}
                {t('ui.typeToConfirmAfter')}
              </Label>
              <Input autoComplete="off" spellCheck={false} aria-describedby={hintId} />
            </TextField>
            <p id={hintId} className="muted typed-confirm-hint">
              {matches ? t('ui.typedMatches') : t('ui.typedWaiting')}
            </p>
            <DialogFooter>
              <Button onPress={close} isDisabled={busy}>
                {t('ui.cancel')}
              </Button>
              <Button type="submit" className="danger primary-button" isDisabled={!matches || busy}>
                {busy ? t('ui.working') : confirmLabel}
              </Button>
            </DialogFooter>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
