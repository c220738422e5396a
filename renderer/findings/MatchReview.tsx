/**
 * Step 4 of the privacy gate: every match the scan found in what will leave, in its context, each with its own
 * "remove" switch (on by default), plus words or phrases the user removes everywhere (a name the scan missed:
 * RemovedPhrases).
 */
import { useMemo, useState } from 'react';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { PlannedMatch } from '../../shared/privacy/plan';
import { exportedTexts, locationKey } from '../../shared/privacy/scan';
import { PII_LABELS, type TextLocation } from '../../shared/privacy/types';
import { plural } from '../../shared/i18n/plural';
import { RemovedPhrases } from './RemovedPhrases';

/** A long list is shown in pages: a thousand checkboxes at once helps nobody. */
const PAGE = 100;
const CONTEXT = 40;

function describeLocation(location: TextLocation, snapshot: FindingsSnapshot): string {
  const sessionTitle = (id: string) => snapshot.sessions.find((s) => s.id === id)?.title ?? 'a session';
  switch (location.table) {
    case 'notes': {
      const note = snapshot.notes.find((n) => n.id === location.id);
      return `Note in ${note ? sessionTitle(note.sessionId) : 'a session'}`;
    }
    case 'themes':
      return location.field === 'name' ? 'Theme name' : 'Theme description';
    case 'findings':
      return location.field === 'statement' ? 'Finding' : location.field === 'actions' ? 'Idea for action' : 'Measure';
    case 'sessions':
      return location.field === 'title' ? 'Session title' : 'Session place';
    case 'memos':
      return location.field === 'title' ? 'Memo title' : 'Memo';
  }
}

export function MatchReview({
  snapshot,
  matches,
  onKeep,
  phrases,
  onPhrases,
}: {
  snapshot: FindingsSnapshot;
  matches: PlannedMatch[];
  onKeep(ids: string[], keep: boolean): void;
  phrases: string[];
  onPhrases(next: string[]): void;
}) {
  // Kept here, not in the list: how far the person has paged survives the list emptying and filling again.
  const [shown, setShown] = useState(PAGE);
  return (
    <div className="match-review">
      {matches.length === 0 ? (
        <p className="muted">The scan found nothing in what will leave.</p>
      ) : (
        <MatchList
          snapshot={snapshot}
          matches={matches}
          shown={shown}
          onShowMore={() => setShown(shown + PAGE)}
          onKeep={onKeep}
        />
      )}
      <RemovedPhrases phrases={phrases} onPhrases={onPhrases} />
    </div>
  );
}

/** The matches, a page at a time, each in its context with its own switch; "Remove all" and "Keep all" above. */
function MatchList({
  snapshot,
  matches,
  shown,
  onShowMore,
  onKeep,
}: {
  snapshot: FindingsSnapshot;
  matches: PlannedMatch[];
  shown: number;
  onShowMore(): void;
  onKeep(ids: string[], keep: boolean): void;
}) {
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    for (const [location, text] of exportedTexts(snapshot)) map.set(locationKey(location), text);
    return map;
  }, [snapshot]);
  const redacted = matches.filter((m) => m.redacted).length;
  const all = matches.map((m) => m.id);

  return (
    <>
      <div className="button-row">
        <span>
          {plural(redacted, { one: '# match', other: '# matches' })} will be removed, {matches.length - redacted} kept.
        </span>
        <button type="button" className="small-button" onClick={() => onKeep(all, false)}>
          Remove all
        </button>
        <button type="button" className="small-button" onClick={() => onKeep(all, true)}>
          Keep all
        </button>
      </div>
      <ul className="plain-list match-list">
        {matches.slice(0, shown).map((match) => {
          const text = texts.get(locationKey(match.location)) ?? match.text;
          const before = text.slice(Math.max(0, match.start - CONTEXT), match.start);
          const after = text.slice(match.end, match.end + CONTEXT);
          return (
            <li key={match.id} className="list-row match-row">
              <label className="check">
                <input
                  type="checkbox"
                  checked={match.redacted}
                  onChange={(e) => onKeep([match.id], !e.target.checked)}
                />
                Remove {PII_LABELS[match.kind]} “{match.text}”
              </label>
              <span className="match-context">
                <span className="muted">{describeLocation(match.location, snapshot)}: </span>…{before}
                <mark>{match.text}</mark>
                {after}…
              </span>
            </li>
          );
        })}
      </ul>
      {matches.length > shown && (
        <button type="button" className="small-button" onClick={onShowMore}>
          Show {Math.min(PAGE, matches.length - shown)} more of {matches.length}
        </button>
      )}
    </>
  );
}
