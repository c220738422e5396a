/** The board's shortcuts, from the same table the key handler follows. */
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { BOARD_SHORTCUTS } from './boardShortcuts';

const PLACES = { note: 'On a note', board: 'Anywhere on the board' } as const;

export function BoardHelp({ onClose }: { onClose(): void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">Board shortcuts</Heading>
          <p>
            With the mouse: drag notes (Shift-click or lasso to select several), drop them in a theme’s frame, drag a
            frame’s title to move it and its corner to resize it; wheel or two fingers pan, Ctrl+wheel or pinch zooms.
            Everything can also be done from the keyboard, and in the Outline view.
          </p>
          {(Object.keys(PLACES) as (keyof typeof PLACES)[]).map((where) => (
            <section key={where}>
              <h3>{PLACES[where]}</h3>
              <table className="shortcut-table">
                <tbody>
                  {BOARD_SHORTCUTS.filter((s) => s.where === where).map((shortcut) => (
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
