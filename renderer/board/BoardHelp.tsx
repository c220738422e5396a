/** The board's shortcuts, listed from the board's action registry: the keys the board answers are these. */
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { BOARD_SHORTCUT_SECTIONS } from './actions/boardActions';

export function BoardHelp({ onClose }: { onClose(): void }) {
  return (
    <ShortcutsDialog
      title="Board shortcuts"
      isOpen
      onClose={onClose}
      sections={BOARD_SHORTCUT_SECTIONS}
      intro={
        <p>
          With the mouse: drag notes (Shift-click or lasso to select several), drop them in a theme’s frame, drag a
          frame’s title to move it and its corner to resize it; double-click the open board to add a note; right-click
          for a menu; wheel or two fingers pan, Ctrl+wheel or pinch zooms. Everything can also be done from the
          keyboard, and in the Outline view.
        </p>
      }
    />
  );
}
