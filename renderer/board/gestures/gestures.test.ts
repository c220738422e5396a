import { describe, expect, it } from 'vitest';
import { rectCenter } from '../../../shared/board/rect';
import { pressNote } from './noteDrag';
import { startLasso } from './lasso';
import { startPan } from './pan';
import { pinchCamera, startPinch } from './pinch';
import { startFrameMove, startFrameResize } from './frameDrag';
import { pickGesture } from './target';
import { doubleClickIntent } from './doubleClick';
import { testEnv, theme } from './testEnv';
import { inEnglish } from '../../data/testing';

// Three placed notes in a row and a stored frame to their right; the camera at zoom 1, origin at (0, 0).
const notes = [
  { id: 'a', themeId: null, x: 10, y: 10 },
  { id: 'b', themeId: null, x: 210, y: 10 },
  { id: 'c', themeId: null, x: 410, y: 10 },
];
const frame = { x: 800, y: 0, w: 400, h: 300 };
const setup = () => testEnv(notes, [theme('t', frame)]);

describe('pressing and dragging a note', () => {
  it('a drag of a note outside the selection moves that note only and leaves it the only one selected', () => {
    const { env, state, layout } = setup();
    env.selection.select(['a', 'b']);
    const start = rectCenter(layout.notes.get('c')!);
    const gesture = pressNote(env, { id: 'c', start, additive: false })!;
    expect(state.selected).toEqual(new Set(['c']));
    expect(state.focused).toBe('c');
    gesture.move({ x: start.x + 30, y: start.y + 200 });
    gesture.end({ x: start.x + 30, y: start.y + 200 });
    expect(state.writes).toHaveLength(1);
    const write = state.writes[0]!;
    expect(write.kind === 'notes' && write.moves.map((m) => m.id)).toEqual(['c']);
    expect(state.selected).toEqual(new Set(['c']));
    expect(state.view.at(-1)).toEqual({ kind: 'clear', committed: true });
  });

  it('a drag of a selected note moves the whole selection and keeps it selected', () => {
    const { env, state, layout } = setup();
    env.selection.select(['a', 'b']);
    const start = rectCenter(layout.notes.get('a')!);
    const gesture = pressNote(env, { id: 'a', start, additive: false })!;
    gesture.move({ x: start.x + 10, y: start.y + 300 });
    gesture.end({ x: start.x + 10, y: start.y + 300 });
    const write = state.writes[0]!;
    expect(write.kind === 'notes' && write.moves.map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect(state.selected).toEqual(new Set(['a', 'b']));
  });

  it('a click on a note of a larger selection narrows the selection to it; a small wobble is still a click', () => {
    const { env, state, layout } = setup();
    env.selection.select(['a', 'b']);
    const start = rectCenter(layout.notes.get('b')!);
    const gesture = pressNote(env, { id: 'b', start, additive: false })!;
    gesture.move({ x: start.x + 2, y: start.y + 1 });
    gesture.end({ x: start.x + 2, y: start.y + 1 });
    expect(state.writes).toEqual([]);
    expect(state.view).toEqual([]);
    expect(state.selected).toEqual(new Set(['b']));
  });

  it('Shift toggles: adding joins the selection, removing starts no drag', () => {
    const { env, state, layout } = setup();
    env.selection.select(['a']);
    const start = rectCenter(layout.notes.get('b')!);
    expect(pressNote(env, { id: 'b', start, additive: true })).not.toBeNull();
    expect(state.selected).toEqual(new Set(['a', 'b']));
    expect(pressNote(env, { id: 'a', start, additive: true })).toBeNull();
    expect(state.selected).toEqual(new Set(['b']));
  });

  it('shows the drop target while dragging, and a drop inside a frame assigns its theme', () => {
    const { env, state, layout } = setup();
    const start = rectCenter(layout.notes.get('a')!);
    const gesture = pressNote(env, { id: 'a', start, additive: false })!;
    const into = { x: frame.x + 200, y: frame.y + 150 };
    gesture.move(into);
    expect(state.view.at(-1)).toMatchObject({ kind: 'dragNotes', ids: ['a'], target: 't' });
    gesture.end(into);
    const write = state.writes[0]!;
    expect(write.kind === 'notes' && write.moves[0]).toMatchObject({ id: 'a', themeId: 't' });
    expect(write.summary).toBe('Moved note to theme T');
  });

  it('converts the pointer travel to world units at the current zoom, and a cancel writes nothing', () => {
    const { env, state, layout } = testEnv(notes, [], { x: 0, y: 0, zoom: 0.5 });
    const start = { x: 50, y: 30 };
    const gesture = pressNote(env, { id: 'a', start, additive: false })!;
    gesture.move({ x: 100, y: 30 });
    expect(state.view.at(-1)).toMatchObject({ delta: { x: 100, y: 0 } });
    gesture.cancel();
    expect(state.writes).toEqual([]);
    expect(state.view.at(-1)).toEqual({ kind: 'clear', committed: false });
    expect(layout.notes.get('a')!.x).toBe(10);
  });
});

describe('lasso', () => {
  it('selects the notes it touches and announces how many', () => {
    const { env, state } = setup();
    const gesture = startLasso(env, { x: 0, y: 0 }, false);
    gesture.move({ x: 300, y: 60 });
    expect(state.view.at(-1)).toEqual({ kind: 'lasso', rect: { x: 0, y: 0, w: 300, h: 60 } });
    gesture.end({ x: 300, y: 60 });
    expect(state.selected).toEqual(new Set(['a', 'b']));
    expect(state.announced).toEqual(['2 notes selected']);
    expect(state.view.at(-1)).toEqual({ kind: 'lasso', rect: null });
  });

  it('adds to the selection with a modifier; a plain click on the board clears it', () => {
    const { env, state } = setup();
    env.selection.select(['c']);
    const adding = startLasso(env, { x: 0, y: 0 }, true);
    adding.move({ x: 100, y: 50 });
    adding.end({ x: 100, y: 50 });
    expect(state.selected).toEqual(new Set(['a', 'c']));
    const click = startLasso(env, { x: 700, y: 500 }, false);
    click.end({ x: 701, y: 500 });
    expect(state.selected).toEqual(new Set());
  });
});

describe('pan and pinch', () => {
  it('pan follows the pointer from where it started and commits at the end', () => {
    const { env, state } = setup();
    const gesture = startPan(env, { x: 100, y: 100 });
    gesture.move({ x: 130, y: 90 });
    expect(state.camera).toEqual({ x: 30, y: -10, zoom: 1 });
    gesture.end({ x: 150, y: 100 });
    expect(state.camera).toEqual({ x: 50, y: 0, zoom: 1 });
    expect(state.committed).toBe(1);
  });

  it('pinch zooms by the fingers’ spread and keeps the world point between them under them', () => {
    const from = { x: 10, y: 20, zoom: 1 };
    const next = pinchCamera(from, { x: 100, y: 100 }, { x: 200, y: 100 }, { x: 50, y: 100 }, { x: 250, y: 100 });
    expect(next.zoom).toBe(2);
    // The world point under the midpoint (150, 100) before is under it after.
    const world = { x: (150 - from.x) / from.zoom, y: (100 - from.y) / from.zoom };
    expect(world.x * next.zoom + next.x).toBeCloseTo(150);
    expect(world.y * next.zoom + next.y).toBeCloseTo(100);
    // Moving both fingers together pans.
    const panned = pinchCamera(from, { x: 0, y: 0 }, { x: 100, y: 0 }, { x: 20, y: 30 }, { x: 120, y: 30 });
    expect(panned).toEqual({ x: 30, y: 50, zoom: 1 });
  });

  it('a pinch gesture tracks both fingers by pointer id and commits when it ends', () => {
    const { env, state } = setup();
    const fingers = new Map([
      [1, { x: 100, y: 100 }],
      [2, { x: 200, y: 100 }],
    ]);
    const pinch = startPinch(env, fingers);
    pinch.move(2, { x: 300, y: 100 });
    expect(state.camera.zoom).toBe(2);
    pinch.move(7, { x: 0, y: 0 });
    expect(state.camera.zoom).toBe(2);
    pinch.end();
    expect(state.committed).toBe(1);
  });
});

describe('frames', () => {
  it('moving a frame by its title writes its new place as one command', () => {
    const { env, state } = setup();
    const gesture = startFrameMove(env, 't', { x: 900, y: 20 });
    gesture.move({ x: 960, y: 60 });
    expect(state.view.at(-1)).toEqual({ kind: 'dragFrame', themeId: 't', delta: { x: 60, y: 40 } });
    gesture.end({ x: 960, y: 60 });
    const write = state.writes[0]!;
    expect(write).toMatchObject({ kind: 'frame', themeId: 't', frame: { x: 860, y: 40, w: 400, h: 300 } });
    expect(inEnglish(write.label)).toBe('Move theme “T”');
  });

  it('a press on the title without moving writes nothing', () => {
    const { env, state } = setup();
    const gesture = startFrameMove(env, 't', { x: 900, y: 20 });
    gesture.end({ x: 901, y: 21 });
    expect(state.writes).toEqual([]);
  });

  it('resizing keeps a minimum size', () => {
    const { env, state } = setup();
    const gesture = startFrameResize(env, 't', { x: 1200, y: 300 });
    gesture.move({ x: 900, y: 100 });
    gesture.end({ x: 900, y: 100 });
    expect(state.writes[0]).toMatchObject({ kind: 'frame', frame: { x: 800, y: 0, w: 220, h: 180 } });
  });
});

describe('which gesture a press starts', () => {
  it('follows the target, the button and the hand tool', () => {
    const board = { kind: 'board' } as const;
    expect(pickGesture({ button: 0, target: { kind: 'note', id: 'a' }, handTool: false })).toBe('note');
    expect(pickGesture({ button: 0, target: board, handTool: false })).toBe('lasso');
    expect(pickGesture({ button: 0, target: board, handTool: true })).toBe('pan');
    expect(pickGesture({ button: 1, target: { kind: 'note', id: 'a' }, handTool: false })).toBe('pan');
    expect(pickGesture({ button: 0, target: { kind: 'frame-title', themeId: 't' }, handTool: true })).toBe(
      'frame-move',
    );
    expect(pickGesture({ button: 0, target: { kind: 'frame-resize', themeId: 't' }, handTool: false })).toBe(
      'frame-resize',
    );
    expect(pickGesture({ button: 0, target: { kind: 'frame-body', themeId: 't' }, handTool: false })).toBe('lasso');
    expect(pickGesture({ button: 2, target: board, handTool: false })).toBeNull();
    expect(pickGesture({ button: 0, target: { kind: 'overlay' }, handTool: false })).toBeNull();
  });

  it('a double click selects a theme’s notes on its title and starts a new sticky elsewhere', () => {
    const camera = { x: 100, y: 50, zoom: 0.5 };
    expect(doubleClickIntent({ kind: 'frame-title', themeId: 't' }, { x: 0, y: 0 }, camera)).toEqual({
      kind: 'select-theme',
      themeId: 't',
    });
    expect(doubleClickIntent({ kind: 'board' }, { x: 200, y: 150 }, camera)).toEqual({
      kind: 'new-sticky',
      at: { x: 200, y: 200 },
      themeId: null,
    });
    expect(doubleClickIntent({ kind: 'frame-body', themeId: 't' }, { x: 100, y: 50 }, camera)).toMatchObject({
      themeId: 't',
      at: { x: 0, y: 0 },
    });
    expect(doubleClickIntent({ kind: 'note', id: 'a' }, { x: 0, y: 0 }, camera)).toBeNull();
  });
});
