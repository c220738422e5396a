/**
 * Step 4 of the privacy gate: every match the scan found in what will leave, in its context, each with its own
 * "remove" switch (on by default), plus words or phrases the user removes everywhere (a name the scan missed:
 * RemovedPhrases).
 */
import { useMemo, useState } from 'react';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { PlannedMatch } from '../../shared/privacy/plan';
import { exportedTexts, locationKey } from '../../shared/privacy/scan';
import type { PiiKind, TextLocation } from '../../shared/privacy/types';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { Translator } from '../../shared/i18n/translate';
import { useT } from '../ui/i18n';
import { RemovedPhrases } from './RemovedPhrases';

/** A long list is shown in pages: a thousand checkboxes at once helps nobody. */
const PAGE = 100;
const CONTEXT = 40;

/** The kinds of personal information, as the object of "Remove …". */
const PII_KINDS: Record<PiiKind, MessageId> = {
  email: 'export.pii.email',
  phone: 'export.pii.phone',
  address: 'export.pii.address',
  'postal-code': 'export.pii.postalCode',
  name: 'export.pii.name',
  other: 'export.pii.other',
};

function describeLocation(location: TextLocation, snapshot: FindingsSnapshot, { t }: Translator): string {
  const sessionTitle = (id: string) => snapshot.sessions.find((s) => s.id === id)?.title ?? t('export.match.aSession');
  switch (location.table) {
    case 'notes': {
      const note = snapshot.notes.find((n) => n.id === location.id);
      return t('export.match.noteIn', { session: note ? sessionTitle(note.sessionId) : t('export.match.aSession') });
    }
    case 'themes':
      return location.field === 'name' ? t('export.match.themeName') : t('export.match.themeDescription');
    case 'findings':
      return location.field === 'statement'
        ? t('export.match.finding')
        : location.field === 'actions'
          ? t('export.match.idea')
          : t('export.match.measure');
    case 'sessions':
      return location.field === 'title' ? t('export.match.sessionTitle') : t('export.match.sessionPlace');
    case 'memos':
      return location.field === 'title' ? t('export.match.memoTitle') : t('export.match.memo');
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
  const { t } = useT();
  return (
    <div className="match-review">
      {matches.length === 0 ? (
        <p className="muted">{t('export.match.nothing')}</p>
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
  const tr = useT();
  const { t } = tr;
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
        <span>{t('export.match.summary', { removed: redacted, kept: matches.length - redacted })}</span>
        <button type="button" className="small-button" onClick={() => onKeep(all, false)}>
          {t('export.match.removeAll')}
        </button>
        <button type="button" className="small-button" onClick={() => onKeep(all, true)}>
          {t('export.match.keepAll')}
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
                {t('export.match.remove', { kind: t(PII_KINDS[match.kind]), text: match.text })}
              </label>
              <span className="match-context">
                <span className="muted">
                  {t('export.match.where', { where: describeLocation(match.location, snapshot, tr) })}{' '}
                </span>
                …{before}
                <mark>{match.text}</mark>
                {after}…
              </span>
            </li>
          );
        })}
      </ul>
      {matches.length > shown && (
        <button type="button" className="small-button" onClick={onShowMore}>
          {t('export.match.more', { count: Math.min(PAGE, matches.length - shown), total: matches.length })}
        </button>
      )}
    </>
  );
}
