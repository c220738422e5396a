/**
 * A tidy-up of a board: every note and frame laid out afresh, without overlaps (regions.ts says how), and
 * what to store so the board stays that way — every note's position and every theme's frame — as one change.
 */
import { layoutBoard, storedPosition, type BoardLayout, type LayoutRegion } from './layout';
import { rowOfRegions, SHARED_REGION, singleRegion, type TidyMode } from './regions';
import type { Rect } from './rect';

export interface TidyNote {
  id: string;
  themeId: string | null;
  sessionId: string;
}

export interface TidyTheme {
  id: string;
  parentId: string | null;
  sessionId: string | null;
}

export interface TidyBoard {
  notes: readonly TidyNote[];
  themes: readonly TidyTheme[];
  /** Every session of the project, in the order their regions go (creation order). */
  sessions: readonly { id: string; groupId: string | null }[];
  /** Stakeholder groups in the order their regions go. */
  groups: readonly { id: string }[];
  /** The session whose board this is, or null for the whole project's. */
  session: string | null;
  /** Notes per session over the whole project, which sizes the regions (regions.ts). */
  sessionCounts: ReadonlyMap<string, number>;
}

export interface TidyPlan {
  layout: BoardLayout;
  moves: { id: string; x: number; y: number }[];
  frames: { themeId: string; frame: Rect }[];
}

function count<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Where each note and theme goes in a tidy-up `mode`, and the regions they go in. */
function regionsFor(mode: TidyMode, board: TidyBoard) {
  const sessionIds = board.sessions.map((s) => s.id);
  const bySession = rowOfRegions(sessionIds, board.sessionCounts);
  if (mode === 'theme') {
    // On a session board everything goes to the session's own region, not over another session's.
    const origin = board.session ? bySession.find((r) => r.key === board.session)?.origin : undefined;
    return { regions: singleRegion(origin), noteRegion: () => SHARED_REGION, themeRegion: () => SHARED_REGION };
  }
  if (mode === 'session')
    return {
      regions: bySession,
      noteRegion: (n: TidyNote) => n.sessionId,
      themeRegion: (t: TidyTheme) => t.sessionId ?? board.session ?? SHARED_REGION,
    };
  const groupOf = new Map(board.sessions.map((s) => [s.id, s.groupId ?? SHARED_REGION]));
  const regions: LayoutRegion[] = rowOfRegions(
    board.groups.map((g) => g.id),
    count(board.notes.map((n) => groupOf.get(n.sessionId) ?? SHARED_REGION)),
  );
  return {
    regions,
    noteRegion: (n: TidyNote) => groupOf.get(n.sessionId) ?? SHARED_REGION,
    themeRegion: (t: TidyTheme) => (t.sessionId ? (groupOf.get(t.sessionId) ?? SHARED_REGION) : SHARED_REGION),
  };
}

export function planTidy(mode: TidyMode, board: TidyBoard): TidyPlan {
  const { regions, noteRegion, themeRegion } = regionsFor(mode, board);
  const layout = layoutBoard(
    board.notes.map((n) => ({ id: n.id, themeId: n.themeId, x: 0, y: 0, region: noteRegion(n) })),
    board.themes.map((t) => ({ id: t.id, parentId: t.parentId, frame: null, region: themeRegion(t) })),
    regions,
  );
  const moves = board.notes.map((n) => {
    const rect = layout.notes.get(n.id)!;
    return { id: n.id, ...storedPosition(rect.x, rect.y) };
  });
  const frames = board.themes.flatMap((t) => {
    const frame = layout.frames.get(t.id);
    return frame ? [{ themeId: t.id, frame }] : [];
  });
  return { layout, moves, frames };
}
