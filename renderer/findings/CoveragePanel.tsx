/**
 * The coverage matrix: themes × stakeholder groups. Each cell says its count in words as well as by shade, and a
 * gap says what kind it is ("not heard", "no session yet"), so nothing depends on seeing colour.
 */
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import { useT } from '../ui/i18n';
import { useRichMessage } from '../ui/richMessage';

type Cell = FindingsDocument['coverage']['cells'][number][number];

/** Compact to see (a dash, a zero), whole words to hear: the caption says what the marks mean. */
function CellText({ cell }: { cell: Cell }) {
  const { t, number } = useT();
  if (cell.state === 'heard') return <>{number(cell.count)}</>;
  const words = cell.state === 'no-session' ? t('coverage.held', { count: 0 }) : t('coverage.notHeard');
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
  const { t } = useT();
  const rich = useRichMessage();
  const { coverage } = view;
  const groupName = new Map(coverage.columns.map((c) => [c.groupId, c.name]));
  const themeName = new Map(coverage.rows.map((r) => [r.themeId, r.name]));
  const silent = coverage.gaps.filter((g) => g.kind === 'silent');
  const noSession = coverage.gaps.filter((g) => g.kind === 'no-session');
  const order = columnOrder(coverage);

  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.heading')}</h2>
      {coverage.columns.length === 0 ? (
        <p className="empty">{t('coverage.noGroups')}</p>
      ) : coverage.rows.length === 0 ? (
        <p className="empty">{t('coverage.noThemes', { level })}</p>
      ) : (
        <div className="table-scroll coverage-scroll" role="region" aria-label={t('coverage.matrix')} tabIndex={0}>
          <table className="data-table coverage-table">
            <caption>{t('coverage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.theme')}</th>
                {order
                  .map((c) => coverage.columns[c]!)
                  .map((column) => (
                    <th scope="col" key={column.groupId}>
                      {column.name}
                      <span className="coverage-held">{t('coverage.held', { count: column.heldSessions })}</span>
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
      <h3>{t('coverage.gaps')}</h3>
      {coverage.gaps.length === 0 ? (
        <p className="muted">{t('coverage.noGaps')}</p>
      ) : (
        <ul className="gap-list">
          {noSession.map((gap) => (
            <li key={`n-${gap.groupId}`}>
              {rich('coverage.gapNoSession', { group: <strong>{groupName.get(gap.groupId)}</strong> })}
            </li>
          ))}
          {silent.map((gap) =>
            gap.kind === 'silent' ? (
              <li key={`s-${gap.themeId}-${gap.groupId}`}>
                {rich('coverage.gapSilent', {
                  group: <strong>{groupName.get(gap.groupId)}</strong>,
                  theme: themeName.get(gap.themeId),
                })}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}
