/**
 * Viewport culling: only the notes in (or near) the viewport are mounted.
 *
 * The wanted area is the viewport widened by a margin all round, so a pan re-culls only when it leaves that
 * area; the check runs each time the camera comes to rest (the DOM layer moves only then) and is a few
 * comparisons, and a re-cull (one spatial-index query) changes state only if the set of notes actually changes. New notes are then mounted progressively,
 * nearest the middle of the view first, a batch per animation frame: a pan that uncovers hundreds of notes
 * never spends one long frame creating them all, and the margin means they are in place before they scroll
 * into view. Notes that leave the area unmount the same way, farthest first.
 */
import { useEffect, useRef, useState } from 'react';
import { visibleWorldRect, type Camera, type Size } from '../../shared/board/camera';
import { stillCovered } from '../../shared/board/hitTest';
import { area, expandRect, rectCenter, type Rect } from '../../shared/board/rect';
import { queryRect, type SpatialIndex } from '../../shared/board/spatialIndex';
import type { LiveCamera } from './liveCamera';

const MARGIN = 0.4;
/** Once the wanted area is this many times the view (after zooming in), it is tightened so far notes unmount. */
const SHRINK_RATIO = 12;
/**
 * Stickies mounted per frame while catching up. Each is an empty, labelled element (the canvas draws the
 * note), so a frame can take many.
 */
const BATCH = 120;

/**
 * At most this many are mounted, those nearest the middle of the view: far out thousands of notes are in view,
 * and thousands of elements make every hit test and style change slow. The keyboard's focus is mounted
 * wherever it is (StickyLayer), and moving it brings the next note into view.
 */
export const MAX_MOUNTED = 600;

function mountArea(camera: Camera, size: Size): Rect {
  const view = visibleWorldRect(camera, size);
  return expandRect(view, Math.max(view.w, view.h) * MARGIN);
}

/** The notes to mount for a camera: those in the area round the view, the nearest its middle if too many. */
export function wantedNotes(index: SpatialIndex, camera: Camera, size: Size, max = MAX_MOUNTED): Set<string> {
  const found = queryRect(index, mountArea(camera, size));
  if (found.size <= max) return found;
  const centre = rectCenter(visibleWorldRect(camera, size));
  const distance = new Map<string, number>();
  for (const id of found) {
    const c = rectCenter(index.rects.get(id)!);
    distance.set(id, Math.abs(c.x - centre.x) + Math.abs(c.y - centre.y));
  }
  return new Set([...found].sort((a, b) => distance.get(a)! - distance.get(b)!).slice(0, max));
}

export function useCulling(index: SpatialIndex, live: LiveCamera, size: Size): ReadonlySet<string> {
  // The first render mounts everything wanted at once: nothing is on screen yet to keep smooth.
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => wantedNotes(index, live.get(), size));
  const mountedRef = useRef(mounted);

  useEffect(() => {
    let wanted: Rect = mountArea(live.get(), size);
    let frame = 0;
    const reconcile = (target: Set<string>) => {
      cancelAnimationFrame(frame);
      const current = mountedRef.current;
      const missing: string[] = [];
      const leaving: string[] = [];
      for (const id of target) if (!current.has(id)) missing.push(id);
      for (const id of current) if (!target.has(id)) leaving.push(id);
      if (!missing.length && !leaving.length) return;
      const centre = rectCenter(visibleWorldRect(live.get(), size));
      const distance = (id: string) => {
        const c = rectCenter(index.rects.get(id) ?? { x: centre.x, y: centre.y, w: 0, h: 0 });
        return Math.abs(c.x - centre.x) + Math.abs(c.y - centre.y);
      };
      missing.sort((a, b) => distance(a) - distance(b));
      // The farthest leave first; both lists are worked through a batch per frame.
      leaving.sort((a, b) => distance(b) - distance(a));
      let added = 0;
      let removed = 0;
      const step = () => {
        const next = new Set(mountedRef.current);
        for (const id of leaving.slice(removed, removed + BATCH * 8)) next.delete(id);
        for (const id of missing.slice(added, added + BATCH)) next.add(id);
        removed += BATCH * 8;
        added += BATCH;
        mountedRef.current = next;
        setMounted(next);
        if (added < missing.length || removed < leaving.length) frame = requestAnimationFrame(step);
      };
      step();
    };
    let capped = false;
    const recull = (camera: Camera) => {
      wanted = mountArea(camera, size);
      const notes = wantedNotes(index, camera, size);
      capped = notes.size >= MAX_MOUNTED;
      reconcile(notes);
    };
    recull(live.get());
    const unsubscribe = live.subscribeSettled((camera) => {
      const view = visibleWorldRect(camera, size);
      // Within the mounted area nothing changes, unless the cap chose by distance from the middle of the view.
      if (!capped && stillCovered(wanted, view) && area(wanted) <= area(view) * SHRINK_RATIO) return;
      recull(camera);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [index, live, size]);

  return mounted;
}
