/**
 * The board painter: keeps the board's picture showing the scene at the live camera, at the least cost per
 * frame.
 *
 * - The picture is a grid of tiles (tiles.ts) drawn at one zoom; a pan only moves their container (a
 *   compositor transform) and draws the few tiles that come into view, a ring ahead of time. Tiles and the
 *   drag's copy are shown as still pictures (stillPicture.ts), which moving does not send again.
 * - While the zoom changes, one canvas the size of the view is redrawn each frame from drawn copies of the
 *   stickies (faceCache.ts); once the camera is still, the tiles are drawn afresh at the new zoom.
 * - A change of the scene (data, selection, focus) redraws the tiles in view at once and the others soon after.
 * - A drag draws the dragged things once into their own canvas (dragCopy.ts), which follows the pointer.
 *
 * It also implements the gestures' view (gestures/types.ts): what a drag, a frame move or a resize shows while
 * it lasts. Drawing happens in animation frames, at most once per frame.
 */
import type { Camera, Size } from '../../../shared/board/camera';
import { boundsOf, expandRect, intersects, type Point, type Rect } from '../../../shared/board/rect';
import { sceneChange } from './sceneDiff';
import type { GestureView } from '../gestures/types';
import { ANIMATION_MS, sceneAt, type Movement } from './animation';
import { drawDragCopy, dragCopyTransform, type DragCopy } from './dragCopy';
import { FaceCache, makeSurface } from './faceCache';
import { makeBlockImage, type BlockImage } from './blockImage';
import { detailAt, frameTitleRect } from '../../../shared/board/detail';
import type { FocusRing, PaintScene } from './scene';
import { drawScene, prepareCopies, type DrawOptions } from './sceneDraw';
import { createStillDrawer } from './stillPicture';
import { TILE, tileCamera, tileId, tilesFor, tileVisible, tileWorld, type TileKey } from './tiles';

/** The camera counts as still this long after its last move: then exact copies and tiles at the new zoom. */
const SETTLE_MS = 140;
/** Time per frame for drawing exact sticky copies once the camera is still (the rest follow in the next frames). */
const REFINE_BUDGET_MS = 8;
/** Tiles of the ring round the view drawn per frame, ahead of a pan. */
const RING_TILES_PER_FRAME = 2;
/** Passes that draw a tile's stickies at the exact scale before giving up (a view fuller than the cache). */
const MAX_REFINES = 4;
/** Room for rings and shadows drawn outside a note or frame, in screen pixels. */
const BLEED = 12;

interface Drag {
  notes: ReadonlySet<string>;
  frames: ReadonlySet<string>;
  copy: DragCopy | null;
  delta: Point;
}

interface Tile {
  key: TileKey;
  canvas: HTMLCanvasElement;
  /** Needs drawing: new, or the scene changed. */
  stale: boolean;
  /** Drawn from sticky copies at another scale: drawn again once the camera is still (a few times at most). */
  rough: number;
}

export class BoardPainter implements Omit<GestureView, 'lasso'> {
  private scene: PaintScene | null = null;
  private size: Size = { w: 0, h: 0 };
  private dpr = 1;
  private live: Camera;
  /** The zoom the tiles are drawn at (null: none drawn yet). */
  private tileZoom: number | null = null;
  private readonly tiles = new Map<string, Tile>();
  private readonly pool: HTMLCanvasElement[] = [];
  private lastMove = 0;
  /** Until when this frame may draw exact sticky copies (0: not at all, the camera is moving). */
  private deadline = 0;
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
  /** The whole board as blocks, for far out; made when first needed after each scene change. */
  private blocks: BlockImage | null = null;
  private readonly drawTileStill = createStillDrawer();
  private readonly drawCopyStill = createStillDrawer();

  constructor(
    /** Holds the tiles; moved by the camera. */
    private readonly host: HTMLElement,
    /** The view-sized canvas drawn while zooming. */
    private readonly zoomCanvas: HTMLCanvasElement,
    private readonly copyCanvas: HTMLCanvasElement,
    camera: Camera,
  ) {
    this.live = camera;
  }

  setScene(scene: PaintScene): void {
    const before = this.scene;
    this.scene = scene;
    if (this.awaitingScene) this.endDrag();
    if (this.animation && this.animation.start === null) this.animation.start = performance.now();
    const change = before && !this.animation ? sceneChange(before, scene, this.live.zoom) : 'all';
    if (change === 'all' || change.length) this.blocks = null;
    if (change === 'all') this.invalidate();
    else this.invalidateAreas(change);
  }

  /** Only the tiles touching these world rectangles need drawing again. */
  private invalidateAreas(areas: readonly Rect[]): void {
    if (!areas.length || this.tileZoom === null) return;
    const bleed = BLEED / this.tileZoom;
    for (const tile of this.tiles.values()) {
      const world = tileWorld(tile.key, this.tileZoom);
      if (areas.some((r) => intersects(world, expandRect(r, bleed)))) tile.stale = true;
    }
    this.schedule();
  }

