/**
 * Themes in priority order (votes from the room first, then breadth: shared/findings/ranking.ts), with how widely
 * each was heard, its top quote and the ideas for action raised under it.
 */
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { groupsHeardFrom } from '../../shared/findings/breadth';
import { uniqueTexts } from '../../shared/findings/ideas';
import { alsoInOf, linkedRowsOf } from '../../shared/findings/linkedNotes';
import { useT } from '../ui/i18n';
import { AlsoIn } from './AlsoIn';

export function ThemeRanking({ snapshot, view }: { snapshot: FindingsSnapshot; view: FindingsDocument }) {
  const { t, number } = useT();
  if (view.ranking.length === 0) return null;
  const linkedRows = linkedRowsOf(view);
  const notes = new Map(snapshot.notes.map((n) => [n.id, n]));
  const groupName = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const denominator = groupsHeardFrom(view.coverage.columns);
  return (
    <section aria-labelledby="ranking-heading">
      <h3 id="ranking-heading">{t('finding.ranking.heading')}</h3>
      <div className="table-scroll" role="region" aria-label={t('finding.ranking.region')} tabIndex={0}>
        <table className="data-table ranking-table">
          <caption className="visually-hidden">{t('finding.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('finding.ranking.rank')}</th>
              <th scope="col">{t('finding.ranking.theme')}</th>
              <th scope="col">{t('finding.ranking.votes')}</th>
              <th scope="col">{t('finding.ranking.groups')}</th>
              <th scope="col">{t('finding.ranking.sessions')}</th>
              <th scope="col">{t('finding.ranking.notes')}</th>
              <th scope="col">{t('finding.ranking.topQuote')}</th>
              <th scope="col">{t('finding.ranking.ideas')}</th>
            </tr>
          </thead>
          <tbody>
            {view.ranking.map((row) => {
              const quote = row.quotes[0];
              const ideas = uniqueTexts(row.ideaNoteIds.map((id) => ({ text: notes.get(id)?.text ?? '' }))).map(
                (idea) => idea.text,
              );
              return (
                <tr key={row.themeId}>
                  <td>{number(row.rank)}</td>
                  <th scope="row">{row.name}</th>
                  <td>{number(row.votes)}</td>
                  <td>
                    {t('finding.ranking.groupsOf', { count: row.groupIds.length, total: denominator })}
                    {row.groupIds.length > 0 && (
                      <span className="muted"> ({row.groupIds.map((g) => groupName.get(g) ?? g).join(', ')})</span>
                    )}
                  </td>
                  <td>{number(row.sessionIds.length)}</td>
                  <td>{number(row.noteCount)}</td>
                  <td>
                    {quote ? (
                      <>
                        {t('finding.quoted', { text: quote.text })}
                        <AlsoIn
                          themeIds={alsoInOf(linkedRows.get(quote.noteId), [row.themeId])}
                          themes={snapshot.themes}
                        />
                      </>
                    ) : (
                      <span className="muted">{t('finding.ranking.noQuote')}</span>
                    )}
                  </td>
                  <td>
                    {ideas.length === 0 ? (
                      <span className="muted">{t('finding.ranking.none')}</span>
                    ) : (
                      <ul className="compact-list">
                        {ideas.slice(0, 3).map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                        {ideas.length > 3 && (
                          <li className="muted">{t('finding.ranking.more', { count: ideas.length - 3 })}</li>
                        )}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
