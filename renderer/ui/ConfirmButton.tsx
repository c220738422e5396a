/** A button that asks first, in an accessible alert dialog, before an action that removes data. */
import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function ConfirmButton({
  label,
  confirmText,
  confirmLabel,
  onConfirm,
  children,
}: {
  label: string;
  confirmText: string;
  confirmLabel: string;
  onConfirm(): unknown;
  children: ReactNode;
}) {
  return (
    <DialogTrigger>
      <Button className="small-button danger" aria-label={label}>
        {children}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{label}</Heading>
                <p>{confirmText}</p>
                <div className="dialog-actions">
                  <Button autoFocus onPress={close}>
                    Cancel
                  </Button>
                  <Button
                    className="danger primary-button"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
