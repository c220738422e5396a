/**
 * The board screen: one session's notes, or the whole project's, sorted into themes. The canvas (or its
 * twin, the outline) takes the window; search and filters above it; beside it, panels that fold away: the
 * selection, the codebook of themes with dot votes and ranking, and suggested themes. Every change goes
 * through the board commands, so it can be undone (Ctrl+Z), is saved at once and is recorded for sync.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { visibleWorldRect, worldToScreen } from '../../shared/board/camera';
import { isFilterActive, matchesFilter } from '../../shared/board/filter';
import type { Point } from '../../shared/board/rect';
import { announce } from '../app/announce';
import { routePath } from '../app/router';
import { boardKeyOf, useBoardStore } from './boardStore';
import { useBoardData, useBoardModel, type BoardData, type BoardModel } from './useBoardModel';
import { usePendingWrites } from './usePendingWrites';
import { BoardCanvas, type CanvasControls } from './BoardCanvas';
import { OutlineView } from './OutlineView';
import { FilterBar } from './FilterBar';
import { BoardNav, BoardToolbar } from './BoardToolbar';
import { SelectionPanel } from './SelectionPanel';
import { ThemePanel } from './ThemePanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { SimilarNotesPanel } from './SimilarNotesPanel';
import { BoardHelp } from './BoardHelp';
import { BoardDialogs } from './BoardDialogs';
import { NewStickyEditor, type NewStickyRequest } from './NewStickyEditor';
import { newStickySpot } from './newStickySpot';
import { useScreenKeys } from './useScreenKeys';
import { useTidy } from './useTidy';
import { OverviewPanel } from './Minimap';
import { PhotoStrip, ProjectPhotoStrip } from '../photos';
import { msg, useT } from '../ui/i18n';

export function BoardRoute({ projectId, sessionId }: { projectId: string; sessionId: string | null }) {
  const load = useBoardData(projectId, sessionId);
  const key = boardKeyOf(projectId, sessionId);
  const openBoard = useBoardStore((s) => s.openBoard);
  const current = useBoardStore((s) => s.boardKey);
  const { t } = useT();
  useLayoutEffect(() => openBoard(key), [openBoard, key]);
  if (load.state === 'loading' || current !== key) return null;
  if (load.state === 'missing') {
    return (
      <section className="screen">
        <h1>{t('board.notFound')}</h1>
        <p>
          {t('board.notFoundText', { what: sessionId ? 'session' : 'project' })}{' '}
          <a href={routePath({ name: 'sessions', projectId })}>{t('ui.backToSessions')}</a>.
        </p>
      </section>
    );
  }
  return <BoardScreen key={key} data={load.data} />;
}

function useMatches(model: BoardModel) {
  const filter = useDeferredValue(useBoardStore((s) => s.filter));
  const matches = useMemo(() => {
    if (!isFilterActive(filter)) return null;
    const found = new Set<string>();
    for (const note of model.notes) {
      if (matchesFilter(note, { groupId: model.groupOfNote(note), speaker: model.speakerOf(note) }, filter))
        found.add(note.id);
    }
    return found;
  }, [filter, model]);
  return { matches, searchText: filter.text };
}

/**
 * A theme to show, or a note to follow (and focus), as soon as the layout has it: a new theme appears only
 * once its commit returns, and a note moved to a theme snaps into its frame only then.
 */
function useReveals(model: BoardModel, controls: CanvasControls | null) {
  const revealTheme = useRef<string | null>(null);
  const followNote = useRef<string | null>(null);
  const focusNote = useRef<string | null>(null);
  const latest = useRef({ controls, model });
  const flush = useCallback(() => {
    const { controls: c, model: m } = latest.current;
    if (!c) return;
    const frame = revealTheme.current ? m.layout.frames.get(revealTheme.current) : undefined;
    if (frame) {
      c.camera.reveal(frame);
      revealTheme.current = null;
    }
    const id = followNote.current;
    const rect = id ? m.layout.notes.get(id) : undefined;
    if (id && rect) {
      c.camera.reveal(rect);
      followNote.current = null;
      if (focusNote.current === id) {
        focusNote.current = null;
        c.contextFor({ kind: 'canvas' }).focusNote(id);
      }
    }
  }, []);
  useEffect(() => {
    latest.current = { controls, model };
    flush();
  }, [controls, model, flush]);
  return {
    theme(id: string) {
      revealTheme.current = id;
      flush();
    },
    note(id: string | null, focus = false) {
      followNote.current = id;
      focusNote.current = focus ? id : null;
      flush();
    },
  };
}

