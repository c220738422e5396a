/**
 * The board's UI state (zustand): camera per board, selection, keyboard focus, filters, colour mode and which
 * view and dialogs are open. Data (notes, themes) never lives here; it is read with useLiveQuery.
 *
 * The camera here is the committed one: gestures move a live camera (liveCamera.ts) and write the layer's
 * transform directly, then commit here when they end, so panning never re-renders React per frame.
 */
import { create } from 'zustand';
import type { Camera } from '../../shared/board/camera';
import { EMPTY_FILTER, type BoardFilter } from '../../shared/board/filter';

export type ColorMode = 'group' | 'kind';
export type BoardView = 'board' | 'outline';

export interface BoardState {
  boardKey: string;
  cameras: Record<string, Camera>;
  selection: ReadonlySet<string>;
  focusedId: string | null;
  filter: BoardFilter;
  colorMode: ColorMode;
  view: BoardView;
  /** Notes of the suggestion being previewed on the board (highlighted, others dimmed). */
  preview: { id: string; noteIds: ReadonlySet<string> } | null;
  moveDialogFor: readonly string[] | null;
  createDialogFor: readonly string[] | null;
  /** "Link to theme…" (or "Unlink from theme…") is open for these notes. */
  linkDialog: { noteIds: readonly string[]; unlink: boolean } | null;
  /** The note or theme whose memos are open. */
  memosFor: { target: 'note' | 'theme'; id: string } | null;
  helpOpen: boolean;
  /** Dragging the open board pans instead of drawing a lasso. */
  handTool: boolean;
  /** The panels beside the board (selection, themes, suggestions, overview); folded away, the board takes the room. */
  panelsOpen: boolean;
  minimapOpen: boolean;

  openBoard(key: string): void;
  commitCamera(camera: Camera): void;
  select(ids: Iterable<string>): void;
  toggleSelected(id: string): void;
  addToSelection(ids: Iterable<string>): void;
  clearSelection(): void;
  setFocused(id: string | null): void;
  setFilter(patch: Partial<BoardFilter>): void;
  clearFilter(): void;
  setColorMode(mode: ColorMode): void;
  setView(view: BoardView): void;
  setPreview(preview: BoardState['preview']): void;
  openMoveDialog(noteIds: readonly string[] | null): void;
  openCreateDialog(noteIds: readonly string[] | null): void;
  openLinkDialog(dialog: BoardState['linkDialog']): void;
  openMemos(target: BoardState['memosFor']): void;
  setHelpOpen(open: boolean): void;
  setHandTool(on: boolean): void;
  setPanelsOpen(open: boolean): void;
  setMinimapOpen(open: boolean): void;
}

const NONE: ReadonlySet<string> = new Set();

export const useBoardStore = create<BoardState>((set) => ({
  boardKey: '',
  cameras: {},
  selection: NONE,
  focusedId: null,
  filter: EMPTY_FILTER,
  colorMode: 'group',
  view: 'board',
  preview: null,
  moveDialogFor: null,
  createDialogFor: null,
  linkDialog: null,
  memosFor: null,
  helpOpen: false,
  handTool: false,
  panelsOpen: true,
  minimapOpen: true,

  // Switching boards keeps each board's camera but starts with nothing selected or previewed.
  openBoard: (key) =>
    set((state) =>
      state.boardKey === key
        ? state
        : { boardKey: key, selection: NONE, focusedId: null, preview: null, filter: EMPTY_FILTER },
    ),
  commitCamera: (camera) => set((state) => ({ cameras: { ...state.cameras, [state.boardKey]: camera } })),
  select: (ids) => set({ selection: new Set(ids) }),
  toggleSelected: (id) =>
    set((state) => {
      const next = new Set(state.selection);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selection: next };
    }),
  addToSelection: (ids) => set((state) => ({ selection: new Set([...state.selection, ...ids]) })),
  clearSelection: () => set((state) => (state.selection.size ? { selection: NONE } : state)),
  setFocused: (id) => set({ focusedId: id }),
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  clearFilter: () => set({ filter: EMPTY_FILTER }),
  setColorMode: (colorMode) => set({ colorMode }),
  setView: (view) => set({ view }),
  setPreview: (preview) => set({ preview }),
  openMoveDialog: (moveDialogFor) => set({ moveDialogFor }),
  openCreateDialog: (createDialogFor) => set({ createDialogFor }),
  openLinkDialog: (linkDialog) => set({ linkDialog }),
  openMemos: (memosFor) => set({ memosFor }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setHandTool: (handTool) => set({ handTool }),
  setPanelsOpen: (panelsOpen) => set({ panelsOpen }),
  setMinimapOpen: (minimapOpen) => set({ minimapOpen }),
}));

export function boardKeyOf(projectId: string, sessionId: string | null): string {
  return `${projectId}:${sessionId ?? '*'}`;
}

/** The notes an action applies to: the selection when the focused note is part of it (or nothing has focus), else the focused note. */
export function actionTargets(state: Pick<BoardState, 'selection' | 'focusedId'>): string[] {
  if (state.selection.size && (!state.focusedId || state.selection.has(state.focusedId))) return [...state.selection];
  return state.focusedId ? [state.focusedId] : [];
}
