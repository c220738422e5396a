/**
 * The outline: the board's non-visual twin (architecture: Renderer). Themes as a tree (sub-themes nested), each holding
 * its notes, and "No theme" for the rest. Notes move between themes by accessible drag and drop (react-aria:
 * mouse, touch, keyboard and screen reader — the ≡ handle starts a keyboard drag) or by each note's
 * "Move to theme…" button; dragging a theme onto another nests it. Selection is shared with the board.
 * A note linked to further themes is listed under each of them too, marked "also in": such a row is not the
 * note's place (it cannot be dragged or selected there), and activating it selects the note and shows it on
 * the board.
 *
 * Only the notes of expanded themes are put in the tree, so a 5,000-note board opens as a short list of themes.
 */
import { useMemo, useState, type ReactElement, type ReactNode } from 'react';
import {
  Button,
  Tree,
  TreeItem,
  TreeItemContent,
  useDragAndDrop,
  type Key,
  type Selection,
} from 'react-aria-components';
import type { Note } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { assignTheme, nestTheme } from '../data/commands/board';
import { describeError } from '../data/errors';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { themeTree, type ThemeNode } from './themeTree';
import { msg, useT, uiTranslator } from '../ui/i18n';
import { memberCount } from '../../shared/domain/noteThemes';

const NOTE_TYPE = 'application/x-fieldnotes-note';
const THEME_TYPE = 'application/x-fieldnotes-theme';
const NONE = 'theme:none';
const noteKey = (id: string) => `note:${id}`;
const themeKey = (id: string) => `theme:${id}`;
/** A linked note's row under a theme it is linked to: one per theme, so the key names both. */
const linkKey = (themeId: string, noteId: string) => `link:${themeId}:${noteId}`;
const idOf = (key: Key) => String(key).replace(/^(note|theme):/, '');
const isNote = (key: Key) => String(key).startsWith('note:');
const isTheme = (key: Key) => String(key).startsWith('theme:');

/** Drops in the outline: notes onto a theme (or "No theme") move there; a theme onto another nests it. */
function useOutlineDrops(model: BoardModel) {
  const { runner } = useData();
  const run = async (work: Promise<unknown>, message: string) => {
    try {
      await work;
      announce(message);
    } catch (error) {
      notifyError(describeError(error, uiTranslator()));
    }
  };

  return useDragAndDrop({
    getItems: (keys) =>
      [...keys]
        .filter((key) => isNote(key) || isTheme(key))
        .map((key): Record<string, string> => {
          const id = idOf(key);
          if (isNote(key)) return { [NOTE_TYPE]: id, 'text/plain': model.noteById.get(id)?.text ?? '' };
          return { [THEME_TYPE]: id, 'text/plain': model.themeById.get(id)?.name ?? '' };
        }),
    acceptedDragTypes: [NOTE_TYPE, THEME_TYPE],
    getDropOperation: (target) =>
      target.type === 'item' && target.dropPosition === 'on' && isTheme(target.key) ? 'move' : 'cancel',
    onItemDrop: async (event) => {
      const targetId = event.target.key === NONE ? null : idOf(event.target.key);
      const noteIds: string[] = [];
      const themeIds: string[] = [];
      for (const item of event.items) {
        if (item.kind !== 'text') continue;
        if (item.types.has(NOTE_TYPE)) noteIds.push(await item.getText(NOTE_TYPE));
        else if (item.types.has(THEME_TYPE)) themeIds.push(await item.getText(THEME_TYPE));
      }
      const parent = targetId ? (model.themeById.get(targetId)?.name ?? '') : null;
      if (noteIds.length) {
        const count = noteIds.length;
        await run(
          assignTheme(runner, noteIds, targetId),
          parent !== null ? msg('board.said.movedNotesTo', { count, theme: parent }) : msg('board.movedOut', { count }),
        );
      }
      for (const themeId of themeIds) {
        if (themeId === targetId) continue;
        const theme = model.themeById.get(themeId)?.name ?? '';
        await run(
          nestTheme(runner, themeId, targetId),
          parent !== null ? msg('board.nestedUnder', { theme, parent }) : msg('board.themeToTop'),
        );
      }
    },
  });
}

