/**
 * Every capture shortcut in one table: the key handler matches against it and the “?” overlay lists it,
 * so what is shown is always what works. Keys are matched by `event.code` for letters and digits, so they
 * work on any keyboard layout and Alt never types a character (⌥ on a Mac types symbols otherwise).
 */
export type CaptureAction =
  | { type: 'add-note' }
  | { type: 'next-question' }
  | { type: 'previous-question' }
  | { type: 'speaker'; number: number }
  | { type: 'no-speaker' }
  | { type: 'new-speaker' }
  | { type: 'next-kind' }
  | { type: 'previous-kind' }
  | { type: 'toggle-sensitive' }
  | { type: 'toggle-do-not-quote' }
  | { type: 'show-shortcuts' }
  | { type: 'focus-composer' };

export interface ShortcutHelp {
  keys: string;
  does: string;
  where: 'composer' | 'anywhere' | 'feed';
}

export const SHORTCUT_HELP: ShortcutHelp[] = [
  { keys: 'Enter', does: 'Add the note', where: 'composer' },
  { keys: 'Shift+Enter', does: 'New line inside the note', where: 'composer' },
  { keys: 'Alt+↓ / Alt+↑', does: 'Next / previous question', where: 'anywhere' },
  { keys: 'Alt+1 … Alt+9', does: 'Speaker P1 … P9 (added to the session if new)', where: 'anywhere' },
  { keys: 'Alt+N', does: 'A new speaker (next free code)', where: 'anywhere' },
  { keys: 'Alt+0', does: 'No speaker', where: 'anywhere' },
  { keys: 'Alt+K / Alt+Shift+K', does: 'Next / previous note kind', where: 'anywhere' },
  { keys: 'Alt+S', does: 'Mark the note sensitive (or not)', where: 'anywhere' },
  { keys: 'Alt+Q', does: 'Mark the note do-not-quote (or not)', where: 'anywhere' },
  {
    keys: 'Ctrl+Z / Ctrl+Shift+Z',
    does: 'Undo / redo the last change (when the note box is empty)',
    where: 'anywhere',
  },
  { keys: '↑ (note box empty)', does: 'Go to the newest note in the feed', where: 'composer' },
  { keys: '↑ / ↓, Home / End', does: 'Move between notes', where: 'feed' },
  { keys: 'Enter or F2', does: 'Edit the note in place (Enter saves, Esc cancels)', where: 'feed' },
  { keys: 'Delete', does: 'Delete the note (Ctrl+Z brings it back)', where: 'feed' },
  { keys: 'Shift+Delete', does: 'Erase the note for ever (asks first; cannot be undone)', where: 'feed' },
  { keys: 'Alt+1 … 9, Alt+K, Alt+S, Alt+Q', does: 'Change the focused note’s speaker, kind or flags', where: 'feed' },
  { keys: 'Esc', does: 'Back to the note box', where: 'feed' },
  { keys: 'Ctrl+/ or F1 (? outside text boxes)', does: 'Show these shortcuts', where: 'anywhere' },
];

/** The capture action for a key press, or null when the key is not a capture shortcut. */
export function matchCaptureShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  inTextField: boolean,
): CaptureAction | null {
  const { code, altKey, ctrlKey, metaKey, shiftKey, key } = event;
  if (key === 'F1' || ((ctrlKey || metaKey) && (code === 'Slash' || key === '/'))) return { type: 'show-shortcuts' };
  if (key === '?' && !inTextField && !altKey && !ctrlKey && !metaKey) return { type: 'show-shortcuts' };
  if (!altKey || ctrlKey || metaKey) return null;
  if (key === 'ArrowDown' || key === 'PageDown') return { type: 'next-question' };
  if (key === 'ArrowUp' || key === 'PageUp') return { type: 'previous-question' };
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) {
    const number = Number(digit[1]);
    return number === 0 ? { type: 'no-speaker' } : { type: 'speaker', number };
  }
  switch (code) {
    case 'KeyN':
      return { type: 'new-speaker' };
    case 'KeyK':
      return shiftKey ? { type: 'previous-kind' } : { type: 'next-kind' };
    case 'KeyS':
      return { type: 'toggle-sensitive' };
    case 'KeyQ':
      return { type: 'toggle-do-not-quote' };
    default:
      return null;
  }
}

/** Steps through a list with wrap-around, where null (“none”) is one stop before the first item. */
export function cycle<T>(items: readonly T[], current: T | null, step: 1 | -1): T | null {
  const stops: (T | null)[] = [null, ...items];
  const index = Math.max(0, stops.indexOf(current));
  return stops[(index + step + stops.length) % stops.length] ?? null;
}
