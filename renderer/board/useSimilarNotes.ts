/**
 * What "Like this note" is about and what it found: the note it looks at (the focused note, or the only one
 * selected), the notes closest to it in meaning, and, for a note without a theme, the theme it likely belongs to.
 * Asks the similarity worker after a quiet pause, so an arrow-key run across the board asks once, at the end.
 */
import { useEffect, useMemo, useState } from 'react';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { useNoteSimilarity } from './useNoteSimilarity';

/** How many similar notes are shown. */
const SHOWN = 8;
/** Quiet pause after focus moves before asking: arrow-key runs across the board ask once, at the end. */
const ASK_DELAY_MS = 120;
const NONE: ReadonlySet<string> = new Set();

export function useSimilarNotes(model: BoardModel) {
  const focusedId = useBoardStore((s) => s.focusedId);
  const selection = useBoardStore((s) => s.selection);
  const noteId =
    focusedId && model.noteById.has(focusedId)
      ? focusedId
      : selection.size === 1 && model.noteById.has([...selection][0]!)
        ? [...selection][0]!
        : null;
  const note = noteId ? model.noteById.get(noteId)! : null;
  const themeId = note?.themeId && model.themeById.has(note.themeId) ? note.themeId : null;

  const inputs = useMemo(() => model.notes.map((n) => ({ id: n.id, text: n.text })), [model.notes]);
  const similarity = useNoteSimilarity(inputs);
  const { ask, status } = similarity;
  const themeOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const n of model.notes) if (n.themeId && model.themeById.has(n.themeId)) map.set(n.id, n.themeId);
    return map;
  }, [model.notes, model.themeById]);
  const wantsTheme = note !== null && themeId === null && model.themes.length > 0;

  useEffect(() => {
    if (status !== 'ready') return;
    const timer = setTimeout(() => ask(noteId, wantsTheme ? themeOf : null, SHOWN), ASK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ask, status, noteId, wantsTheme, themeOf]);

  const answer = similarity.answer?.noteId === noteId ? similarity.answer : null;
  const suggestion = wantsTheme && answer?.theme && model.themeById.has(answer.theme.themeId) ? answer.theme : null;
  return {
    noteId,
    note,
    themeId,
    similarity,
    answer,
    suggestion,
    suggestedName: suggestion ? model.themePath(suggestion.themeId) : '',
    neighbours: (answer?.similar ?? []).filter((s) => model.noteById.has(s.id)),
  };
}

/** Ticks belong to the note they were made for: moving to another note starts with none. */
export function useTicksFor(noteId: string | null) {
  const [ticks, setTicks] = useState<{ noteId: string | null; ids: ReadonlySet<string> }>({ noteId, ids: new Set() });
  const checked = ticks.noteId === noteId ? ticks.ids : NONE;
  const tick = (id: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(id);
    else next.delete(id);
    setTicks({ noteId, ids: next });
  };
  return { checked, tick, clear: () => setTicks({ noteId, ids: NONE }) };
}
