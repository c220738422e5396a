/**
 * Regions of the board: where each session's notes land, and how a tidy-up arranges a board.
 *
 * Sessions share one coordinate space, so each session gets its own region: a slot in a row, in the order the
 * sessions were created. A slot's width depends only on how many notes its session has, rounded up to a power
 * of two, so it changes only at those steps; as sessions are captured one after another, the slots before the
 * one being captured no longer change, and a region stays put while its notes arrive. The session board and
 * the whole-project board put a session's notes in the same place. Themes of a session flow in its region;
 * project-wide themes flow in a region of their own after the sessions' (on a session board, in the
 * session's region).
 *
 * A tidy-up lays every note and frame out afresh, without overlaps: by theme (one region: the unsorted pile,
 * then every theme's frame), by session (a region per session, as notes arrive) or by stakeholder group (a
 * region per group).
 */
import { FRAME_GAP, NOTE_GAP, NOTE_W, PILE_GAP, ROOT_FLOW_WIDTH, pileColumns, type LayoutRegion } from './layout';
import type { MessageId } from '../i18n/catalogue';

export type TidyMode = 'theme' | 'session' | 'group';

/** Each tidy-up, named and described by message ids (architecture: Languages), read in the app's language. */
export const TIDY_MODES: readonly { id: TidyMode; label: MessageId; description: MessageId }[] = [
  { id: 'theme', label: 'board.tidy.theme', description: 'board.tidy.themeHelp' },
  { id: 'session', label: 'board.tidy.session', description: 'board.tidy.sessionHelp' },
  { id: 'group', label: 'board.tidy.group', description: 'board.tidy.groupHelp' },
];

/** The region of project-wide themes (and of notes whose session has none). */
export const SHARED_REGION = '*';
/** Space between two regions. */
export const REGION_GAP = 320;
const MIN_TIER = 8;
const MAX_REGION_COLUMNS = 24;
/** Room for a region's auto frames beside its pile: at least a frame of four columns (they wrap downwards). */
const MIN_FLOW = 4 * (NOTE_W + NOTE_GAP) + 2 * FRAME_GAP;

/** A region's pile columns for `count` notes: as a board's, but never wider than a slot allows. */
export function regionColumns(count: number): number {
  return Math.min(MAX_REGION_COLUMNS, pileColumns(count));
}

/** A region's note count, rounded up to a power of two: slots change size only at these steps. */
function tierOf(count: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(MIN_TIER, count)));
}

/** How wide a slot is and how wide its row of auto frames may grow, for a region of `count` notes. */
export function slotGeometry(count: number): { width: number; flowWidth: number } {
  const pile = regionColumns(tierOf(count)) * (NOTE_W + NOTE_GAP);
  const flowWidth = Math.max(MIN_FLOW, pile);
  return { width: pile + PILE_GAP + flowWidth + REGION_GAP, flowWidth };
}

/**
 * Regions in a row, one per key in the order given, then the shared region. `counts` says how many notes each
 * region holds (its width and its pile's columns follow it).
 */
export function rowOfRegions(keys: readonly string[], counts: ReadonlyMap<string, number>): LayoutRegion[] {
  const regions: LayoutRegion[] = [];
  let x = 0;
  for (const key of [...keys, SHARED_REGION]) {
    const count = counts.get(key) ?? 0;
    const { width, flowWidth } = slotGeometry(count);
    regions.push({ key, origin: { x, y: 0 }, pileColumns: regionColumns(count), flowWidth });
    x += width;
  }
  return regions;
}

/** One region holding everything, at `origin`: a tidy-up by theme. */
export function singleRegion(origin = { x: 0, y: 0 }): LayoutRegion[] {
  return [{ key: SHARED_REGION, origin, flowWidth: ROOT_FLOW_WIDTH }];
}
