/** A controlled confirmation (alert dialog) for actions started from a menu, where ConfirmButton's own trigger does not fit. */
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{title}</Heading>
          <p>{text}</p>
          <div className="dialog-actions">
            <Button autoFocus onPress={onClose}>
              Cancel
            </Button>
            <Button
              className="danger primary-button"
              onPress={() => {
                onClose();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
