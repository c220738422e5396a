/**
 * Runs the board's gesture commits and keeps what they showed on screen until the database returns them:
 * a drop is drawn at its new place at once (no flicker back while the transaction commits), and that
 * override is dropped for good as soon as the data agrees once it is saved (whichever of the two arrives
 * first), so a quick Ctrl+Z is never hidden behind it — or after a short while, so a change that lost to
 * another device's edit never sticks on screen. A failed write is dropped at once and its error shown.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Note, Theme } from '../../shared/domain/schemas';
import { sameRect } from '../../shared/board/rect';
import { announce, notifyError } from '../app/announce';
import { useData } from '../app/DataContext';
import { moveNotes, setThemeFrame } from '../data/commands/board';
import { describeError } from '../data/errors';
import { uiTranslator } from '../ui/i18n';
import type { BoardWrite, PendingWrite } from './dropPlan';
import type { PendingView } from './useBoardModel';

const SETTLE_TIMEOUT_MS = 1500;

interface Entry {
  token: number;
  write: PendingWrite;
  settled: boolean;
}

function reflected(write: PendingWrite, notes: ReadonlyMap<string, Note>, themes: ReadonlyMap<string, Theme>): boolean {
  for (const [id, want] of write.expected.notes) {
    const note = notes.get(id);
    if (
      note &&
      (note.x !== want.x || note.y !== want.y || (want.themeId !== undefined && note.themeId !== want.themeId))
    )
      return false;
  }
  for (const [id, want] of write.expected.frames) {
    const theme = themes.get(id);
    if (theme && !sameRect(theme.frame, want)) return false;
  }
  return true;
}

export function usePendingWrites(noteById: ReadonlyMap<string, Note>, themeById: ReadonlyMap<string, Theme>) {
  const { runner } = useData();
  const [entries, setEntries] = useState<Entry[]>([]);
  const nextToken = useRef(1);
  const timers = useRef(new Set<number>());
  const latest = useRef({ noteById, themeById });
  useLayoutEffect(() => {
    latest.current = { noteById, themeById };
  }, [noteById, themeById]);

  // New data: settled writes it agrees with are done (React's "adjust state when a prop changes" pattern).
  const [seen, setSeen] = useState({ noteById, themeById });
  if (seen.noteById !== noteById || seen.themeById !== themeById) {
    setSeen({ noteById, themeById });
    if (entries.some((e) => e.settled && reflected(e.write, noteById, themeById))) {
      setEntries(entries.filter((e) => !(e.settled && reflected(e.write, noteById, themeById))));
    }
  }

  useEffect(() => {
    const pendingTimers = timers.current;
    return () => pendingTimers.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const drop = useCallback((token: number) => setEntries((list) => list.filter((e) => e.token !== token)), []);

  const write = useCallback(
    (change: BoardWrite) => {
      const token = nextToken.current++;
      setEntries((list) => [...list, { token, write: change.pending, settled: false }]);
      const saving =
        change.kind === 'notes'
          ? moveNotes(runner, change.moves, { pinFrames: change.pins, label: change.label })
          : setThemeFrame(runner, change.themeId, change.frame, {
              notes: change.notes,
              frames: change.frames,
              label: change.label,
            });
      saving
        .then(() => {
          announce(change.summary);
          // The data may have come back before the command's promise did.
          if (reflected(change.pending, latest.current.noteById, latest.current.themeById)) return drop(token);
          setEntries((list) => list.map((e) => (e.token === token ? { ...e, settled: true } : e)));
          const timer = window.setTimeout(() => {
            timers.current.delete(timer);
            drop(token);
          }, SETTLE_TIMEOUT_MS);
          timers.current.add(timer);
        })
        .catch((error: unknown) => {
          drop(token);
          notifyError(describeError(error, uiTranslator()));
        });
    },
    [runner, drop],
  );

  const view = useMemo<PendingView | null>(() => {
    const live = entries;
    if (!live.length) return null;
    const notes = new Map<string, { x: number; y: number; themeId?: string | null }>();
    const frames = new Map<string, { x: number; y: number; w: number; h: number } | null>();
    for (const entry of live) {
      entry.write.notes.forEach((value, id) => notes.set(id, value));
      entry.write.frames.forEach((value, id) => frames.set(id, value));
    }
    return { notes, frames };
  }, [entries]);

  return { view, write };
}
