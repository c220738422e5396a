/** Names a new theme: made from the selection, or split off an existing theme. Enter creates, Esc cancels. */
import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { DialogFooter } from '../ui/ConfirmDialog';
import { useT } from '../ui/i18n';

export function NameThemeDialog({
  title,
  description,
  submitLabel,
  initialName = '',
  onSubmit,
  onClose,
}: {
  title: string;
  description: string;
  submitLabel: string;
  initialName?: string;
  onSubmit(name: string): Promise<boolean>;
  onClose(): void;
}) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const { t } = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              if (!name.trim()) {
                setError(t('board.giveName'));
                return;
              }
              if (await onSubmit(name.trim())) onClose();
            }}
          >
            <Heading slot="title">{title}</Heading>
            <p>{description}</p>
            <TextField value={name} onChange={setName} isRequired className="field" autoFocus>
              <Label>{t('board.themeName')}</Label>
              <Input />
            </TextField>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <DialogFooter>
              <Button onPress={onClose}>{t('ui.cancel')}</Button>
              <Button type="submit" className="primary-button">
                {submitLabel}
              </Button>
            </DialogFooter>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
