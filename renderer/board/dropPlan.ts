/**
 * Turns a finished drag into what to write: the moves, the frames to pin, the label for undo, and the
 * positions to show until the database returns the commit. Pure functions of the layout and the gesture.
 */
import { planDrop } from '../../shared/board/hitTest';
import { storedPosition, type BoardLayout } from '../../shared/board/layout';
import { translateRect, type Point, type Rect } from '../../shared/board/rect';
import type { Theme } from '../../shared/domain/schemas';
import type { CommandLabel } from '../data/commandLabel';
import type { FramePin, NoteMove } from '../data/commands/board';
import { msg } from '../ui/i18n';

export interface PendingWrite {
  notes: Map<string, { x: number; y: number; themeId?: string | null }>;
  frames: Map<string, Rect | null>;
  /** What the database holds once the write is in: the pending view can then be dropped. */
  expected: { notes: Map<string, { x: number; y: number; themeId?: string | null }>; frames: Map<string, Rect | null> };
}

/** A gesture's or a key's change to the board, ready for the board commands, with what to show meanwhile. */
export type BoardWrite =
  | {
      kind: 'notes';
      moves: NoteMove[];
      pins: FramePin[];
      label: CommandLabel;
      summary: string;
      pending: PendingWrite;
    }
  | {
      kind: 'frame';
      themeId: string;
      frame: Rect;
      notes: NoteMove[];
      frames: FramePin[];
      label: CommandLabel;
      summary: string;
      pending: PendingWrite;
    };

export function emptyPending(): PendingWrite {
  return { notes: new Map(), frames: new Map(), expected: { notes: new Map(), frames: new Map() } };
}

export interface DropWrite {
  moves: NoteMove[];
  pins: FramePin[];
  /** What undo calls the drop, translated when it is shown. */
  label: CommandLabel;
  pending: PendingWrite;
  /** Announced once the drop is saved. */
  summary: string;
}

/** The target frame and every auto-laid-out frame above it, so none of them reflows away from the drop. */
function framesToPin(layout: BoardLayout, themeById: ReadonlyMap<string, Theme>, themeId: string): FramePin[] {
  const pins: FramePin[] = [];
  const seen = new Set<string>();
  for (
    let at = themeById.get(themeId);
    at && !seen.has(at.id);
    at = at.parentId ? themeById.get(at.parentId) : undefined
  ) {
    seen.add(at.id);
    const shown = layout.frames.get(at.id);
    if (shown && layout.autoFrames.has(at.id)) pins.push({ themeId: at.id, frame: shown });
  }
  return pins;
}

export function planNoteDrop(
  layout: BoardLayout,
  themeById: ReadonlyMap<string, Theme>,
  ids: readonly string[],
  delta: Point,
  pointer: Point,
): DropWrite {
  const dropped = new Map<string, Rect>();
  for (const id of ids) {
    const rect = layout.notes.get(id);
    if (rect) dropped.set(id, translateRect(rect, delta.x, delta.y));
  }
  const plan = planDrop(layout.frames, layout.depth, pointer, dropped);
  const moves: NoteMove[] = [];
  const pending: PendingWrite = {
    notes: new Map(),
    frames: new Map(),
    expected: { notes: new Map(), frames: new Map() },
  };
  for (const id of plan.keepPosition) {
    const at = storedPosition(dropped.get(id)!.x, dropped.get(id)!.y);
    moves.push({ id, ...at, themeId: plan.themeId });
    pending.notes.set(id, { ...at, themeId: plan.themeId });
    pending.expected.notes.set(id, { ...at, themeId: plan.themeId });
  }
  for (const id of plan.snap) {
    const rect = dropped.get(id)!;
    moves.push({ id, x: 0, y: 0, snap: true, themeId: plan.themeId });
    // Shown where it was dropped until the commit returns; then it snaps into the frame.
    pending.notes.set(id, { ...storedPosition(rect.x, rect.y), themeId: plan.themeId });
    pending.expected.notes.set(id, { x: 0, y: 0, themeId: plan.themeId });
  }
  const pins = plan.themeId && plan.keepPosition.length ? framesToPin(layout, themeById, plan.themeId) : [];
  for (const pin of pins) {
    pending.frames.set(pin.themeId, pin.frame);
    pending.expected.frames.set(pin.themeId, pin.frame && roundRect(pin.frame));
  }
  const count = moves.length;
  const theme = plan.themeId ? themeById.get(plan.themeId) : null;
  return {
    moves,
    pins,
    label: theme
      ? { id: 'board.undo.moveNotesTo', values: { count, theme: theme.name }, subject: 'note' }
      : { id: 'board.undo.moveNotes', values: { count }, subject: 'note' },
    pending,
    summary: theme
      ? msg('board.said.movedNotesTo', { count, theme: theme.name })
      : msg('board.said.movedNotes', { count }),
  };
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), w: Math.max(1, Math.round(r.w)), h: Math.max(1, Math.round(r.h)) };
}

/** The themes in `rootId`'s subtree (itself included). */
export function subtreeOf(themes: readonly Theme[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of themes) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export interface FrameWrite {
  frame: Rect;
  notes: NoteMove[];
  frames: FramePin[];
  pending: PendingWrite;
}

/** A frame dragged by `delta`: it is stored at its new place, and its placed notes and stored sub-frames travel with it. */
export function planFrameMove(
  layout: BoardLayout,
  themes: readonly Theme[],
  notes: readonly { id: string; themeId: string | null }[],
  themeId: string,
  delta: Point,
): FrameWrite {
  const theme = themes.find((t) => t.id === themeId)!;
  const base = theme.frame ?? layout.frames.get(themeId)!;
  const frame = roundRect(translateRect(base, delta.x, delta.y));
  const subtree = subtreeOf(themes, themeId);
  const pending: PendingWrite = {
    notes: new Map(),
    frames: new Map([[themeId, frame]]),
    expected: { notes: new Map(), frames: new Map([[themeId, frame]]) },
  };
  const frames: FramePin[] = [];
  for (const t of themes) {
    if (t.id === themeId || !subtree.has(t.id) || !t.frame) continue;
    const moved = roundRect(translateRect(t.frame, delta.x, delta.y));
    frames.push({ themeId: t.id, frame: moved });
    pending.frames.set(t.id, moved);
    pending.expected.frames.set(t.id, moved);
  }
  const moves: NoteMove[] = [];
  for (const note of notes) {
    if (!note.themeId || !subtree.has(note.themeId) || layout.unplaced.has(note.id)) continue;
    const rect = layout.notes.get(note.id);
    if (!rect) continue;
    const at = storedPosition(rect.x + delta.x, rect.y + delta.y);
    moves.push({ id: note.id, ...at });
    pending.notes.set(note.id, at);
    pending.expected.notes.set(note.id, at);
  }
  return { frame, notes: moves, frames, pending };
}

export const MIN_FRAME = { w: 220, h: 180 };

export function resizedFrame(shown: Rect, delta: Point): Rect {
  return roundRect({
    x: shown.x,
    y: shown.y,
    w: Math.max(MIN_FRAME.w, shown.w + delta.x),
    h: Math.max(MIN_FRAME.h, shown.h + delta.y),
  });
}
