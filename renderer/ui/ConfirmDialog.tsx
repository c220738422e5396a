/**
 * The one confirmation before an action that removes or drops something: an alert dialog whose safe choice
 * ("Cancel", "Keep them…") has the focus, so Enter or Escape by habit never removes anything.
 * Controlled: the caller decides when it is open (from a menu, a sync result); ConfirmButton wraps it in a trigger.
 */
import { useT } from './i18n';
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  isOpen = true,
  onConfirm,
  onClose,
}: {
  title: ReactNode;
  /** What will happen, in a paragraph or more. */
  children: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  isOpen?: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
          <DialogFooter>
            <Button autoFocus onPress={onClose}>
              {cancelLabel ?? t('ui.cancel')}
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
          </DialogFooter>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The row of buttons at the foot of a dialog: the way out first, the action last (right-aligned). */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="dialog-actions">{children}</div>;
}
