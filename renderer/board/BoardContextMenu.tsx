/**
 * The board's context menu (right-click, the menu key or Shift+F10): the actions of the board's registry that
 * apply to what was pressed — a note, a theme's frame or the open board — with their shortcuts.
 */
import type { Point } from '../../shared/board/rect';
import { ActionContextMenu } from '../ui/ActionMenu';
import { menuEntries } from '../ui/actions';
import { BOARD_ACTIONS, runMenuItem } from './actions/boardActions';
import type { ActionTarget, BoardActionContext } from './actions/context';
import { useT } from '../ui/i18n';

export interface MenuRequest {
  target: ActionTarget;
  /** Where it opens, in client coordinates. */
  client: Point;
  /** The world point it was opened at (a new note goes there), or null from the keyboard. */
  pointer: Point | null;
}

const MENU = { note: 'note', frame: 'frame', canvas: 'canvas' } as const;

export function BoardContextMenu({
  request,
  contextFor,
  onClose,
}: {
  request: MenuRequest;
  contextFor(target: ActionTarget, pointer?: Point | null): BoardActionContext;
  onClose(): void;
}) {
  const { t } = useT();
  const context = contextFor(request.target, request.pointer);
  const entries = menuEntries(BOARD_ACTIONS, MENU[request.target.kind], context);
  if (!entries.length) return null;
  return (
    <ActionContextMenu
      at={request.client}
      entries={entries}
      label={t('board.menuLabel', { target: request.target.kind })}
      onAction={(action) => {
        onClose();
        runMenuItem(action, contextFor(request.target, request.pointer));
      }}
      onClose={onClose}
    />
  );
}
