/** The shortcuts dialog: every capture shortcut, from the same action list the key handler uses. */
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { shortcutSections } from '../ui/actions';
import { CAPTURE_ACTIONS, type CaptureContext } from './captureActions';
import { SECTIONS } from './messages';
import { msg } from '../ui/i18n';

export function ShortcutsOverlay({ context, onClose }: { context: CaptureContext; onClose(): void }) {
  return (
    <ShortcutsDialog
      title={msg('captureAction.shortcuts')}
      sections={shortcutSections(CAPTURE_ACTIONS, SECTIONS, context)}
      isOpen
      onClose={onClose}
    />
  );
}
