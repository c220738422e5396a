/**
 * What a pointer pressed, read from the board's DOM (each sticky and frame part carries a data attribute), and
 * which gesture a press there starts. `pickGesture` is pure so the rules are tested without a browser.
 */
export type PressTarget =
  | { kind: 'note'; id: string }
  | { kind: 'frame-title'; themeId: string }
  | { kind: 'frame-resize'; themeId: string }
  | { kind: 'frame-body'; themeId: string }
  | { kind: 'board' }
  /** The minimap, the context menu and other controls floating over the board handle their own pointers. */
  | { kind: 'overlay' };

export function targetOf(element: Element | null): PressTarget {
  if (!element || element.closest('[data-board-overlay]')) return { kind: 'overlay' };
  const note = element.closest<HTMLElement>('[data-note-id]');
  if (note) return { kind: 'note', id: note.dataset.noteId! };
  const frame = element.closest<HTMLElement>('[data-frame-id]');
  if (frame) {
    const themeId = frame.dataset.frameId!;
    const part = element.closest<HTMLElement>('[data-frame-part]')?.dataset.framePart;
    if (part === 'title') return { kind: 'frame-title', themeId };
    if (part === 'resize') return { kind: 'frame-resize', themeId };
    return { kind: 'frame-body', themeId };
  }
  return { kind: 'board' };
}

export interface PressInfo {
  /** 0 primary, 1 middle, 2 secondary. */
  button: number;
  target: PressTarget;
  /** The hand tool is on: the primary button pans the open board. */
  handTool: boolean;
}

export type GestureKind = 'pan' | 'note' | 'frame-move' | 'frame-resize' | 'lasso';

export function pickGesture({ button, target, handTool }: PressInfo): GestureKind | null {
  if (target.kind === 'overlay') return null;
  if (button === 1) return 'pan';
  if (button !== 0) return null;
  if (target.kind === 'note') return 'note';
  if (target.kind === 'frame-title') return 'frame-move';
  if (target.kind === 'frame-resize') return 'frame-resize';
  return handTool ? 'pan' : 'lasso';
}
