/** Who mapped which session theme to which master theme, and when: read from the change history, newest first. */
import type { FindingsSnapshot } from '../../shared/findings/snapshot';

export function MappingLog({ snapshot }: { snapshot: FindingsSnapshot }) {
  const log = [...(snapshot.mappingLog ?? [])].reverse();
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  return (
    <section aria-labelledby="mapping-log-heading">
      <h3 id="mapping-log-heading">Mapping log</h3>
      {log.length === 0 ? (
        <p className="muted">No mappings yet.</p>
      ) : (
        <table className="data-table mapping-log">
          <caption className="visually-hidden">Mapping decisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Session theme</th>
              <th scope="col">Mapped to</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={`${entry.themeId}-${entry.at}-${i}`}>
                <td>
                  <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                </td>
                <td>{entry.by}</td>
                <td>{themeName.get(entry.themeId) ?? 'a removed theme'}</td>
                <td>{entry.masterThemeId ? (themeName.get(entry.masterThemeId) ?? 'a removed theme') : 'unmapped'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
