/** The board's shortcuts, listed from the board's action registry: the keys the board answers are these. */
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { useT } from '../ui/i18n';
import { boardShortcutSections } from './actions/boardActions';

export function BoardHelp({ onClose }: { onClose(): void }) {
  const { t } = useT();
  return (
    <ShortcutsDialog
      title={t('board.shortcuts')}
      isOpen
      onClose={onClose}
      sections={boardShortcutSections()}
      intro={<p>{t('board.shortcutsIntro')}</p>}
    />
  );
}
