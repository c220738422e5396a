/** The “?” overlay: every capture shortcut, from the same table the key handler uses. */
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { SHORTCUT_HELP } from './shortcuts';

const PLACES = { composer: 'In the note box', anywhere: 'Anywhere in capture', feed: 'On a note in the feed' } as const;
const SECTIONS = (Object.keys(PLACES) as (keyof typeof PLACES)[]).map((where) => ({
  heading: PLACES[where],
  rows: SHORTCUT_HELP.filter((s) => s.where === where),
}));

export function ShortcutsOverlay({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  return <ShortcutsDialog title="Keyboard shortcuts" sections={SECTIONS} isOpen={isOpen} onClose={onClose} />;
}
