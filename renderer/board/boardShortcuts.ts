/** The board's keyboard shortcuts: one table for the key handler's documentation and the help dialog. */

export interface BoardShortcut {
  keys: string;
  does: string;
  where: 'note' | 'board';
}

export const BOARD_SHORTCUTS: readonly BoardShortcut[] = [
  {
    keys: '← ↑ → ↓',
    does: 'Move focus to the nearest note in that direction (only matches while a filter is on)',
    where: 'note',
  },
  { keys: 'Home / End', does: 'First / last note on the board', where: 'note' },
  { keys: 'Space', does: 'Select or unselect the focused note', where: 'note' },
  { keys: 'M or Enter', does: 'Move to theme… (the selection, or the focused note)', where: 'note' },
  { keys: 'T', does: 'Create a theme from the selection (or the focused note)', where: 'note' },
  {
    keys: 'L',
    does: 'Go to the notes most like the focused one (tick them, then pull them into its theme)',
    where: 'note',
  },
  { keys: 'A', does: 'Accept the likely theme suggested for the focused note', where: 'note' },
  { keys: 'Shift+arrow', does: 'Nudge the selection (Alt+Shift+arrow: a small step)', where: 'note' },
  {
    keys: 'Ctrl+A',
    does: 'Select every note in the focused note’s theme; again: every note on the board',
    where: 'note',
  },
  { keys: 'Esc', does: 'Clear the selection', where: 'note' },
  { keys: '+ / −', does: 'Zoom in / out', where: 'board' },
  { keys: '0', does: 'Zoom to fit the whole board', where: 'board' },
  { keys: '1', does: 'Zoom to 100%', where: 'board' },
  { keys: 'Alt+arrow', does: 'Pan the board', where: 'board' },
  { keys: 'H', does: 'Hand tool: dragging the open board pans instead of lassoing', where: 'board' },
  { keys: '/', does: 'Search notes', where: 'board' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', does: 'Undo / redo', where: 'board' },
  { keys: '? or Ctrl+/', does: 'Show these shortcuts', where: 'board' },
];
