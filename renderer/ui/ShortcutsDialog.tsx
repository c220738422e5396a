/** A list of keyboard shortcuts in sections, in an accessible modal: used by capture and the board. */
import { useT } from './i18n';
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './shortcutsDialog.css';
import { DialogFooter } from './ConfirmDialog';

export interface ShortcutRow {
  keys: string;
  does: string;
}

export function ShortcutsDialog({
  title,
  intro,
  sections,
  isOpen,
  onClose,
}: {
  title: string;
  intro?: ReactNode;
  sections: { heading: string; rows: readonly ShortcutRow[] }[];
  isOpen: boolean;
  onClose(): void;
}) {
  const { t } = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {intro}
          {sections.map((section) => (
            <section key={section.heading}>
              <h3>{section.heading}</h3>
              <table className="shortcut-table">
                <tbody>
                  {section.rows.map((shortcut) => (
                    <tr key={shortcut.keys}>
                      <th scope="row">
                        <kbd>{shortcut.keys}</kbd>
                      </th>
                      <td>{shortcut.does}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <DialogFooter>
            <Button autoFocus onPress={onClose}>
              {t('ui.close')}
            </Button>
          </DialogFooter>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
