/**
 * Suggested themes: computed in a Web Worker (useClusterSuggestions) from the texts of the notes not yet in a
 * theme, grouped by meaning, with progress and cancel. Each suggestion arrives with a name a person might
 * have written, editable in place (Enter accepts it under that name), the words its notes share as the
 * explanation and how tightly they hang together. It can be previewed on the board (its notes highlighted,
 * the rest dimmed), accepted — it becomes a theme holding its notes — or rejected.
 */
import { useEffect, useState } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import type { SuggestedCluster } from '../../shared/cluster';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { acceptSuggestion } from '../data/commands/board';
import { erasedNoteIds, subscribeErased } from '../data/erasure/events';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import './meaning.css';
import { msg, useT } from '../ui/i18n';
import type { BoardModel } from './useBoardModel';
import { useClusterSuggestions } from './useClusterSuggestions';

const SAMPLE_NOTES = 3;

export function SuggestionsPanel({ model }: { model: BoardModel }) {
  const clusters = useClusterSuggestions();
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const preview = useBoardStore((s) => s.preview);
  const setPreview = useBoardStore((s) => s.setPreview);
  const { t, number } = useT();
  const loose = model.notesByTheme.get(null) ?? [];

  // Leaving the board (or a new run) ends any preview.
  useEffect(() => () => setPreview(null), [setPreview]);

  // Erased notes leave the suggestions at once, worker and results alike: their words may be in them.
  const { db } = useData();
  const { forget } = clusters;
  useEffect(
    () =>
      subscribeErased(db, (erased) => {
        const noteIds = new Set(erasedNoteIds(erased));
        if (noteIds.size) forget(noteIds);
      }),
    [db, forget],
  );

  const run = () => {
    setHandled(new Set());
    setPreview(null);
    clusters.start(loose.map((n) => ({ id: n.id, text: n.text })));
    announce(msg('board.lookingForThemes', { count: loose.length }));
  };

  useEffect(() => {
    if (clusters.status === 'done' && clusters.suggestions) {
      const count = clusters.suggestions.clusters.length;
      announce(count ? msg('board.suggestionsReady', { count }) : msg('board.noSuggestionsSaid'));
    } else if (clusters.status === 'cancelled') announce(msg('board.suggestionsCancelled'));
    else if (clusters.status === 'error') announce(msg('board.suggestionsFailed', { error: clusters.error ?? '' }));
  }, [clusters.status, clusters.suggestions, clusters.error]);

  const open = (clusters.suggestions?.clusters ?? []).filter((c) => !handled.has(c.id));
  const finish = (id: string) => {
    setHandled((prev) => new Set([...prev, id]));
    if (preview) setPreview(null);
  };

  return (
    <section className="side-section" aria-labelledby="suggest-heading">
      <div className="side-head">
        <h2 id="suggest-heading">{t('board.suggested')}</h2>
        {clusters.status === 'running' ? (
          <button type="button" className="small-button" onClick={clusters.cancel}>
            {t('ui.cancel')}
          </button>
        ) : (
          <button type="button" className="small-button" onClick={run} disabled={loose.length < 2}>
            {t('board.suggest', { again: clusters.status === 'done' ? 'yes' : 'no' })}
          </button>
        )}
      </div>
      {clusters.status === 'idle' && <p className="muted">{t('board.suggestIdle', { count: loose.length })}</p>}
      {clusters.status === 'running' && (
        <ProgressBar value={Math.round(clusters.progress * 100)} className="progress">
          {({ percentage }) => (
            <>
              <Label>{t('board.findingSuggestions')}</Label>
              <span className="muted"> {number(Math.round(percentage ?? 0) / 100, { style: 'percent' })}</span>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {clusters.status === 'cancelled' && <p className="muted">{t('board.cancelledNothingChanged')}</p>}
      {clusters.status === 'error' && (
        <p className="field-error">{t('board.suggestionsError', { error: clusters.error ?? '' })}</p>
      )}
      {clusters.status === 'done' && open.length === 0 && (
        <p className="muted">
          {clusters.suggestions?.clusters.length ? t('board.allHandled') : t('board.noSuggestions')}
        </p>
      )}
      {open.length > 0 && (
        <ul className="suggestion-list" aria-label={t('board.suggested')}>
          {open.map((cluster) => (
            <SuggestionItem key={cluster.id} cluster={cluster} model={model} onDone={() => finish(cluster.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** How tightly a suggestion's notes hang together, in words: cohesion is their mean cosine with the centre. */
function cohesionLevel(score: number): 'tight' | 'fair' | 'loose' {
  return score >= 0.6 ? 'tight' : score >= 0.4 ? 'fair' : 'loose';
}

function SuggestionItem({ cluster, model, onDone }: { cluster: SuggestedCluster; model: BoardModel; onDone(): void }) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const [name, setName] = useState(cluster.label);
  const preview = useBoardStore((s) => s.preview);
  const setPreview = useBoardStore((s) => s.setPreview);
  const noteIds = cluster.noteIds.filter((id) => model.noteById.has(id));
  const previewing = preview?.id === cluster.id;
  const samples = noteIds.slice(0, SAMPLE_NOTES).map((id) => model.noteById.get(id)!.text);
  const fieldId = `suggestion-name-${cluster.id}`;
  const canAccept = name.trim().length > 0 && noteIds.length > 0;

  // Accept and rename in one step: the name field is the suggestion's name; Enter in it accepts.
  const accept = async () => {
    if (!canAccept) return;
    const theme = await act(
      acceptSuggestion(runner, {
        projectId: model.project.id,
        sessionId: model.session?.id ?? null,
        label: name,
        noteIds,
      }),
      (made) => msg('board.created', { theme: made.name, count: noteIds.length }),
    );
    if (theme) onDone();
  };

  return (
    <li className="suggestion" data-testid="suggestion">
      <form
        className="suggestion-name"
        onSubmit={(event) => {
          event.preventDefault();
          void accept();
        }}
      >
        <label htmlFor={fieldId} className="visually-hidden">
          {t('board.suggestionName', { label: cluster.label })}
        </label>
        <input
          id={fieldId}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${fieldId}-why`}
        />
      </form>
      <p className="suggestion-why" id={`${fieldId}-why`}>
        <span className="muted">{t('board.sharedWords')}</span> {cluster.words.join(', ') || t('board.noWords')}{' '}
        <span className="muted">
          · {t('board.noteCount', { count: noteIds.length })} ·{' '}
          {t('board.cohesion', { level: cohesionLevel(cluster.score), percent: Math.round(cluster.score * 100) })}
        </span>
      </p>
      <ul className="suggestion-samples">
        {samples.map((text, i) => (
          <li key={i} dir="auto">
            {text.length > 120 ? `${text.slice(0, 120)}…` : text}
          </li>
        ))}
      </ul>
      <div className="suggestion-actions">
        <Button className="small-button primary-button" isDisabled={!canAccept} onPress={accept}>
          {t('board.accept')}
          <span className="visually-hidden"> {t('board.acceptAs', { name })}</span>
        </Button>
        <Button
          className="small-button"
          aria-pressed={previewing}
          onPress={() => {
            setPreview(previewing ? null : { id: cluster.id, noteIds: new Set(noteIds) });
            announce(previewing ? t('board.previewOff') : t('board.previewing', { count: noteIds.length }));
          }}
        >
          {t('board.preview')}
          <span className="visually-hidden"> {t('board.quotedLabel', { label: cluster.label })}</span>
        </Button>
        <Button
          className="small-button"
          onPress={() => {
            onDone();
            announce(t('board.rejected', { label: cluster.label }));
          }}
        >
          {t('board.reject')}
          <span className="visually-hidden"> {t('board.quotedLabel', { label: cluster.label })}</span>
        </Button>
      </div>
    </li>
  );
}