  /** The next scene glides in from these positions (a tidy-up). */
  animateFrom(from: Movement): void {
    this.animation = { from: { notes: new Map(from.notes), frames: new Map(from.frames) }, start: null };
  }

  setSize(size: Size, dpr: number): void {
    if (size.w === this.size.w && size.h === this.size.h && dpr === this.dpr) return;
    const dprChanged = dpr !== this.dpr;
    this.size = size;
    this.dpr = dpr;
    this.zoomCanvas.width = Math.round(size.w * dpr);
    this.zoomCanvas.height = Math.round(size.h * dpr);
    this.zoomCanvas.style.width = `${size.w}px`;
    this.zoomCanvas.style.height = `${size.h}px`;
    if (dprChanged) this.dropTiles();
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
    const before = this.focus;
    this.focus = focus;
    this.invalidateAreas([...this.rectsOf(before), ...this.rectsOf(focus)]);
  }

  /* ---- The gestures' view ---- */

  dragNotes(ids: readonly string[], delta: Point, target: string | null): void {
    this.startDrag(new Set(ids), new Set());
    this.moveDrag(delta);
    if (target !== this.dropTarget) {
      const before = this.dropTarget;
      this.dropTarget = target;
      this.invalidateAreas([...this.frameRects(before), ...this.frameRects(target)]);
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
    const before = this.resize?.rect ?? this.scene?.frames.get(themeId);
    this.resize = { themeId, rect };
    this.invalidateAreas(before ? [before, rect] : [rect]);
  }

  clear(committed: boolean): void {
    const areas = [...this.frameRects(this.dropTarget), ...(this.resize ? [this.resize.rect] : [])];
    if (this.resize) areas.push(...this.frameRects(this.resize.themeId));
    this.dropTarget = null;
    this.resize = null;
    if (committed && this.drag) {
      this.awaitingScene = true;
      // Should the write fail before any new scene arrives, the drag's copy still goes.
      window.setTimeout(() => this.awaitingScene && this.endDrag(), 1000);
    } else this.endDrag();
    this.invalidateAreas(areas);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.settleTimer);
    this.dropTiles();
    this.cache.clear();
  }

  /* ---- Drags ---- */

  private startDrag(notes: ReadonlySet<string>, frames: ReadonlySet<string>): void {
    if (this.drag || !this.scene) return;
    const copy = drawDragCopy(
      this.copyCanvas,
      this.drawCopyStill,
      this.scene,
      this.cache,
      this.live,
      this.dpr,
      notes,
      frames,
    );
    this.drag = { notes, frames, copy, delta: { x: 0, y: 0 } };
    this.invalidateAreas(this.dragRects());
  }

  private moveDrag(delta: Point): void {
    if (!this.drag) return;
    this.drag.delta = delta;
    if (this.drag.copy) this.copyCanvas.style.transform = dragCopyTransform(this.drag.copy, this.live, delta);
  }

  private endDrag(): void {
    this.awaitingScene = false;
    if (!this.drag) return;
    const areas = this.dragRects();
    this.drag = null;
    this.copyCanvas.hidden = true;
    this.invalidateAreas(areas);
  }

  /** Where the dragged notes and frames lie in the current scene. */
  private dragRects(): Rect[] {
    if (!this.drag || !this.scene) return [];
    const rects: Rect[] = [];
    for (const id of this.drag.notes) {
      const rect = this.scene.notes.get(id);
      if (rect) rects.push(rect);
    }
    for (const id of this.drag.frames) rects.push(...this.frameRects(id));
    return rects;
  }

  private frameRects(themeId: string | null): Rect[] {
    const frame = themeId ? this.scene?.frames.get(themeId) : undefined;
    return frame ? [frame, frameTitleRect(frame, this.live.zoom)] : [];
  }

  private rectsOf(focus: FocusRing): Rect[] {
    if (focus?.kind === 'frame') return this.frameRects(focus.id);
    const note = focus?.kind === 'note' ? this.scene?.notes.get(focus.id) : undefined;
    return note ? [note] : [];
  }

  /* ---- Drawing ---- */

