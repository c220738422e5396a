/**
 * The board painter: keeps the board canvas showing the scene at the live camera, at the least cost per frame.
 *
 * - A pan slides the canvas already drawn (it holds a margin around the view): a compositor transform, no
 *   drawing, until the view nears its edge; then one redraw centred on the view.
 * - A zoom redraws every frame from drawn copies of the stickies (faceCache.ts), scaling the nearest copy;
 *   once the camera has been still for a moment, copies at the exact scale replace them.
 * - A drag draws the dragged things once into their own canvas (dragCopy.ts), which follows the pointer.
 *
 * It also implements the gestures' view (gestures/types.ts): what a drag, a frame move or a resize shows
 * while it lasts. Drawing happens in animation frames, at most once per frame.
 */
import type { Camera, Size } from '../../../shared/board/camera';
import type { Point, Rect } from '../../../shared/board/rect';
import type { GestureView } from '../gestures/types';
import { FaceCache } from './faceCache';
import { drawDragCopy, dragCopyTransform, type DragCopy } from './dragCopy';
import { marginFor, paintedArea, slideFor } from './paintPlan';
import type { FocusRing, PaintScene } from './scene';
import { drawScene } from './sceneDraw';
import { ANIMATION_MS, sceneAt, type Movement } from './animation';

/** The camera counts as still this long after its last move: then the exact copies are drawn. */
const SETTLE_MS = 140;
/** Time per frame for drawing exact copies once the camera is still (the rest follow in the next frames). */
const REFINE_BUDGET_MS = 10;

interface Drag {
  notes: ReadonlySet<string>;
  frames: ReadonlySet<string>;
  copy: DragCopy | null;
  delta: Point;
}

