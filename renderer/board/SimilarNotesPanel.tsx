/**
 * "Like this note": for the focused note, the notes closest in meaning (to tick and pull into its theme, or
 * into a new theme with it) and, when it has no theme yet, the theme its most similar themed notes are in,
 * with how sure that is. Keys on a focused sticky: L jumps to the list, A accepts the likely theme. Every
 * write goes through the board commands, so it can be undone. What is found is useSimilarNotes; the keys are
 * useSimilarNotesKeys.
 */
import { useData } from '../app/DataContext';
import { assignTheme } from '../data/commands/board';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { useSimilarNotes, useTicksFor } from './useSimilarNotes';
import { useSimilarNotesKeys } from './useSimilarNotesKeys';
import { excerpt, LikelyTheme, SimilarNotesList, TickedNotesActions } from './SimilarNotesList';
import './meaning.css';
import { noteCount as plural } from './words';

export function SimilarNotesPanel({ model }: { model: BoardModel }) {
  const { runner } = useData();
  const act = useAct();
  const openCreateDialog = useBoardStore((s) => s.openCreateDialog);
  const { noteId, note, themeId, similarity, answer, suggestion, suggestedName, neighbours } = useSimilarNotes(model);
  const { checked, tick, clear } = useTicksFor(noteId);
  const ticked = neighbours.filter((s) => checked.has(s.id)).map((s) => s.id);

  const acceptSuggestion = async () => {
    if (!note || !suggestion) return;
    await act(assignTheme(runner, [note.id], suggestion.themeId), `Moved the note to theme ${suggestedName}`);
  };
  const pull = async () => {
    if (!themeId || ticked.length === 0) return;
    const name = model.themePath(themeId);
    const moved = await act(assignTheme(runner, ticked, themeId), (n) => `Pulled ${plural(n)} into theme ${name}`);
    if (moved !== undefined) clear();
  };
  useSimilarNotesKeys({ acceptSuggestion, hasSuggestion: suggestion !== null, neighbours: neighbours.length });

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
          {similarity.status === 'indexing' && <p className="muted">Reading the notes…</p>}
          {similarity.status === 'error' && (
            <p className="field-error">Similar notes are unavailable: {similarity.error}</p>
          )}
          {themeId === null && model.themes.length === 0 && (
            <p className="muted">No themes yet: create one (T) and a likely theme will be suggested here.</p>
          )}
          {suggestion && <LikelyTheme suggestion={suggestion} name={suggestedName} onAccept={acceptSuggestion} />}
          {answer && (
            <SimilarNotesList
              model={model}
              neighbours={neighbours}
              themeId={themeId}
              byMeaning={similarity.meaning}
              checked={checked}
              onTick={tick}
            />
          )}
          {neighbours.length > 0 && (
            <TickedNotesActions
              ticked={ticked.length}
              themeName={themeId ? model.themePath(themeId) : null}
              onPull={pull}
              onNewTheme={() => openCreateDialog([note.id, ...ticked])}
            />
          )}
        </>
      )}
    </section>
  );
}
