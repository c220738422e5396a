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
import { noteCount } from './words';

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
  const ids = [...selection].filter((id) => model.noteById.has(id));
  if (!ids.length) {
    return (
      <section className="side-section" aria-labelledby="selection-heading">
        <h2 id="selection-heading">Selection</h2>
        <p className="muted">
          No notes selected. Click, Shift-click or lasso notes on the board, or press Space on a focused note.
        </p>
      </section>
    );
  }
  const themes = new Set(ids.map((id) => model.noteById.get(id)!.themeId));
  const onlyTheme = themes.size === 1 ? [...themes][0]! : null;
  const what = noteCount(ids.length);
  return (
    <section className="side-section" aria-labelledby="selection-heading">
      <h2 id="selection-heading">Selection</h2>
      <p data-testid="selection-count">{what} selected</p>
      <div className="button-row">
        <button
          type="button"
          className="small-button primary-button"
          onClick={() => openCreateDialog(ids)}
          aria-keyshortcuts="T"
        >
          Create theme…
        </button>
        <button type="button" className="small-button" onClick={() => openMoveDialog(ids)} aria-keyshortcuts="M">
          Move to theme…
        </button>
        {ids.length === 1 && (
          <button
            type="button"
            className="small-button"
            onClick={() => useBoardStore.getState().openMemos({ target: 'note', id: ids[0]! })}
            aria-keyshortcuts="Shift+M"
          >
            Memos…
          </button>
        )}
        {onlyTheme && model.themeById.has(onlyTheme) && (
          <button type="button" className="small-button" onClick={() => onSplit(onlyTheme, ids)}>
            Split off into a new theme…
          </button>
        )}
        {[...themes].some(Boolean) && (
          <button
            type="button"
            className="small-button"
            onClick={() => act(assignTheme(runner, ids, null), (n) => `Took ${noteCount(n)} out of their theme`)}
          >
            Remove from theme
          </button>
        )}
        <button
          type="button"
          className="small-button"
          onClick={() => {
            clearSelection();
            announce('Selection cleared');
          }}
          aria-keyshortcuts="Escape"
        >
          Clear selection
        </button>
      </div>
    </section>
  );
}
