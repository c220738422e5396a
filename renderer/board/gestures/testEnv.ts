/** A gesture environment made of plain objects, recording what the gestures do: for the gesture unit tests. */
import type { Camera } from '../../../shared/board/camera';
import { layoutBoard, type LayoutNote } from '../../../shared/board/layout';
import type { Point, Rect } from '../../../shared/board/rect';
import { buildIndex } from '../../../shared/board/spatialIndex';
import type { Note, Theme } from '../../../shared/domain/schemas';
import type { BoardWrite } from '../dropPlan';
import type { GestureEnv } from './types';

export function theme(id: string, frame: Rect | null = null, parentId: string | null = null): Theme {
  return {
    id,
    projectId: 'p',
    sessionId: null,
    name: id.toUpperCase(),
    description: '',
    color: '#1D4ED8',
    parentId,
    frame,
    masterThemeId: null,
    origin: 'manual',
    votes: 0,
    deleted: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export type ViewCall =
  | { kind: 'dragNotes'; ids: readonly string[]; delta: Point; target: string | null }
  | { kind: 'dragFrame'; themeId: string; delta: Point }
  | { kind: 'resizeFrame'; themeId: string; rect: Rect }
  | { kind: 'lasso'; rect: Rect | null }
  | { kind: 'clear'; committed: boolean };

export function testEnv(notes: LayoutNote[], themes: Theme[], camera: Camera = { x: 0, y: 0, zoom: 1 }) {
  const layout = layoutBoard(notes, themes);
  const index = buildIndex(Array.from(layout.notes, ([id, rect]) => ({ id, rect })));
  const notesByTheme = new Map<string | null, Note[]>();
  const noteRecords = notes.map((n) => ({ ...n }) as unknown as Note);
  for (const note of noteRecords) notesByTheme.set(note.themeId, [...(notesByTheme.get(note.themeId) ?? []), note]);
  let selected: ReadonlySet<string> = new Set();
  const state = {
    camera,
    committed: 0,
    focused: null as string | null,
    writes: [] as BoardWrite[],
    view: [] as ViewCall[],
    announced: [] as string[],
    get selected() {
      return selected;
    },
  };
  const env: GestureEnv = {
    camera: {
      get: () => state.camera,
      set: (next) => {
        state.camera = next;
      },
      commit: () => {
        state.committed++;
      },
    },
    model: {
      layout,
      index,
      themes,
      themeById: new Map(themes.map((t) => [t.id, t])),
      notes: noteRecords,
      notesByTheme,
    },
    selection: {
      current: () => selected,
      select: (ids) => {
        selected = new Set(ids);
      },
      toggle: (id) => {
        const next = new Set(selected);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        selected = next;
      },
      add: (ids) => {
        selected = new Set([...selected, ...ids]);
      },
      clear: () => {
        selected = new Set();
      },
      focus: (id) => {
        state.focused = id;
      },
    },
    view: {
      dragNotes: (ids, delta, target) => state.view.push({ kind: 'dragNotes', ids, delta, target }),
      dragFrame: (themeId, delta) => state.view.push({ kind: 'dragFrame', themeId, delta }),
      resizeFrame: (themeId, rect) => state.view.push({ kind: 'resizeFrame', themeId, rect }),
      lasso: (rect) => state.view.push({ kind: 'lasso', rect }),
      clear: (committed) => state.view.push({ kind: 'clear', committed }),
    },
    write: (write) => state.writes.push(write),
    announce: (message) => state.announced.push(message),
  };
  return { env, state, layout };
}