  /** Everything drawn so far is out of date (the scene or what is drawn over it changed). */
  private invalidate(): void {
    for (const tile of this.tiles.values()) tile.stale = true;
    this.schedule();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  private paint(): void {
    this.frame = 0;
    if (!this.scene || !this.size.w) return;
    const camera = this.live;
    const now = performance.now();
    const moving = now - this.lastMove < SETTLE_MS;
    this.deadline = moving ? 0 : now + REFINE_BUDGET_MS;
    const scene = this.current();
    window.clearTimeout(this.settleTimer);
    if (moving) this.settleTimer = window.setTimeout(() => this.schedule(), SETTLE_MS);
    if (this.tileZoom !== camera.zoom) {
      if (moving) return this.drawZoomCanvas(scene, camera);
      // Still at a new zoom: the tiles are drawn afresh at it.
      this.dropTiles();
      this.tileZoom = camera.zoom;
    }
    if (this.drawTiles(scene, camera, moving)) this.schedule();
  }

  /** The tiles the view needs: those in view now, those of the ring round it a few per frame. True: more to do. */
  private drawTiles(scene: PaintScene, camera: Camera, moving: boolean): boolean {
    this.host.style.transform = `translate(${Math.round(camera.x)}px, ${Math.round(camera.y)}px)`;
    const needed = tilesFor(camera, this.size, 1);
    const keep = new Set(needed.map(tileId));
    for (const [id, tile] of this.tiles) if (!keep.has(id)) this.releaseTile(id, tile);
    let ringBudget = RING_TILES_PER_FRAME;
    let more = false;
    const due: Tile[] = [];
    for (const key of needed) {
      const tile = this.tiles.get(tileId(key)) ?? this.makeTile(key);
      const refine = !moving && tile.rough > 0 && tile.rough < MAX_REFINES;
      if (!tile.stale && !refine) continue;
      if (!tileVisible(key, camera, this.size) && ringBudget-- <= 0) more = true;
      else due.push(tile);
    }
    // Copies first, for every tile due, then the tiles (sceneDraw.ts says why).
    if (!moving && due.length) {
      const area = boundsOf(due.map((t) => tileWorld(t.key, camera.zoom)))!;
      prepareCopies(scene, this.cache, area, camera.zoom, this.dpr, this.deadline);
    }
    for (const tile of due) {
      const approximate = this.drawTile(scene, tile, camera.zoom);
      tile.rough = approximate ? tile.rough + 1 : 0;
      tile.stale = false;
      more ||= !moving && tile.rough > 0 && tile.rough < MAX_REFINES;
    }
    this.host.hidden = false;
    this.zoomCanvas.hidden = true;
    return more;
  }

  private drawTile(scene: PaintScene, tile: Tile, zoom: number): number {
    const area = tileWorld(tile.key, zoom);
    const bleed = BLEED / zoom;
    const options = {
      ...this.overlays(),
      camera: tileCamera(tile.key, zoom),
      margin: 0,
      area: { x: area.x - bleed, y: area.y - bleed, w: area.w + 2 * bleed, h: area.h + 2 * bleed },
    };
    return this.drawTileStill(tile.canvas, (ctx) => drawScene(ctx, scene, this.cache, options).approximate) ?? 0;
  }

  /** While zooming: the whole view redrawn each frame, from the nearest copies of the stickies. */
  private drawZoomCanvas(scene: PaintScene, camera: Camera): void {
    const ctx = this.zoomCanvas.getContext('2d');
    if (!ctx) return;
    drawScene(ctx, scene, this.cache, {
      ...this.overlays(),
      camera,
      margin: 0,
      area: {
        x: -camera.x / camera.zoom,
        y: -camera.y / camera.zoom,
        w: this.size.w / camera.zoom,
        h: this.size.h / camera.zoom,
      },
    });
    this.zoomCanvas.hidden = false;
    this.host.hidden = true;
  }

  private overlays(): Omit<DrawOptions, 'camera' | 'margin' | 'area'> {
    if (!this.blocks && this.scene && !this.animation && detailAt(this.live.zoom) === 'block')
      this.blocks = makeBlockImage(this.scene, makeSurface);
    return {
      blocks: this.animation ? null : this.blocks,
      dpr: this.dpr,
      hiddenNotes: this.drag?.notes ?? EMPTY,
      hiddenFrames: this.drag?.frames ?? EMPTY,
      frameOverrides: this.resize ? new Map([[this.resize.themeId, this.resize.rect]]) : NO_OVERRIDES,
      dropTarget: this.dropTarget,
      focus: this.focus,
      background: true,
    };
  }

  /** The scene to draw now: mid-animation, the one in between (and another frame is asked for). */
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

  private makeTile(key: TileKey): Tile {
    const canvas = this.pool.pop() ?? document.createElement('canvas');
    const side = Math.round(TILE * this.dpr);
    if (canvas.width !== side) {
      canvas.width = side;
      canvas.height = side;
    }
    canvas.className = 'board-tile';
    canvas.style.left = `${key.i * TILE}px`;
    canvas.style.top = `${key.j * TILE}px`;
    canvas.style.width = `${TILE}px`;
    canvas.style.height = `${TILE}px`;
    this.host.appendChild(canvas);
    const tile = { key, canvas, stale: true, rough: 0 };
    this.tiles.set(tileId(key), tile);
    return tile;
  }

  private releaseTile(id: string, tile: Tile): void {
    tile.canvas.remove();
    this.tiles.delete(id);
    if (this.pool.length < 24) this.pool.push(tile.canvas);
  }

  private dropTiles(): void {
    for (const [id, tile] of this.tiles) this.releaseTile(id, tile);
    this.tileZoom = null;
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
