/**
 * Themes in priority order (votes from the room first, then breadth: shared/findings/ranking.ts), with how widely
 * each was heard, its top quote and the ideas for action raised under it.
 */
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { groupsHeardFrom } from '../../shared/findings/breadth';
import { uniqueTexts } from '../../shared/findings/ideas';

export function ThemeRanking({ snapshot, view }: { snapshot: FindingsSnapshot; view: FindingsDocument }) {
  if (view.ranking.length === 0) return null;
  const notes = new Map(snapshot.notes.map((n) => [n.id, n]));
  const groupName = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const denominator = groupsHeardFrom(view.coverage.columns);
  return (
    <section aria-labelledby="ranking-heading">
      <h3 id="ranking-heading">Themes by priority</h3>
      <div className="table-scroll" role="region" aria-label="Themes by priority, table" tabIndex={0}>
        <table className="data-table ranking-table">
          <caption className="visually-hidden">Themes ranked by votes, then by how many groups raised them</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Theme</th>
              <th scope="col">Votes</th>
              <th scope="col">Groups heard</th>
              <th scope="col">Sessions</th>
              <th scope="col">Notes</th>
              <th scope="col">Top quote</th>
              <th scope="col">Ideas for action</th>
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
                  <td>{row.rank}</td>
                  <th scope="row">{row.name}</th>
                  <td>{row.votes}</td>
                  <td>
                    {row.groupIds.length} of {denominator}
                    {row.groupIds.length > 0 && (
                      <span className="muted"> ({row.groupIds.map((g) => groupName.get(g) ?? g).join(', ')})</span>
                    )}
                  </td>
                  <td>{row.sessionIds.length}</td>
                  <td>{row.noteCount}</td>
                  <td>{quote ? `“${quote.text}”` : <span className="muted">none quotable</span>}</td>
                  <td>
                    {ideas.length === 0 ? (
                      <span className="muted">none</span>
                    ) : (
                      <ul className="compact-list">
                        {ideas.slice(0, 3).map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                        {ideas.length > 3 && <li className="muted">and {ideas.length - 3} more</li>}
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
