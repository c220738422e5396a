/**
 * "Like this note": for the focused note, the notes closest in meaning (to tick and pull into its theme, or
 * into a new theme with it) and, when it has no theme yet, the theme its most similar themed notes are in,
 * with how sure that is. Keys on a focused sticky: L jumps to the list, A accepts the likely theme. Every
 * write goes through the board commands, so it can be undone.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { assignTheme } from '../data/commands/board';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { useNoteSimilarity } from './useNoteSimilarity';
import { isSimilarNotesKey } from './similarKeys';
import './meaning.css';
import { noteCount as plural } from './words';

const SHOWN = 8;
const NONE: ReadonlySet<string> = new Set();
const EXCERPT = 110;
/** Quiet pause after focus moves before asking: arrow-key runs across the board ask once, at the end. */
const ASK_DELAY_MS = 120;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export function SimilarNotesPanel({ model }: { model: BoardModel }) {
  const { runner } = useData();
  const act = useAct();
  const focusedId = useBoardStore((s) => s.focusedId);
  const selection = useBoardStore((s) => s.selection);
  const openCreateDialog = useBoardStore((s) => s.openCreateDialog);
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
  const suggestedName = suggestion ? model.themePath(suggestion.themeId) : '';
  const neighbours = (answer?.similar ?? []).filter((s) => model.noteById.has(s.id));
  // Ticks belong to the note they were made for: moving to another note starts with none.
  const [ticks, setTicks] = useState<{ noteId: string | null; ids: ReadonlySet<string> }>({ noteId, ids: new Set() });
  const checked = ticks.noteId === noteId ? ticks.ids : NONE;
  const setChecked = (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) =>
    setTicks({ noteId, ids: update(checked) });
  const ticked = neighbours.filter((s) => checked.has(s.id)).map((s) => s.id);

  const acceptSuggestion = async () => {
    if (!note || !suggestion) return;
    await act(assignTheme(runner, [note.id], suggestion.themeId), `Moved the note to theme ${suggestedName}`);
  };
  const pull = async () => {
    if (!themeId || ticked.length === 0) return;
    const name = model.themePath(themeId);
    const moved = await act(assignTheme(runner, ticked, themeId), (n) => `Pulled ${plural(n)} into theme ${name}`);
    if (moved !== undefined) setChecked(() => NONE);
  };

  // The keys work on a focused sticky; the board's own handler leaves L and A alone.
  const latest = useRef({ acceptSuggestion, suggestion, neighbours: neighbours.length });
  useLayoutEffect(() => {
    latest.current = { acceptSuggestion, suggestion, neighbours: neighbours.length };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = isSimilarNotesKey(event);
      if (!key) return;
      event.preventDefault();
      const current = latest.current;
      if (key === 'list') {
        const first = document.querySelector<HTMLInputElement>('#similar-notes input:not(:disabled)');
        if (first) first.focus();
        else announce(current.neighbours ? 'Every similar note is already in this theme' : 'No similar notes found');
      } else if (current.suggestion) void current.acceptSuggestion();
      else announce('No theme to suggest for this note');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className="side-section similar-panel" aria-labelledby="similar-heading">
      <h2 id="similar-heading">Like this note</h2>
      {!note ? (
        <p className="muted">
          Focus a note on the board to see the notes closest in meaning (L) and, for a note without a theme, its likely
          theme (A accepts).
        </p>
      ) : (
        <>
          <p className="similar-target" dir="auto">
            “{excerpt(note.text)}”
          </p>
          {status === 'indexing' && <p className="muted">Reading the notes…</p>}
          {status === 'error' && <p className="field-error">Similar notes are unavailable: {similarity.error}</p>}
          {note && themeId === null && model.themes.length === 0 && (
            <p className="muted">No themes yet: create one (T) and a likely theme will be suggested here.</p>
          )}
          {suggestion && (
            <div className="likely-theme" data-testid="likely-theme">
              <p>
                Likely theme: <strong>{suggestedName}</strong>{' '}
                <span className="muted">
                  · {Math.round(suggestion.confidence * 100)}% sure ({suggestion.because.length} of the{' '}
                  {plural(suggestion.voters)} most like it with a theme are there)
                </span>
              </p>
              <Button className="small-button primary-button" onPress={acceptSuggestion} aria-keyshortcuts="A">
                Move to {suggestedName}
              </Button>
            </div>
          )}
          {answer && (
            <fieldset id="similar-notes" className="similar-list">
              <legend>
                {neighbours.length ? 'Closest in meaning' : 'No notes close in meaning'}
                {!similarity.meaning && neighbours.length > 0 && <span className="muted"> (by shared words)</span>}
              </legend>
              {neighbours.map((s) => {
                const other = model.noteById.get(s.id)!;
                const otherTheme =
                  other.themeId && model.themeById.has(other.themeId) ? model.themePath(other.themeId) : null;
                const already = themeId !== null && other.themeId === themeId;
                return (
                  <label key={s.id} className={`similar-item${already ? ' is-already' : ''}`}>
                    <input
                      type="checkbox"
                      checked={checked.has(s.id)}
                      disabled={already}
                      onChange={(e) =>
                        setChecked((prev) => {
                          const next = new Set(prev);
                          if (e.target.checked) next.add(s.id);
                          else next.delete(s.id);
                          return next;
                        })
                      }
                    />
                    <span className="similar-text" dir="auto">
                      {excerpt(other.text)}
                    </span>
                    <span className="muted similar-meta">
                      {Math.round(s.score * 100)}% alike · {already ? 'already here' : (otherTheme ?? 'no theme')}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          )}
          {neighbours.length > 0 && (
            <div className="button-row">
              {themeId ? (
                <Button className="small-button primary-button" isDisabled={ticked.length === 0} onPress={pull}>
                  Pull {ticked.length ? plural(ticked.length) : 'ticked notes'} into {model.themePath(themeId)}
                </Button>
              ) : (
                <Button
                  className="small-button"
                  isDisabled={ticked.length === 0}
                  onPress={() => openCreateDialog([note.id, ...ticked])}
                >
                  New theme with this note and {ticked.length ? plural(ticked.length) : 'ticked notes'}…
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
