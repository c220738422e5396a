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
import { noteCount, voteCount } from './words';

type Pending = { kind: 'nest' | 'merge' | 'delete'; theme: Theme } | null;

export function ThemePanel({ model, onShow }: { model: BoardModel; onShow(themeId: string): void }) {
  const tree = useMemo(() => themeTree(model.themes), [model.themes]);
  const [dialog, setDialog] = useState<Pending>(null);
  const { runner } = useData();
  const act = useAct();
  const actUndoable = useUndoableAct();
  const openCreate = useBoardStore((s) => s.openCreateDialog);

  const descendants = (themeId: string): Set<string> => {
    const node = flattenTree(tree).find((n) => n.theme.id === themeId);
    return new Set(node ? flattenTree([node]).map((n) => n.theme.id) : [themeId]);
  };

  return (
    <section className="side-section" aria-labelledby="themes-heading">
      <div className="side-head">
        <h2 id="themes-heading">Themes ({model.themes.length})</h2>
        <button type="button" className="small-button" onClick={() => openCreate([])}>
          New theme
        </button>
      </div>
      {tree.length === 0 ? (
        <p className="empty">No themes yet. Select notes and press T (or “Create theme”), or accept a suggestion.</p>
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
          title={`Nest “${dialog.theme.name}” under…`}
          description="It becomes a sub-theme; its notes stay in it."
          fieldLabel="Parent theme"
          options={model.themes
            .filter((t) => !descendants(dialog.theme.id).has(t.id))
            .map((t) => ({ id: t.id, label: model.themePath(t.id) }))}
          onPick={(parentId) =>
            void act(
              nestTheme(runner, dialog.theme.id, parentId),
              `${dialog.theme.name} is now under ${model.themeById.get(parentId)?.name}`,
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'merge' && (
        <ThemePickerDialog
          title={`Merge a theme into “${dialog.theme.name}”`}
          description="Its notes, sub-themes and votes move into this theme, and it is deleted. Ctrl+Z undoes the merge."
          fieldLabel="Theme to merge in"
          options={model.themes
            .filter((t) => t.id !== dialog.theme.id)
            .map((t) => ({ id: t.id, label: model.themePath(t.id) }))}
          onPick={(sourceId) =>
            void actUndoable(
              mergeThemes(runner, dialog.theme.id, [sourceId]),
              `${model.themeById.get(sourceId)?.name} merged into ${dialog.theme.name}`,
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete theme “${dialog.theme.name}”?`}
          confirmLabel="Delete theme"
          onConfirm={() => void actUndoable(deleteTheme(runner, dialog.theme.id), `Theme ${dialog.theme.name} deleted`)}
          onClose={() => setDialog(null)}
        >
          <p>Its notes stay on the board without a theme; its sub-themes move up a level. Ctrl+Z brings it back.</p>
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
  const notes = model.notesByTheme.get(theme.id) ?? [];
  const onAction = (key: string | number) => {
    switch (key) {
      case 'select':
        select(notes.map((n) => n.id));
        announce(`${notes.length} notes of ${theme.name} selected`);
        return;
      case 'show':
        return onShow(theme.id);
      case 'memos':
        return useBoardStore.getState().openMemos({ target: 'theme', id: theme.id });
      case 'move-here':
        return void act(
          assignTheme(runner, [...selection], theme.id),
          (n) => `Moved ${noteCount(n)} to theme ${theme.name}`,
        );
      case 'unnest':
        return void act(nestTheme(runner, theme.id, null), `${theme.name} is now a top-level theme`);
      case 'auto':
        return void act(setThemeFrame(runner, theme.id, null), `${theme.name} is laid out automatically`);
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
          label={`Name of theme ${theme.name}`}
          editLabel="Rename"
          onSave={(name) => act(renameTheme(runner, theme.id, name), `Theme renamed to ${name.trim()}`)}
        />
        <span className="muted theme-count">
          {noteCount(notes.length)}
          {theme.origin === 'suggested' && ' · suggested'}
        </span>
        <VotesField
          name={theme.name}
          votes={theme.votes}
          onSave={(votes) => act(setThemeVotes(runner, theme.id, votes), `${theme.name}: ${votes} votes`)}
        />
        <ColorField
          label={`Colour of theme ${theme.name}`}
          value={theme.color}
          onSave={(color) => act(recolourTheme(runner, theme.id, color), `${theme.name} recoloured`)}
        />
        <MenuTrigger>
          <Button className="small-button" aria-label={`More actions for theme ${theme.name}`}>
            ⋯
          </Button>
          <Popover className="popover">
            <Menu className="menu" onAction={onAction}>
              <MenuItem id="select" className="menu-item">
                Select its notes
              </MenuItem>
              <MenuItem id="show" className="menu-item">
                Show on the board
              </MenuItem>
              <MenuItem id="memos" className="menu-item">
                Memos…
              </MenuItem>
              {selection.size > 0 && (
                <MenuItem id="move-here" className="menu-item">
                  Move the {noteCount(selection.size)} selected here
                </MenuItem>
              )}
              <MenuItem id="nest" className="menu-item">
                Nest under another theme…
              </MenuItem>
              {theme.parentId && (
                <MenuItem id="unnest" className="menu-item">
                  Move to the top level
                </MenuItem>
              )}
              <MenuItem id="merge" className="menu-item">
                Merge another theme into this…
              </MenuItem>
              {theme.frame && (
                <MenuItem id="auto" className="menu-item">
                  Lay out automatically
                </MenuItem>
              )}
              <MenuItem id="delete" className="menu-item danger">
                Delete theme…
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      </div>
      {node.children.length > 0 && (
        <ul className="theme-list" aria-label={`Sub-themes of ${theme.name}`}>
          {node.children.map((child) => (
            <ThemeRow key={child.theme.id} node={child} model={model} onShow={onShow} onDialog={onDialog} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Ranking({ model }: { model: BoardModel }) {
  const ranked = rankByVotes(
    model.themes.map((theme) => ({ theme, notes: model.notesByTheme.get(theme.id)?.length ?? 0 })),
  );
  if (!ranked.length) return null;
  return (
    <section aria-labelledby="ranking-heading" className="ranking">
      <h3 id="ranking-heading">Priorities by dot votes</h3>
      <ol className="ranking-list" data-testid="ranking">
        {ranked.map(({ theme, notes, rank }) => (
          <li key={theme.id}>
            <span className="rank">{rank}.</span>{' '}
            <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            <strong>{model.themePath(theme.id)}</strong>{' '}
            <span className="muted">
              — {voteCount(theme.votes)}, {noteCount(notes)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
