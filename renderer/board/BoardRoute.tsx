/**
 * The board screen (issue 3): one session's notes, or the whole project's, sorted into themes. The canvas
 * (or its twin, the outline), search and filters, and beside them the selection, the codebook of themes with
 * dot votes and ranking, and suggested themes. Every change goes through the board commands, so it can be
 * undone (Ctrl+Z), is saved at once and is recorded for sync.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isFilterActive, matchesFilter } from '../../shared/board/filter';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { routePath } from '../app/router';
import { assignTheme, createTheme, splitTheme } from '../data/commands/board';
import { useAct } from '../app/useAct';
import { boardKeyOf, useBoardStore } from './boardStore';
import { useBoardData, useBoardModel, type BoardData } from './useBoardModel';
import { usePendingWrites } from './usePendingWrites';
import type { CameraControls } from './useCameraControls';
import { BoardCanvas } from './BoardCanvas';
import { OutlineView } from './OutlineView';
import { FilterBar } from './FilterBar';
import { BoardToolbar } from './BoardToolbar';
import { SelectionPanel } from './SelectionPanel';
import { ThemePanel } from './ThemePanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { SimilarNotesPanel } from './SimilarNotesPanel';
import { ThemePickerDialog } from './ThemePickerDialog';
import { NameThemeDialog } from './NameThemeDialog';
import { BoardHelp } from './BoardHelp';

export function BoardRoute({ projectId, sessionId }: { projectId: string; sessionId: string | null }) {
  const load = useBoardData(projectId, sessionId);
  const key = boardKeyOf(projectId, sessionId);
  const openBoard = useBoardStore((s) => s.openBoard);
  const current = useBoardStore((s) => s.boardKey);
  useLayoutEffect(() => openBoard(key), [openBoard, key]);
  if (load.state === 'loading' || current !== key) return null;
  if (load.state === 'missing') {
    return (
      <section className="screen">
        <h1>Board not found</h1>
        <p>
          This {sessionId ? 'session' : 'project'} does not exist on this device.{' '}
          <a href={routePath({ name: 'sessions', projectId })}>Back to sessions</a>.
        </p>
      </section>
    );
  }
  return <BoardScreen key={key} data={load.data} />;
}

function BoardScreen({ data }: { data: BoardData }) {
  const { runner } = useData();
  const act = useAct();
  const rawNotes = useMemo(() => new Map(data.notes.map((n) => [n.id, n])), [data.notes]);
  const rawThemes = useMemo(() => new Map(data.themes.map((t) => [t.id, t])), [data.themes]);
  const pending = usePendingWrites(rawNotes, rawThemes);
  const model = useBoardModel(data, pending.view);
  const colorMode = useBoardStore((s) => s.colorMode);
  const view = useBoardStore((s) => s.view);
  const setView = useBoardStore((s) => s.setView);
  const filter = useDeferredValue(useBoardStore((s) => s.filter));
  const moveDialogFor = useBoardStore((s) => s.moveDialogFor);
  const createDialogFor = useBoardStore((s) => s.createDialogFor);
  const helpOpen = useBoardStore((s) => s.helpOpen);
  const [camera, setCamera] = useState<CameraControls | null>(null);
  const [split, setSplit] = useState<{ themeId: string; noteIds: string[] } | null>(null);

  const matches = useMemo(() => {
    if (!isFilterActive(filter)) return null;
    const found = new Set<string>();
    for (const note of model.notes) {
      if (matchesFilter(note, { groupId: model.groupOfNote(note), speaker: model.speakerOf(note) }, filter))
        found.add(note.id);
    }
    return found;
  }, [filter, model]);

  // A theme to show, or a note to follow, as soon as the layout has it: a new theme appears only once its
  // commit returns, and a note moved to a theme snaps into its frame only then.
  const revealTheme = useRef<string | null>(null);
  const followNote = useRef<string | null>(null);
  const latest = useRef({ camera, layout: model.layout });
  const flushReveals = useCallback(() => {
    const { camera: controls, layout } = latest.current;
    if (!controls) return;
    const frame = revealTheme.current ? layout.frames.get(revealTheme.current) : undefined;
    if (frame) {
      controls.reveal(frame);
      revealTheme.current = null;
    }
    const rect = followNote.current ? layout.notes.get(followNote.current) : undefined;
    if (rect) {
      controls.reveal(rect);
      followNote.current = null;
    }
  }, []);
  useEffect(() => {
    latest.current = { camera, layout: model.layout };
    flushReveals();
  }, [camera, model.layout, flushReveals]);

  const showTheme = useCallback(
    (themeId: string) => {
      const frame = model.layout.frames.get(themeId);
      if (view === 'board' && camera && frame) camera.reveal(frame);
      else {
        revealTheme.current = themeId;
        setView('board');
      }
      announce(`Showing theme ${model.themeById.get(themeId)?.name ?? ''} on the board`);
    },
    [camera, model.layout, model.themeById, setView, view],
  );

  // Keys that work anywhere while the board is open, except while typing in a field or inside a dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.defaultPrevented ||
        target?.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]')
      )
        return;
      const ctrl = event.ctrlKey || event.metaKey;
      if ((event.key === '?' && !ctrl) || (ctrl && event.key === '/')) {
        event.preventDefault();
        useBoardStore.getState().setHelpOpen(true);
      } else if (event.key === '/' && !ctrl && !event.altKey) {
        event.preventDefault();
        document.getElementById('board-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const closeDialogs = () => {
    const store = useBoardStore.getState();
    store.openMoveDialog(null);
    store.openCreateDialog(null);
  };
  const title = data.session ? data.session.title : `${data.project.name} (all sessions)`;
  const pickOptions = useMemo(
    () => [
      { id: 'none', label: 'No theme (back to the unsorted notes)' },
      ...model.themes.map((t) => ({ id: t.id, label: model.themePath(t.id) })),
    ],
    [model],
  );

  return (
    <section className="screen board-screen" aria-labelledby="board-heading">
      <div className="board-top">
        <p className="breadcrumb">
          <a href={routePath({ name: 'sessions', projectId: data.project.id })}>{data.project.name}</a>
          {data.session && (
            <>
              {' › '}
              <a href={routePath({ name: 'session', projectId: data.project.id, sessionId: data.session.id })}>
                {data.session.title}
              </a>
            </>
          )}{' '}
          › Board
        </p>
        <h1 id="board-heading">Board: {title}</h1>
        <BoardToolbar model={model} camera={camera} />
      </div>
      <FilterBar model={model} matches={matches} />
      <div className="board-body">
        <div className="board-main">
          {view === 'board' ? (
            <BoardCanvas
              model={model}
              colorMode={colorMode}
              matches={matches}
              searchText={filter.text}
              onWrite={pending.write}
              onCamera={setCamera}
            />
          ) : (
            <OutlineView model={model} />
          )}
        </div>
        <aside className="board-side" aria-label="Selection, themes and suggestions">
          <SelectionPanel model={model} onSplit={(themeId, noteIds) => setSplit({ themeId, noteIds })} />
          <SimilarNotesPanel model={model} />
          <ThemePanel model={model} onShow={showTheme} />
          <SuggestionsPanel model={model} />
        </aside>
      </div>
      {moveDialogFor && (
        <ThemePickerDialog
          title={`Move ${moveDialogFor.length === 1 ? 'note' : `${moveDialogFor.length} notes`} to theme`}
          options={pickOptions}
          onPick={(id) => {
            const themeId = id === 'none' ? null : id;
            const name = themeId ? model.themeById.get(themeId)?.name : null;
            const ids = [...moveDialogFor];
            followNote.current = useBoardStore.getState().focusedId;
            void act(assignTheme(runner, ids, themeId), (n) =>
              n === 0
                ? 'Already there; nothing moved'
                : name
                  ? `Moved ${n} note${n === 1 ? '' : 's'} to theme ${name}`
                  : `Took ${n} note${n === 1 ? '' : 's'} out of their theme`,
            );
          }}
          onClose={closeDialogs}
        />
      )}
      {createDialogFor && (
        <NameThemeDialog
          title="Create theme"
          description={
            createDialogFor.length
              ? `A new theme holding the ${createDialogFor.length === 1 ? 'selected note' : `${createDialogFor.length} selected notes`}.`
              : 'A new, empty theme: drop notes in its frame, or move them to it.'
          }
          submitLabel="Create theme"
          onSubmit={async (name) => {
            const theme = await act(
              createTheme(runner, {
                projectId: data.project.id,
                sessionId: data.session?.id ?? null,
                name,
                noteIds: createDialogFor,
              }),
              (t) =>
                `Theme ${t.name} created${createDialogFor.length ? ` with ${createDialogFor.length} note${createDialogFor.length === 1 ? '' : 's'}` : ''}`,
            );
            if (theme) {
              revealTheme.current = theme.id;
              flushReveals();
            }
            return Boolean(theme);
          }}
          onClose={closeDialogs}
        />
      )}
      {split && (
        <NameThemeDialog
          title="Split off into a new theme"
          description={`The ${split.noteIds.length} selected notes leave “${model.themeById.get(split.themeId)?.name}” for a new theme beside it.`}
          submitLabel="Split off"
          onSubmit={async (name) => {
            const theme = await act(
              splitTheme(runner, split.themeId, split.noteIds, name),
              (t) => `Split ${split.noteIds.length} notes off into ${t.name}`,
            );
            if (theme) {
              revealTheme.current = theme.id;
              flushReveals();
            }
            return Boolean(theme);
          }}
          onClose={() => setSplit(null)}
        />
      )}
      {helpOpen && <BoardHelp onClose={() => useBoardStore.getState().setHelpOpen(false)} />}
    </section>
  );
}
