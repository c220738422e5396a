/** The “?” overlay: every capture shortcut, from the same table the key handler uses. */
import { Dialog, Heading, Modal, ModalOverlay, Button } from 'react-aria-components';
import { SHORTCUT_HELP } from './shortcuts';

const PLACES = { composer: 'In the note box', anywhere: 'Anywhere in capture', feed: 'On a note in the feed' } as const;

export function ShortcutsOverlay({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">Keyboard shortcuts</Heading>
          {(Object.keys(PLACES) as (keyof typeof PLACES)[]).map((where) => (
            <section key={where}>
              <h3>{PLACES[where]}</h3>
              <table className="shortcut-table">
                <tbody>
                  {SHORTCUT_HELP.filter((s) => s.where === where).map((shortcut) => (
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
          <div className="dialog-actions">
            <Button autoFocus onPress={onClose}>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
