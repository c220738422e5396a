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
import { msg, useT } from '../ui/i18n';

export function SimilarNotesPanel({ model }: { model: BoardModel }) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const openCreateDialog = useBoardStore((s) => s.openCreateDialog);
  const { noteId, note, themeId, similarity, answer, suggestion, suggestedName, neighbours } = useSimilarNotes(model);
  const { checked, tick, clear } = useTicksFor(noteId);
  const ticked = neighbours.filter((s) => checked.has(s.id)).map((s) => s.id);

  const acceptSuggestion = async () => {
    if (!note || !suggestion) return;
    await act(assignTheme(runner, [note.id], suggestion.themeId), msg('board.movedNoteTo', { theme: suggestedName }));
  };
  const pull = async () => {
    if (!themeId || ticked.length === 0) return;
    const theme = model.themePath(themeId);
    const moved = await act(assignTheme(runner, ticked, themeId), (count) => msg('board.pulled', { count, theme }));
    if (moved !== undefined) clear();
  };
  useSimilarNotesKeys({ acceptSuggestion, hasSuggestion: suggestion !== null, neighbours: neighbours.length });

  return (
    <section className="side-section similar-panel" aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t('board.likeThisNote')}</h2>
      {!note ? (
        <p className="muted">{t('board.likeThisNoteHint')}</p>
      ) : (
        <>
          <p className="similar-target" dir="auto">
            {t('board.quoted', { text: excerpt(note.text) })}
          </p>
          {similarity.status === 'indexing' && <p className="muted">{t('board.readingNotes')}</p>}
          {similarity.status === 'error' && (
            <p className="field-error">{t('board.similarUnavailable', { error: similarity.error ?? '' })}</p>
          )}
          {themeId === null && model.themes.length === 0 && <p className="muted">{t('board.noThemesForLikely')}</p>}
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
