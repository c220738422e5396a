/**
 * What the board's canvas draws, as plain data: the notes (each with its face: colours, speaker line, text)
 * and frames from the layout, and the state drawn over them (selection, focus, search highlight, the frame a
 * drag would drop into). The canvas is the board's picture; the DOM underneath it carries the same notes and
 * frames as focusable, labelled, invisible elements for keyboards, screen readers and hit-testing.
 */
import type { Rect } from '../../../shared/board/rect';
import type { SpatialIndex } from '../../../shared/board/spatialIndex';

export interface StickyFace {
  text: string;
  /** Speaker, question, kind or group, as the sticky's small top line shows them. */
  meta: string;
  fill: string;
  accent: string | null;
  sensitive: boolean;
  /** Further themes the note is linked to (it sits in its home frame): drawn as markers in their colours. */
  links?: readonly { name: string; color: string }[];
  /** Identifies the face's content, so a drawn copy is reused for as long as the face is unchanged. */
  key: string;
}

export interface FrameFace {
  id: string;
  name: string;
  color: string;
  /** Every note the theme holds: its own and those linked to it from other themes. */
  count: number;
  /** Of those, the notes linked from other themes. */
  linked: number;
  votes: number;
  auto: boolean;
  depth: number;
  parentId: string | null;
}

export interface PaintScene {
  /** Note rectangles (world units), in paint order. */
  notes: ReadonlyMap<string, Rect>;
  order: ReadonlyMap<string, number>;
  index: SpatialIndex;
  /** Each note's theme on this board (null: none), so a frame drag carries its notes. */
  themeOf: ReadonlyMap<string, string | null>;
  faces: ReadonlyMap<string, StickyFace>;
  frames: ReadonlyMap<string, Rect>;
  /** Frames in paint order (outer before inner). */
  frameFaces: readonly FrameFace[];
  selection: ReadonlySet<string>;
  /** Notes to highlight (search matches or a previewed suggestion): the rest are dimmed; null: none. */
  highlight: ReadonlySet<string> | null;
  /** Search words to mark inside the text of highlighted notes. */
  search: string;
}

/** What a focused element of the board is, for its focus ring. */
export type FocusRing = { kind: 'note'; id: string } | { kind: 'frame'; id: string } | null;

export const COLORS = {
  board: '#eceae4',
  text: '#1f2933',
  meta: '#3e4c59',
  flag: '#b91c1c',
  defaultAccent: '#d4b106',
  dimFill: '#f1f0ec',
  dimAccent: '#c9ced6',
  edge: 'rgba(0, 0, 0, 0.14)',
  mark: '#fde68a',
  selection: '#1d4ed8',
  focus: '#f59e0b',
  match: '#b45309',
  dropFill: 'rgba(253, 230, 138, 0.55)',
  frameFill: 'rgba(255, 255, 255, 0.45)',
  handle: '#52606d',
  shadow: 'rgba(0, 0, 0, 0.22)',
} as const;

/** The app's system font stack: the canvas draws with what the rest of the app shows. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
