/** The board's shortcuts, from the same table the key handler follows. */
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { BOARD_SHORTCUTS } from './boardShortcuts';

const PLACES = { note: 'On a note', board: 'Anywhere on the board' } as const;
const SECTIONS = (Object.keys(PLACES) as (keyof typeof PLACES)[]).map((where) => ({
  heading: PLACES[where],
  rows: BOARD_SHORTCUTS.filter((s) => s.where === where),
}));

export function BoardHelp({ onClose }: { onClose(): void }) {
  return (
    <ShortcutsDialog
      title="Board shortcuts"
      isOpen
      onClose={onClose}
      sections={SECTIONS}
      intro={
        <p>
          With the mouse: drag notes (Shift-click or lasso to select several), drop them in a theme’s frame, drag a
          frame’s title to move it and its corner to resize it; wheel or two fingers pan, Ctrl+wheel or pinch zooms.
          Everything can also be done from the keyboard, and in the Outline view.
        </p>
      }
    />
  );
}
