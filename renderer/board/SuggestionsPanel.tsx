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
import { plural } from '../../shared/i18n/plural';
import { noteCount } from './words';
import type { BoardModel } from './useBoardModel';
import { useClusterSuggestions } from './useClusterSuggestions';

const SAMPLE_NOTES = 3;

export function SuggestionsPanel({ model }: { model: BoardModel }) {
  const clusters = useClusterSuggestions();
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const preview = useBoardStore((s) => s.preview);
  const setPreview = useBoardStore((s) => s.setPreview);
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
    announce(`Looking for themes in ${noteCount(loose.length)} without a theme`);
  };

  useEffect(() => {
    if (clusters.status === 'done' && clusters.suggestions) {
      const count = clusters.suggestions.clusters.length;
      announce(
        count
          ? `${plural(count, { one: '# suggested theme', other: '# suggested themes' })} ready`
          : 'No suggestions: the notes share too few words',
      );
    } else if (clusters.status === 'cancelled') announce('Suggestions cancelled');
    else if (clusters.status === 'error') announce(`Suggestions failed: ${clusters.error}`);
  }, [clusters.status, clusters.suggestions, clusters.error]);

  const open = (clusters.suggestions?.clusters ?? []).filter((c) => !handled.has(c.id));
  const finish = (id: string) => {
    setHandled((prev) => new Set([...prev, id]));
    if (preview) setPreview(null);
  };

  return (
    <section className="side-section" aria-labelledby="suggest-heading">
      <div className="side-head">
        <h2 id="suggest-heading">Suggested themes</h2>
        {clusters.status === 'running' ? (
          <button type="button" className="small-button" onClick={clusters.cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="small-button" onClick={run} disabled={loose.length < 2}>
            {clusters.status === 'done' ? 'Suggest again' : 'Suggest themes'}
          </button>
        )}
      </div>
      {clusters.status === 'idle' && (
        <p className="muted">
          Groups the {noteCount(loose.length)} without a theme by what they mean and the words they share. Nothing
          changes until you accept a suggestion.
        </p>
      )}
      {clusters.status === 'running' && (
        <ProgressBar value={Math.round(clusters.progress * 100)} className="progress">
          {({ percentage }) => (
            <>
              <Label>Finding suggestions…</Label>
              <span className="muted"> {Math.round(percentage ?? 0)}%</span>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {clusters.status === 'cancelled' && <p className="muted">Cancelled. Nothing was changed.</p>}
      {clusters.status === 'error' && (
        <p className="field-error">The suggestions could not be computed: {clusters.error}</p>
      )}
      {clusters.status === 'done' && open.length === 0 && (
        <p className="muted">
          {clusters.suggestions?.clusters.length
            ? 'All suggestions handled.'
            : 'No suggestions: these notes share too few words.'}
        </p>
      )}
      {open.length > 0 && (
        <ul className="suggestion-list" aria-label="Suggested themes">
          {open.map((cluster) => (
            <SuggestionItem key={cluster.id} cluster={cluster} model={model} onDone={() => finish(cluster.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** How tightly a suggestion's notes hang together, in words: cohesion is their mean cosine with the centre. */
function cohesionWord(score: number): string {
  return score >= 0.6 ? 'tight' : score >= 0.4 ? 'fair' : 'loose';
}

function SuggestionItem({ cluster, model, onDone }: { cluster: SuggestedCluster; model: BoardModel; onDone(): void }) {
  const { runner } = useData();
  const act = useAct();
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
      (t) => `Theme ${t.name} created with ${noteCount(noteIds.length)}`,
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
          Name for the suggested theme “{cluster.label}” (Enter accepts)
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
        <span className="muted">Shared words:</span> {cluster.words.join(', ') || 'none'}{' '}
        <span className="muted">
          · {noteCount(noteIds.length)} · {cohesionWord(cluster.score)} ({Math.round(cluster.score * 100)}% cohesion)
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
          Accept<span className="visually-hidden"> as “{name}”</span>
        </Button>
        <Button
          className="small-button"
          aria-pressed={previewing}
          onPress={() => {
            setPreview(previewing ? null : { id: cluster.id, noteIds: new Set(noteIds) });
            announce(previewing ? 'Preview off' : `Previewing ${noteCount(noteIds.length)} on the board`);
          }}
        >
          Preview<span className="visually-hidden"> “{cluster.label}”</span>
        </Button>
        <Button
          className="small-button"
          onPress={() => {
            onDone();
            announce(`Suggestion ${cluster.label} rejected`);
          }}
        >
          Reject<span className="visually-hidden"> “{cluster.label}”</span>
        </Button>
      </div>
    </li>
  );
}
