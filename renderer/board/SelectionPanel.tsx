/**
 * What can be done with the selected notes: make a theme, move them to one, split them off, take them out, or let
 * go; with one note selected, read or write its memos.
 */
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { assignTheme } from '../data/commands/board';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { useT } from '../ui/i18n';

export function SelectionPanel({
  model,
  onSplit,
}: {
  model: BoardModel;
  onSplit(themeId: string, noteIds: string[]): void;
}) {
  const selection = useBoardStore((s) => s.selection);
  const clearSelection = useBoardStore((s) => s.clearSelection);
  const openMoveDialog = useBoardStore((s) => s.openMoveDialog);
  const openCreateDialog = useBoardStore((s) => s.openCreateDialog);
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const ids = [...selection].filter((id) => model.noteById.has(id));
  if (!ids.length) {
    return (
      <section className="side-section" aria-labelledby="selection-heading">
        <h2 id="selection-heading">{t('board.selection')}</h2>
        <p className="muted">{t('board.selectionEmpty')}</p>
      </section>
    );
  }
  const themes = new Set(ids.map((id) => model.noteById.get(id)!.themeId));
  const onlyTheme = themes.size === 1 ? [...themes][0]! : null;
  return (
    <section className="side-section" aria-labelledby="selection-heading">
      <h2 id="selection-heading">{t('board.selection')}</h2>
      <p data-testid="selection-count">{t('board.selectedCount', { count: ids.length })}</p>
      <div className="button-row">
        <button
          type="button"
          className="small-button primary-button"
          onClick={() => openCreateDialog(ids)}
          aria-keyshortcuts="T"
        >
          {t('board.action.createTheme')}
        </button>
        <button type="button" className="small-button" onClick={() => openMoveDialog(ids)} aria-keyshortcuts="M">
          {t('board.action.moveToTheme')}
        </button>
        {ids.length === 1 && (
          <button
            type="button"
            className="small-button"
            onClick={() => useBoardStore.getState().openMemos({ target: 'note', id: ids[0]! })}
            aria-keyshortcuts="Shift+M"
          >
            {t('board.action.memos')}
          </button>
        )}
        {onlyTheme && model.themeById.has(onlyTheme) && (
          <button type="button" className="small-button" onClick={() => onSplit(onlyTheme, ids)}>
            {t('board.splitOff')}
          </button>
        )}
        {[...themes].some(Boolean) && (
          <button
            type="button"
            className="small-button"
            onClick={() => act(assignTheme(runner, ids, null), (count) => t('board.said.tookOut', { count }))}
          >
            {t('board.action.removeFromTheme')}
          </button>
        )}
        <button
          type="button"
          className="small-button"
          onClick={() => {
            clearSelection();
            announce(t('board.said.selectionCleared'));
          }}
          aria-keyshortcuts="Escape"
        >
          {t('board.clearSelectionButton')}
        </button>
      </div>
    </section>
  );
}