/** Opens the memos on a theme or a note (the board's Shift+M). */
function MemosButton({ target, id, name }: { target: 'note' | 'theme'; id: string; name: string }) {
  const { t } = useT();
  return (
    <Button
      className="small-button"
      onPress={() => useBoardStore.getState().openMemos({ target, id })}
      aria-label={t('board.memosOn', { target, name })}
    >
      {t('board.action.memos')}
    </Button>
  );
}

const shortText = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

/** Who said a note and to which question: "P2 · Q3". */
function noteMeta(note: Note, model: BoardModel): string {
  const question = note.questionId ? model.questionNumber.get(note.questionId) : undefined;
  return [model.speakerOf(note), question ? msg('board.questionShort', { number: question }) : null]
    .filter(Boolean)
    .join(' · ');
}

/** A note's row: its drag handle, text, speaker and question, and its "Move to theme…" button. */
function noteItem(note: Note, model: BoardModel, onMove: () => void) {
  return (
    <TreeItem key={noteKey(note.id)} id={noteKey(note.id)} textValue={note.text} className="outline-item outline-note">
      <TreeItemContent>
        <Button slot="drag" className="drag-handle" aria-label={msg('board.dragNote')}>
          ≡
        </Button>
        <span className="outline-text" dir="auto">
          {shortText(note.text)}
        </span>
        <span className="muted outline-meta">{noteMeta(note, model)}</span>
        <Button
          className="small-button"
          onPress={onMove}
          aria-label={msg('board.moveToThemeOf', { text: note.text.slice(0, 60) })}
        >
          {msg('board.action.moveToTheme')}
        </Button>
        <MemosButton target="note" id={note.id} name={note.text.slice(0, 60)} />
      </TreeItemContent>
    </TreeItem>
  );
}

/**
 * A note linked to `themeId` from elsewhere, listed under that theme: marked "also in", with its own theme; not
 * draggable nor selectable here (it lives in its own frame). Enter, or a click, selects it and shows it on the board.
 */
