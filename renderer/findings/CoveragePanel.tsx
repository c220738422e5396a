/**
 * The coverage matrix: themes × stakeholder groups. Each cell says its count in words as well as by shade, and a
 * gap says what kind it is ("not heard", "no session yet"), so nothing depends on seeing colour.
 */
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import { plural } from '../../shared/i18n/plural';

type Cell = FindingsDocument['coverage']['cells'][number][number];

/** Compact to see (a dash, a zero), whole words to hear: the caption says what the marks mean. */
function CellText({ cell }: { cell: Cell }) {
  if (cell.state === 'heard') return <>{cell.count}</>;
  const words = cell.state === 'no-session' ? 'no session yet' : 'not heard';
  return (
    <>
      <span aria-hidden="true">{cell.state === 'no-session' ? '–' : '0'}</span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}

/**
 * Column order for the screen: groups whose members raised something first (most notes first), then groups that
 * met but raised none of these themes, then groups with no session yet, so the columns with data are never the
 * ones cut off.
 */
export function columnOrder(coverage: FindingsDocument['coverage']): number[] {
  const totals = coverage.columns.map((_, c) => coverage.cells.reduce((sum, row) => sum + (row[c]?.count ?? 0), 0));
  const band = (c: number) => (totals[c]! > 0 ? 0 : coverage.columns[c]!.heldSessions > 0 ? 1 : 2);
  return coverage.columns.map((_, c) => c).sort((a, b) => band(a) - band(b) || totals[b]! - totals[a]! || a - b);
}

/** Light blue shades, dark enough to see and light enough that the dark text keeps AA contrast on the darkest. */
function shadeStyle(cell: Cell): React.CSSProperties | undefined {
  if (cell.state !== 'heard') return undefined;
  const lightness = 95 - Math.round(cell.shade * 30);
  return { background: `hsl(214 90% ${lightness}%)` };
}

export function CoveragePanel({ view, level }: { view: FindingsDocument; level: ReportLevel }) {
  const { coverage } = view;
  const groupName = new Map(coverage.columns.map((c) => [c.groupId, c.name]));
  const themeName = new Map(coverage.rows.map((r) => [r.themeId, r.name]));
  const silent = coverage.gaps.filter((g) => g.kind === 'silent');
  const noSession = coverage.gaps.filter((g) => g.kind === 'no-session');
  const order = columnOrder(coverage);

  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage: who was heard on what</h2>
      {coverage.columns.length === 0 ? (
        <p className="empty">
          No stakeholder groups or sessions yet. Add groups in Setup and plan sessions, and the matrix fills in.
        </p>
      ) : coverage.rows.length === 0 ? (
        <p className="empty">
          {level === 'master'
            ? 'No master themes yet. Add them under “Master themes” and map the session themes to them.'
            : 'No themes yet. Group notes into themes on the board; each theme becomes a row here.'}
        </p>
      ) : (
        <div className="table-scroll coverage-scroll" role="region" aria-label="Coverage matrix" tabIndex={0}>
          <table className="data-table coverage-table">
            <caption>
              Notes per theme and stakeholder group, groups with notes first. 0: the group met but never raised the
              theme. –: the group has had no session yet.
            </caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {order
                  .map((c) => coverage.columns[c]!)
                  .map((column) => (
                    <th scope="col" key={column.groupId}>
                      {column.name}
                      <span className="coverage-held">
                        {column.heldSessions === 0
                          ? 'no session yet'
                          : plural(column.heldSessions, { one: '# session', other: '# sessions' })}
                      </span>
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {coverage.rows.map((row, r) => (
                <tr key={row.themeId}>
                  <th scope="row">{row.name}</th>
                  {order.map((c) => {
                    const cell = coverage.cells[r]![c]!;
                    return (
                      <td
                        key={coverage.columns[c]!.groupId}
                        className={`coverage-cell is-${cell.state}`}
                        style={shadeStyle(cell)}
                      >
                        <CellText cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Gaps</h3>
      {coverage.gaps.length === 0 ? (
        <p className="muted">No gaps: every group has had a session and raised every theme.</p>
      ) : (
        <ul className="gap-list">
          {noSession.map((gap) => (
            <li key={`n-${gap.groupId}`}>
              <strong>{groupName.get(gap.groupId)}</strong>: no session yet.
            </li>
          ))}
          {silent.map((gap) =>
            gap.kind === 'silent' ? (
              <li key={`s-${gap.themeId}-${gap.groupId}`}>
                <strong>{groupName.get(gap.groupId)}</strong> never raised “{themeName.get(gap.themeId)}”.
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}