export class BoardPainter implements Omit<GestureView, 'lasso'> {
  private scene: PaintScene | null = null;
  private size: Size = { w: 0, h: 0 };
  private dpr = 1;
  private margin = 160;
  private live: Camera;
  private painted: Camera | null = null;
  private dirty = true;
  private approximate = 0;
  /** Approximate stickies after the previous refining pass, to tell progress from a cache that cannot keep up. */
  private refining = Infinity;
  private lastMove = 0;
  private frame = 0;
  private settleTimer = 0;
  private focus: FocusRing = null;
  private dropTarget: string | null = null;
  private drag: Drag | null = null;
  private resize: { themeId: string; rect: Rect } | null = null;
  /** A tidy-up under way: where things were, and when the new scene arrived (null: not yet). */
  private animation: { from: Movement; start: number | null } | null = null;
  /** A drag ended with a write: its copy stays until the scene shows the result, so nothing flickers. */
  private awaitingScene = false;
  readonly cache = new FaceCache();

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly copyCanvas: HTMLCanvasElement,
    camera: Camera,
  ) {
    this.live = camera;
  }

  setScene(scene: PaintScene): void {
    this.scene = scene;
    if (this.awaitingScene) this.endDrag();
    if (this.animation && this.animation.start === null) this.animation.start = performance.now();
    this.invalidate();
  }

  /** The next scene glides in from these positions (a tidy-up). */
  animateFrom(from: Movement): void {
    this.animation = { from: { notes: new Map(from.notes), frames: new Map(from.frames) }, start: null };
  }

  setSize(size: Size, dpr: number): void {
    if (size.w === this.size.w && size.h === this.size.h && dpr === this.dpr) return;
    this.size = size;
    this.dpr = dpr;
    this.margin = marginFor(size);
    const w = size.w + 2 * this.margin;
    const h = size.h + 2 * this.margin;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.canvas.style.left = `${-this.margin}px`;
    this.canvas.style.top = `${-this.margin}px`;
    this.invalidate();
  }

  setCamera(camera: Camera): void {
    this.live = camera;
    this.lastMove = performance.now();
    if (this.drag?.copy) this.copyCanvas.style.transform = dragCopyTransform(this.drag.copy, camera, this.drag.delta);
    this.schedule();
  }

  setFocus(focus: FocusRing): void {
    if (focus?.kind === this.focus?.kind && focus?.id === this.focus?.id) return;
    this.focus = focus;
    this.invalidate();
  }

  /* ---- The gestures' view ---- */

  dragNotes(ids: readonly string[], delta: Point, target: string | null): void {
    this.startDrag(new Set(ids), new Set());
    this.moveDrag(delta);
    if (target !== this.dropTarget) {
      this.dropTarget = target;
      this.invalidate();
    }
  }

  dragFrame(themeId: string, delta: Point): void {
    if (!this.drag && this.scene) {
      const frames = subtreeFrames(this.scene, themeId);
      this.startDrag(notesIn(this.scene, frames), frames);
    }
    this.moveDrag(delta);
  }

  resizeFrame(themeId: string, rect: Rect): void {
    this.resize = { themeId, rect };
    this.invalidate();
  }

  clear(committed: boolean): void {
    this.dropTarget = null;
    this.resize = null;
    if (committed && this.drag) {
      this.awaitingScene = true;
      // Should the write fail before any new scene arrives, the drag's copy still goes.
      window.setTimeout(() => this.awaitingScene && this.endDrag(), 1000);
    } else this.endDrag();
    this.invalidate();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.settleTimer);
    this.cache.clear();
  }

  /* ---- Drawing ---- */

  private startDrag(notes: ReadonlySet<string>, frames: ReadonlySet<string>): void {
    if (this.drag || !this.scene) return;
    const copy = drawDragCopy(this.copyCanvas, this.scene, this.cache, this.live, this.dpr, notes, frames);
    this.drag = { notes, frames, copy, delta: { x: 0, y: 0 } };
    this.invalidate();
  }

  private moveDrag(delta: Point): void {
    if (!this.drag) return;
    this.drag.delta = delta;
    if (this.drag.copy) this.copyCanvas.style.transform = dragCopyTransform(this.drag.copy, this.live, delta);
  }

  private endDrag(): void {
    this.awaitingScene = false;
    if (!this.drag) return;
    this.drag = null;
    this.copyCanvas.hidden = true;
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  private paint(): void {
    this.frame = 0;
    if (!this.scene || !this.size.w) return;
    const slide = this.painted && !this.dirty ? slideFor(this.painted, this.live, this.margin) : null;
    const moving = performance.now() - this.lastMove < SETTLE_MS;
    if (moving) this.refining = Infinity;
    if (slide && (moving || (!this.approximate && slide.x === 0 && slide.y === 0))) {
      this.canvas.style.transform =
        slide.x || slide.y ? `translate(${Math.round(slide.x)}px, ${Math.round(slide.y)}px)` : '';
    } else this.redraw(moving);
    // Once still, more passes draw exact copies (a time budget per frame) and put the canvas on whole pixels;
    // they stop when a pass makes no progress (a view holding more than the cache can keep).
    window.clearTimeout(this.settleTimer);
    if (moving) this.settleTimer = window.setTimeout(() => this.schedule(), SETTLE_MS);
    else if (this.approximate && this.approximate < this.refining) {
      this.refining = this.approximate;
      this.settleTimer = window.setTimeout(() => this.invalidate(), 0);
    }
  }

  /** The scene to draw now: mid-animation, the one in between. */
  private current(): PaintScene {
    const animation = this.animation;
    if (!animation || animation.start === null) return this.scene!;
    const progress = (performance.now() - animation.start) / ANIMATION_MS;
    if (progress >= 1) {
      this.animation = null;
      return this.scene!;
    }
    this.invalidate();
    return sceneAt(this.scene!, animation.from, progress);
  }

  private redraw(moving: boolean): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || !this.scene) return;
    const camera = this.live;
    this.dirty = false;
    const result = drawScene(ctx, this.current(), this.cache, {
      camera,
      dpr: this.dpr,
      margin: this.margin,
      area: paintedArea(camera, this.size, this.margin),
      hiddenNotes: this.drag?.notes ?? EMPTY,
      hiddenFrames: this.drag?.frames ?? EMPTY,
      frameOverrides: this.resize ? new Map([[this.resize.themeId, this.resize.rect]]) : NO_OVERRIDES,
      dropTarget: this.dropTarget,
      focus: this.focus,
      budgetMs: moving ? 0 : REFINE_BUDGET_MS,
      background: true,
    });
    this.canvas.style.transform = '';
    this.painted = camera;
    this.approximate = result.approximate;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_OVERRIDES: ReadonlyMap<string, Rect> = new Map();

/** A frame and every frame nested in it. */
function subtreeFrames(scene: PaintScene, themeId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const face of scene.frameFaces)
    if (face.parentId) children.set(face.parentId, [...(children.get(face.parentId) ?? []), face.id]);
  const out = new Set<string>();
  const stack = [themeId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

function notesIn(scene: PaintScene, frames: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [id, themeId] of scene.themeOf) if (themeId && frames.has(themeId)) out.add(id);
  return out;
}
