/**
 * The outline: the board's non-visual twin (architecture: Renderer). Themes as a tree (sub-themes nested), each holding
 * its notes, and "No theme" for the rest. Notes move between themes by accessible drag and drop (react-aria:
 * mouse, touch, keyboard and screen reader — the ≡ handle starts a keyboard drag) or by each note's
 * "Move to theme…" button; dragging a theme onto another nests it. Selection is shared with the board.
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
import { noteCount, noteOrNotes } from './words';

const NOTE_TYPE = 'application/x-fieldnotes-note';
const THEME_TYPE = 'application/x-fieldnotes-theme';
const NONE = 'theme:none';
const noteKey = (id: string) => `note:${id}`;
const themeKey = (id: string) => `theme:${id}`;
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
      notifyError(describeError(error));
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
      const name = targetId ? (model.themeById.get(targetId)?.name ?? 'theme') : null;
      if (noteIds.length) {
        const what = noteOrNotes(noteIds.length);
        await run(
          assignTheme(runner, noteIds, targetId),
          name ? `Moved ${what} to theme ${name}` : `Moved ${what} out of its theme`,
        );
      }
      for (const themeId of themeIds) {
        if (themeId === targetId) continue;
        await run(
          nestTheme(runner, themeId, targetId),
          name ? `${model.themeById.get(themeId)?.name} nested under ${name}` : 'Theme moved to the top level',
        );
      }
    },
  });
}

/** Opens the memos on a theme or a note (the board's Shift+M). */
function MemosButton({ target, id, name }: { target: 'note' | 'theme'; id: string; name: string }) {
  return (
    <Button
      className="small-button"
      onPress={() => useBoardStore.getState().openMemos({ target, id })}
      aria-label={`Memos on ${target}: ${name}`}
    >
      Memos…
    </Button>
  );
}

/** A note's row: its drag handle, text, speaker and question, and its "Move to theme…" button. */
function noteItem(note: Note, model: BoardModel, onMove: () => void) {
  return (
    <TreeItem key={noteKey(note.id)} id={noteKey(note.id)} textValue={note.text} className="outline-item outline-note">
      <TreeItemContent>
        <Button slot="drag" className="drag-handle" aria-label="Drag note">
          ≡
        </Button>
        <span className="outline-text" dir="auto">
          {note.text.length > 600 ? `${note.text.slice(0, 600)}…` : note.text}
        </span>
        <span className="muted outline-meta">
          {[model.speakerOf(note), note.questionId ? `Q${model.questionNumber.get(note.questionId)}` : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <Button className="small-button" onPress={onMove} aria-label={`Move to theme: ${note.text.slice(0, 60)}`}>
          Move to theme…
        </Button>
        <MemosButton target="note" id={note.id} name={note.text.slice(0, 60)} />
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
      textValue="No theme"
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
                aria-label={open ? 'Collapse notes without a theme' : 'Expand notes without a theme'}
              >
                {open ? '▾' : '▸'}
              </Button>
            ) : (
              <span className="chevron-space" />
            )}
            <strong>No theme</strong>
            <span className="muted">{noteCount(loose.length)}</span>
          </>
        )}
      </TreeItemContent>
      {notes}
    </TreeItem>
  );
}

export function OutlineView({ model }: { model: BoardModel }) {
  const tree = useMemo(() => themeTree(model.themes), [model.themes]);
  const [expanded, setExpanded] = useState<Set<Key>>(() => new Set());
  const selection = useBoardStore((s) => s.selection);
  const select = useBoardStore((s) => s.select);
  const openMoveDialog = useBoardStore((s) => s.openMoveDialog);
  const selectedKeys = useMemo(() => new Set([...selection].map(noteKey)), [selection]);
  const themeKeys = useMemo(() => [NONE, ...model.themes.map((t) => themeKey(t.id))], [model.themes]);

  const { dragAndDropHooks } = useOutlineDrops(model);

  const onSelectionChange = (keys: Selection) => {
    const ids = keys === 'all' ? model.notes.map((n) => n.id) : [...keys].filter(isNote).map(idOf);
    select(ids);
    announce(`${noteCount(ids.length)} selected`);
  };

  const renderNote = (note: Note) => noteItem(note, model, () => openMoveDialog([note.id]));

  // react-aria decides a row is expandable from the children in its collection (its hasChildItems prop does
  // not reach the keyboard handling), so a collapsed theme gets one stand-in child instead of all its notes.
  const renderNotes = (key: string, open: boolean, notes: Note[]) =>
    open
      ? notes.map(renderNote)
      : notes.length > 0 && (
          <TreeItem key={`more:${key}`} id={`more:${key}`} textValue="Notes" className="outline-item">
            <TreeItemContent>…</TreeItemContent>
          </TreeItem>
        );

  const renderTheme = (node: ThemeNode): ReactElement => {
    const key = themeKey(node.theme.id);
    const notes = model.notesByTheme.get(node.theme.id) ?? [];
    const open = expanded.has(key);
    return (
      <TreeItem
        key={key}
        id={key}
        textValue={node.theme.name}
        className="outline-item outline-theme"
        hasChildItems={notes.length + node.children.length > 0}
      >
        <TreeItemContent>
          {({ hasChildItems }) => (
            <>
              {hasChildItems ? (
                <Button
                  slot="chevron"
                  className="chevron"
                  aria-label={open ? `Collapse ${node.theme.name}` : `Expand ${node.theme.name}`}
                >
                  {open ? '▾' : '▸'}
                </Button>
              ) : (
                <span className="chevron-space" />
              )}
              <Button slot="drag" className="drag-handle" aria-label={`Drag theme ${node.theme.name}`}>
                ≡
              </Button>
              <span className="swatch" style={{ background: node.theme.color }} aria-hidden="true" />
              <strong>{node.theme.name}</strong>
              <span className="muted">
                {noteCount(notes.length)}
                {node.theme.votes > 0 && ` · ${node.theme.votes} votes`}
              </span>
              <MemosButton target="theme" id={node.theme.id} name={node.theme.name} />
            </>
          )}
        </TreeItemContent>
        {node.children.map(renderTheme)}
        {renderNotes(key, open, notes)}
      </TreeItem>
    );
  };

  const loose = model.notesByTheme.get(null) ?? [];
  const looseOpen = expanded.has(NONE);
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Outline</h2>
      <p className="muted">
        Drag notes onto a theme (or use a note’s “Move to theme…”); drag a theme onto another to nest it. Keyboard:
        arrows move, → expands, Space selects, the ≡ handle starts a drag (Enter), Tab moves to a theme and Enter drops.
      </p>
      <Tree
        aria-label="Themes and their notes"
        className="outline-tree"
        selectionMode="multiple"
        selectedKeys={selectedKeys}
        onSelectionChange={onSelectionChange}
        disabledKeys={themeKeys}
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
