/**
 * The codebook beside the board: every theme of this board as a tree, each with rename, colour, dot votes
 * and a menu (select its notes, show it, move the selection into it, nest, merge, automatic layout, delete),
 * then the ranking by votes. All of it works from the keyboard; the board's frames are the mouse's view of it.
 */
import { useMemo, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { Theme } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import {
  assignTheme,
  deleteTheme,
  mergeThemes,
  nestTheme,
  recolourTheme,
  renameTheme,
  setThemeFrame,
  setThemeVotes,
} from '../data/commands/board';
import { ColorField } from '../ui/ColorField';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { useUndoableAct } from '../app/useUndoableAct';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { flattenTree, rankByVotes, themeTree, type ThemeNode } from './themeTree';
import { ThemePickerDialog } from './ThemePickerDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { VotesField } from './VotesField';
import { memberCount } from '../../shared/domain/noteThemes';
import { msg, useT } from '../ui/i18n';

type Pending = { kind: 'nest' | 'merge' | 'delete'; theme: Theme } | null;

export function ThemePanel({ model, onShow }: { model: BoardModel; onShow(themeId: string): void }) {
  const tree = useMemo(() => themeTree(model.themes), [model.themes]);
  const [dialog, setDialog] = useState<Pending>(null);
  const { runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const openCreate = useBoardStore((s) => s.openCreateDialog);
  const { t } = useT();

  const descendants = (themeId: string): Set<string> => {
    const node = flattenTree(tree).find((n) => n.theme.id === themeId);
    return new Set(node ? flattenTree([node]).map((n) => n.theme.id) : [themeId]);
  };

  return (
    <section className="side-section" aria-labelledby="themes-heading">
      <div className="side-head">
        <h2 id="themes-heading">{t('board.themesHeading', { count: model.themes.length })}</h2>
        <button type="button" className="small-button" onClick={() => openCreate([])}>
          {t('board.newTheme')}
        </button>
      </div>
      {tree.length === 0 ? (
        <p className="empty">{t('board.noThemes')}</p>
      ) : (
        <ul className="theme-list">
          {tree.map((node) => (
            <ThemeRow key={node.theme.id} node={node} model={model} onShow={onShow} onDialog={setDialog} />
          ))}
        </ul>
      )}
      <Ranking model={model} />
      {dialog?.kind === 'nest' && (
        <ThemePickerDialog
          title={t('board.nestTitle', { theme: dialog.theme.name })}
          description={t('board.nestText')}
          fieldLabel={t('board.parentTheme')}
          options={model.themes
            .filter((theme) => !descendants(dialog.theme.id).has(theme.id))
            .map((theme) => ({ id: theme.id, label: model.themePath(theme.id) }))}
          onPick={(parentId) =>
            void act(
              nestTheme(runner, dialog.theme.id, parentId),
              t('board.nested', { theme: dialog.theme.name, parent: model.themeById.get(parentId)?.name ?? '' }),
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'merge' && (
        <ThemePickerDialog
          title={t('board.mergeTitle', { theme: dialog.theme.name })}
          description={t('board.mergeText')}
          fieldLabel={t('board.themeToMerge')}
          options={model.themes
            .filter((theme) => theme.id !== dialog.theme.id)
            .map((theme) => ({ id: theme.id, label: model.themePath(theme.id) }))}
          onPick={(sourceId) =>
            void actUndoable(
              mergeThemes(runner, dialog.theme.id, [sourceId]),
              t('board.merged', { source: model.themeById.get(sourceId)?.name ?? '', theme: dialog.theme.name }),
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('board.deleteTitle', { theme: dialog.theme.name })}
          confirmLabel={t('board.deleteTheme')}
          onConfirm={() =>
            void actUndoable(deleteTheme(runner, dialog.theme.id), t('board.deleted', { theme: dialog.theme.name }))
          }
          onClose={() => setDialog(null)}
        >
          <p>{t('board.deleteText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function ThemeRow({
  node,
  model,
  onShow,
  onDialog,
}: {
  node: ThemeNode;
  model: BoardModel;
  onShow(themeId: string): void;
  onDialog(dialog: Pending): void;
}) {
  const { theme } = node;
  const { runner } = useData();
  const act = useAct();
  const select = useBoardStore((s) => s.select);
  const selection = useBoardStore((s) => s.selection);
  const { t } = useT();
  const notes = model.notesByTheme.get(theme.id) ?? [];
  const onAction = (key: string | number) => {
    switch (key) {
      case 'select':
        select(notes.map((n) => n.id));
        announce(msg('board.said.notesOf', { count: notes.length, theme: theme.name }));
        return;
      case 'show':
        return onShow(theme.id);
      case 'memos':
        return useBoardStore.getState().openMemos({ target: 'theme', id: theme.id });
      case 'move-here':
        return void act(assignTheme(runner, [...selection], theme.id), (count) =>
          msg('board.said.movedTo', { count, theme: theme.name }),
        );
      case 'unnest':
        return void act(nestTheme(runner, theme.id, null), msg('board.topLevel', { theme: theme.name }));
      case 'auto':
        return void act(setThemeFrame(runner, theme.id, null), msg('board.said.autoLayout', { theme: theme.name }));
      case 'nest':
      case 'merge':
      case 'delete':
        return onDialog({ kind: key, theme });
    }
  };
  return (
    <li>
      <div className="theme-row" data-theme-id={theme.id}>
        <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
        <InlineEdit
          value={theme.name}
          label={t('board.themeNameOf', { theme: theme.name })}
          editLabel={t('board.rename')}
          onSave={(name) => act(renameTheme(runner, theme.id, name), t('board.renamed', { name: name.trim() }))}
        />
        <span className="muted theme-count">
          {t('board.outlineCount', {
            count: memberCount(model.membersByTheme.get(theme.id)),
            linked: linkedCount(model, theme.id),
          })}
          {theme.origin === 'suggested' && t('board.suggestedTag')}
        </span>
        <VotesField
          name={theme.name}
          votes={theme.votes}
          onSave={(votes) =>
            act(setThemeVotes(runner, theme.id, votes), t('board.votesSaid', { theme: theme.name, count: votes }))
          }
        />
        <ColorField
          label={t('board.colourOf', { theme: theme.name })}
          value={theme.color}
          onSave={(color) => act(recolourTheme(runner, theme.id, color), t('board.recoloured', { theme: theme.name }))}
        />
        <MenuTrigger>
          <Button className="small-button" aria-label={t('board.moreActions', { theme: theme.name })}>
            ⋯
          </Button>
          <Popover className="popover">
            <Menu className="menu" onAction={onAction}>
              <MenuItem id="select" className="menu-item">
                {t('board.action.selectNotes')}
              </MenuItem>
              <MenuItem id="show" className="menu-item">
                {t('board.showOnBoard')}
              </MenuItem>
              <MenuItem id="memos" className="menu-item">
                {t('board.action.memos')}
              </MenuItem>
              {selection.size > 0 && (
                <MenuItem id="move-here" className="menu-item">
                  {t('board.action.moveSelectionHere', { count: selection.size })}
                </MenuItem>
              )}
              <MenuItem id="nest" className="menu-item">
                {t('board.nestUnder')}
              </MenuItem>
              {theme.parentId && (
                <MenuItem id="unnest" className="menu-item">
                  {t('board.toTopLevel')}
                </MenuItem>
              )}
              <MenuItem id="merge" className="menu-item">
                {t('board.mergeInto')}
              </MenuItem>
              {theme.frame && (
                <MenuItem id="auto" className="menu-item">
                  {t('board.action.autoLayout')}
                </MenuItem>
              )}
              <MenuItem id="delete" className="menu-item danger">
                {t('board.deleteThemeMenu')}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      </div>
      {node.children.length > 0 && (
        <ul className="theme-list" aria-label={t('board.subThemes', { theme: theme.name })}>
          {node.children.map((child) => (
            <ThemeRow key={child.theme.id} node={child} model={model} onShow={onShow} onDialog={onDialog} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** How many of a theme's notes are linked to it from other themes. */
const linkedCount = (model: BoardModel, themeId: string) => model.membersByTheme.get(themeId)?.linked.length ?? 0;

function Ranking({ model }: { model: BoardModel }) {
  const { t } = useT();
  const ranked = rankByVotes(
    model.themes.map((theme) => ({ theme, notes: memberCount(model.membersByTheme.get(theme.id)) })),
  );
  if (!ranked.length) return null;
  return (
    <section aria-labelledby="ranking-heading" className="ranking">
      <h3 id="ranking-heading">{t('board.ranking')}</h3>
      <ol className="ranking-list" data-testid="ranking">
        {ranked.map(({ theme, notes, rank }) => (
          <li key={theme.id}>
            <span className="rank">{t('board.rank', { rank })}</span>{' '}
            <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            <strong>{model.themePath(theme.id)}</strong>{' '}
            <span className="muted">{t('board.rankCounts', { votes: theme.votes, notes })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