function linkedItem(note: Note, themeId: string, model: BoardModel, onShow: (noteId: string) => void) {
  const home = note.themeId && model.themeById.has(note.themeId) ? model.themePath(note.themeId) : null;
  const theme = model.themeById.get(themeId)?.name ?? '';
  return (
    <TreeItem
      key={linkKey(themeId, note.id)}
      id={linkKey(themeId, note.id)}
      textValue={msg('board.linkedRow', { theme, text: note.text.slice(0, 200) })}
      className="outline-item outline-note outline-linked"
      onAction={() => onShow(note.id)}
    >
      <TreeItemContent>
        <span className="outline-link-tag">{msg('board.alsoIn')}</span>
        <span className="outline-text" dir="auto">
          {shortText(note.text)}
        </span>
        <span className="muted outline-meta">
          {[msg('board.linkedFrom', { home: home ? 'some' : 'none', theme: home ?? '' }), noteMeta(note, model)]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <Button
          className="small-button"
          onPress={() => onShow(note.id)}
          aria-label={msg('board.showNoteOf', { text: note.text.slice(0, 60) })}
        >
          {msg('board.showNote')}
        </Button>
      </TreeItemContent>
    </TreeItem>
  );
}

/** "No theme": the notes not in any theme, expandable like a theme. */
function looseItem(loose: Note[], open: boolean, notes: ReactNode) {
  return (
    <TreeItem
      key={NONE}
      id={NONE}
      textValue={msg('board.noThemeRow')}
      className="outline-item outline-theme"
      hasChildItems={loose.length > 0}
    >
      <TreeItemContent>
        {({ hasChildItems }) => (
          <>
            {hasChildItems ? (
              <Button
                slot="chevron"
                className="chevron"
                aria-label={msg('board.looseToggle', { open: open ? 'yes' : 'no' })}
              >
                {open ? '▾' : '▸'}
              </Button>
            ) : (
              <span className="chevron-space" />
            )}
            <strong>{msg('board.noThemeRow')}</strong>
            <span className="muted">{msg('board.noteCount', { count: loose.length })}</span>
          </>
        )}
      </TreeItemContent>
      {notes}
    </TreeItem>
  );
}

export function OutlineView({ model, onShowNote }: { model: BoardModel; onShowNote(noteId: string): void }) {
  const { t } = useT();
  const tree = useMemo(() => themeTree(model.themes), [model.themes]);
  const [expanded, setExpanded] = useState<Set<Key>>(() => new Set());
  const selection = useBoardStore((s) => s.selection);
  const select = useBoardStore((s) => s.select);
  const openMoveDialog = useBoardStore((s) => s.openMoveDialog);
  const selectedKeys = useMemo(() => new Set([...selection].map(noteKey)), [selection]);
  // Themes and linked rows take focus and act, but are never selected: only a note's own row is.
  const unselectable = useMemo(
    () => [
      NONE,
      ...model.themes.flatMap((theme) => [
        themeKey(theme.id),
        ...(model.membersByTheme.get(theme.id)?.linked ?? []).map((note) => linkKey(theme.id, note.id)),
      ]),
    ],
    [model.themes, model.membersByTheme],
  );

  const { dragAndDropHooks } = useOutlineDrops(model);

  const onSelectionChange = (keys: Selection) => {
    const ids = keys === 'all' ? model.notes.map((n) => n.id) : [...keys].filter(isNote).map(idOf);
    select(ids);
    announce(t('board.selectedCount', { count: ids.length }));
  };

  const renderNote = (note: Note) => noteItem(note, model, () => openMoveDialog([note.id]));
  const showNote = (noteId: string) => {
    select([noteId]);
    onShowNote(noteId);
  };

  // react-aria decides a row is expandable from the children in its collection (its hasChildItems prop does
  // not reach the keyboard handling), so a collapsed theme gets one stand-in child instead of all its notes.
  const renderNotes = (key: string, open: boolean, notes: Note[], linked: Note[] = []) =>
    open
      ? [...notes.map(renderNote), ...linked.map((note) => linkedItem(note, idOf(key), model, showNote))]
      : notes.length + linked.length > 0 && (
          <TreeItem key={`more:${key}`} id={`more:${key}`} textValue={t('board.notesRow')} className="outline-item">
            <TreeItemContent>…</TreeItemContent>
          </TreeItem>
        );

  const renderTheme = (node: ThemeNode): ReactElement => {
    const key = themeKey(node.theme.id);
    const members = model.membersByTheme.get(node.theme.id);
    const notes = members?.home ?? [];
    const linked = members?.linked ?? [];
    const open = expanded.has(key);
    return (
      <TreeItem
        key={key}
        id={key}
        textValue={node.theme.name}
        className="outline-item outline-theme"
        hasChildItems={notes.length + linked.length + node.children.length > 0}
      >
        <TreeItemContent>
          {({ hasChildItems }) => (
            <>
              {hasChildItems ? (
                <Button
                  slot="chevron"
                  className="chevron"
                  aria-label={t('board.themeToggle', { open: open ? 'yes' : 'no', theme: node.theme.name })}
                >
                  {open ? '▾' : '▸'}
                </Button>
              ) : (
                <span className="chevron-space" />
              )}
              <Button slot="drag" className="drag-handle" aria-label={t('board.dragTheme', { theme: node.theme.name })}>
                ≡
              </Button>
              <span className="swatch" style={{ background: node.theme.color }} aria-hidden="true" />
              <strong>{node.theme.name}</strong>
              <span className="muted">
                {t('board.outlineCount', { count: memberCount(members), linked: linked.length })}
                {node.theme.votes > 0 && ` · ${t('board.voteCount', { count: node.theme.votes })}`}
              </span>
              <MemosButton target="theme" id={node.theme.id} name={node.theme.name} />
            </>
          )}
        </TreeItemContent>
        {node.children.map(renderTheme)}
        {renderNotes(key, open, notes, linked)}
      </TreeItem>
    );
  };

  const loose = model.notesByTheme.get(null) ?? [];
  const looseOpen = expanded.has(NONE);
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">{t('board.outline')}</h2>
      <p className="muted">{t('board.outlineHelp')}</p>
      <Tree
        aria-label={t('board.outlineTree')}
        className="outline-tree"
        selectionMode="multiple"
        selectedKeys={selectedKeys}
        onSelectionChange={onSelectionChange}
        disabledKeys={unselectable}
        disabledBehavior="selection"
        expandedKeys={expanded}
        onExpandedChange={setExpanded}
        dragAndDropHooks={dragAndDropHooks}
      >
        {tree.map(renderTheme)}
        {looseItem(loose, looseOpen, renderNotes(NONE, looseOpen, loose))}
      </Tree>
    </section>
  );
}