/** Where this board sits in the project, its name, and the project's other boards. */
function BoardHeader({ data, model }: { data: BoardData; model: BoardModel }) {
  const { t } = useT();
  const title = data.session ? data.session.title : t('board.allSessions', { project: data.project.name });
  return (
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
        › {t('board.breadcrumbHere')}
      </p>
      <h1 id="board-heading">{t('board.heading', { title })}</h1>
      <BoardNav model={model} />
      {data.session ? (
        <PhotoStrip
          sessionId={data.session.id}
          sessionHref={routePath({ name: 'session', projectId: data.project.id, sessionId: data.session.id })}
        />
      ) : (
        <ProjectPhotoStrip
          projectId={data.project.id}
          sessions={model.sessionOrder.map((session) => ({
            id: session.id,
            title: session.title,
            href: routePath({ name: 'session', projectId: data.project.id, sessionId: session.id }),
          }))}
        />
      )}
    </div>
  );
}

function BoardScreen({ data }: { data: BoardData }) {
  const rawNotes = useMemo(() => new Map(data.notes.map((n) => [n.id, n])), [data.notes]);
  const rawThemes = useMemo(() => new Map(data.themes.map((t) => [t.id, t])), [data.themes]);
  const pending = usePendingWrites(rawNotes, rawThemes);
  const model = useBoardModel(data, pending.view);
  const view = useBoardStore((s) => s.view);
  const setView = useBoardStore((s) => s.setView);
  const { t } = useT();
  const helpOpen = useBoardStore((s) => s.helpOpen);
  const panelsOpen = useBoardStore((s) => s.panelsOpen);
  const [controls, setControls] = useState<CanvasControls | null>(null);
  const [split, setSplit] = useState<{ themeId: string; noteIds: string[] } | null>(null);
  const [newSticky, setNewSticky] = useState<NewStickyRequest | null>(null);
  const { matches, searchText } = useMatches(model);
  const reveal = useReveals(model, controls);
  const onTidy = useTidy(model, controls, pending.write);
  useScreenKeys(controls);

  const showTheme = useCallback(
    (themeId: string) => {
      if (view !== 'board') setView('board');
      reveal.theme(themeId);
      announce(msg('board.showingTheme', { theme: model.themeById.get(themeId)?.name ?? '' }));
    },
    [model.themeById, reveal, setView, view],
  );

  // From the outline: back to the board, where the note is brought into view and takes focus.
  const showNote = useCallback(
    (noteId: string) => {
      setView('board');
      useBoardStore.getState().setFocused(noteId);
      reveal.note(noteId, true);
      announce(msg('board.showingNote'));
    },
    [reveal, setView],
  );

  const onNewSticky = useCallback(
    (at: Point | null, themeId: string | null) => {
      if (!controls) return;
      const camera = controls.camera.live.get();
      const { focusedId } = useBoardStore.getState();
      const focused = focusedId ? (model.layout.notes.get(focusedId) ?? null) : null;
      const spot = at ?? newStickySpot(model.index, focused, visibleWorldRect(camera, controls.size()));
      const screen = worldToScreen(camera, spot);
      const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setNewSticky({ at: spot, themeId, screen, returnFocus: back });
    },
    [controls, model],
  );

  return (
    <section className={`screen board-screen${panelsOpen ? '' : ' is-wide'}`} aria-labelledby="board-heading">
      <BoardHeader data={data} model={model} />
      <div className="board-bars">
        <BoardToolbar model={model} controls={controls} onNewSticky={() => onNewSticky(null, null)} />
        <FilterBar model={model} matches={matches} />
      </div>
      <div className="board-body">
        <div className="board-main">
          {view === 'board' ? (
            <BoardCanvas
              model={model}
              matches={matches}
              searchText={searchText}
              onWrite={pending.write}
              onControls={setControls}
              onNewSticky={onNewSticky}
              onTidy={onTidy}
              overlay={
                newSticky && (
                  <NewStickyEditor
                    model={model}
                    request={newSticky}
                    onDone={(id) => {
                      setNewSticky(null);
                      if (id) {
                        useBoardStore.getState().setFocused(id);
                        reveal.note(id, true);
                      } else newSticky.returnFocus?.focus({ preventScroll: true });
                    }}
                  />
                )
              }
            />
          ) : (
            <OutlineView model={model} onShowNote={showNote} />
          )}
        </div>
        <aside className="board-side" id="board-panels" aria-label={t('board.sidePanels')} hidden={!panelsOpen}>
          <OverviewPanel
            model={model}
            camera={view === 'board' ? (controls?.camera ?? null) : null}
            size={controls?.size() ?? { w: 0, h: 0 }}
          />
          <SelectionPanel model={model} onSplit={(themeId, noteIds) => setSplit({ themeId, noteIds })} />
          <SimilarNotesPanel model={model} />
          <ThemePanel model={model} onShow={showTheme} />
          <SuggestionsPanel model={model} />
        </aside>
      </div>
      <BoardDialogs
        model={model}
        split={split}
        onSplitClose={() => setSplit(null)}
        onThemeMade={reveal.theme}
        onMoved={(id) => reveal.note(id)}
      />
      {helpOpen && <BoardHelp onClose={() => useBoardStore.getState().setHelpOpen(false)} />}
    </section>
  );
}
