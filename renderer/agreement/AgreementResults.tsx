/**
 * The agreement of two coders once both are done: overall and per master theme kappa and alpha, the confusion
 * table (one coder's themes down, the other's across), and the notes they disagree on, each resolvable by
 * putting the note in one coder's theme on the board (an ordinary, undoable board command).
 */
import { Button } from 'react-aria-components';
import { sessionAgreement, type SessionAgreement } from '../../shared/agreement';
import type { Coding, CodingPass, Note, Theme } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { routePath } from '../app/router';
import { useAct } from '../app/useAct';
import { assignTheme } from '../data/commands/board';
import { formatMeasure, formatShare } from './format';
import { AGREEMENT_TEXT as T } from './messages';

interface Props {
  projectId: string;
  passes: readonly CodingPass[];
  notes: readonly Note[];
  themes: readonly Theme[];
  codings: readonly Coding[];
}

function Measure({ value }: { value: number | null }) {
  return value === null ? <abbr title={T.undefinedMeasure}>—</abbr> : <>{formatMeasure(value)}</>;
}

export function AgreementResults({ projectId, passes, notes, themes, codings }: Props) {
  const [first, second] = passes as [CodingPass, CodingPass];
  const result = sessionAgreement({ first, second, codings, themes, noteIds: notes.map((n) => n.id) });
  const name = (category: string | null) => (category === null ? T.notCoded : (result.names.get(category) ?? '?'));
  return (
    <>
      {passes.length > 2 && <p className="muted">{T.comparingFirstTwo(first.coder, second.coder)}</p>}
      <dl className="agreement-overall">
        <div>
          <dt>{T.kappa}</dt>
          <dd>
            <Measure value={result.overall.kappa} />
          </dd>
        </div>
        <div>
          <dt>{T.alpha}</dt>
          <dd>
            <Measure value={result.overall.alpha} />
          </dd>
        </div>
        <div>
          <dt>{T.sameTheme}</dt>
          <dd>{formatShare(result.overall.observed)}</dd>
        </div>
        <div>
          <dt>{T.codedByBoth}</dt>
          <dd>{T.codedOf(result.codedByBoth, notes.length)}</dd>
        </div>
      </dl>
      {result.unmapped.length > 0 && (
        <p className="notice notice-info agreement-unmapped">
          {T.unmapped(result.unmapped.map((t) => t.name).join(', '))}{' '}
          <a href={routePath({ name: 'findings', projectId })}>{T.mapInFindings}</a>
        </p>
      )}
      <PerTheme result={result} first={first} second={second} />
      <Confusion result={result} first={first} second={second} />
      <Disagreements
        result={result}
        first={first}
        second={second}
        notes={notes}
        themes={themes}
        codings={codings}
        name={name}
      />
    </>
  );
}

function PerTheme({ result, first, second }: { result: SessionAgreement; first: CodingPass; second: CodingPass }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="per-theme-caption">
      <table className="data-table agreement-table">
        <caption id="per-theme-caption">{T.perThemeCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{T.theme}</th>
            <th scope="col">{first.coder}</th>
            <th scope="col">{second.coder}</th>
            <th scope="col">{T.both}</th>
            <th scope="col">{T.kappaShort}</th>
            <th scope="col">{T.alphaShort}</th>
          </tr>
        </thead>
        <tbody>
          {result.perCategory.map((row) => (
            <tr key={row.category}>
              <th scope="row">{result.names.get(row.category)}</th>
              <td>{row.first}</td>
              <td>{row.second}</td>
              <td>{row.both}</td>
              <td>
                <Measure value={row.kappa} />
              </td>
              <td>
                <Measure value={row.alpha} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Confusion({ result, first, second }: { result: SessionAgreement; first: CodingPass; second: CodingPass }) {
  const { categories, counts } = result.confusion;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="confusion-caption">
      <table className="data-table agreement-table confusion-table">
        <caption id="confusion-caption">{T.confusionCaption(first.coder, second.coder)}</caption>
        <thead>
          <tr>
            <td className="confusion-corner">
              {first.coder} ↓ {second.coder} →
            </td>
            {categories.map((c) => (
              <th scope="col" key={c}>
                {result.names.get(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((row, r) => (
            <tr key={row}>
              <th scope="row">{result.names.get(row)}</th>
              {counts[r]!.map((count, c) => (
                <td key={categories[c]} className={r === c ? 'agree' : count ? 'disagree' : undefined}>
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DisagreementProps {
  result: SessionAgreement;
  first: CodingPass;
  second: CodingPass;
  notes: readonly Note[];
  themes: readonly Theme[];
  codings: readonly Coding[];
  name: (category: string | null) => string;
}

function Disagreements({ result, first, second, notes, themes, codings, name }: DisagreementProps) {
  const { runner } = useData();
  const act = useAct();
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const codingOf = (passId: string, noteId: string) => codings.find((c) => c.passId === passId && c.noteId === noteId);
  return (
    <section aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">{T.disagreementsHeading(result.disagreements.length)}</h3>
      {result.disagreements.length === 0 ? (
        <p className="empty">{T.allAgree}</p>
      ) : (
        <ul className="disagreement-list">
          {result.disagreements.map((d) => {
            const note = noteById.get(d.unit);
            const onBoard = note?.themeId ? (themeById.get(note.themeId)?.name ?? T.aTheme) : T.noThemeInline;
            return (
              <li key={d.unit} className="disagreement">
                <p className="disagreement-text">{note?.text}</p>
                <p className="muted">
                  {T.disagreementLine(first.coder, name(d.first), second.coder, name(d.second), onBoard)}
                </p>
                <div className="button-row">
                  {[first, second].map((pass) => {
                    const coding = codingOf(pass.id, d.unit);
                    if (!coding) return null;
                    const target = coding.themeId ? (themeById.get(coding.themeId)?.name ?? T.aTheme) : T.noThemeInline;
                    return (
                      <Button
                        key={pass.id}
                        className="small-button"
                        isDisabled={(note?.themeId ?? null) === coding.themeId}
                        onPress={() => act(assignTheme(runner, [d.unit], coding.themeId), T.putOnBoard(target))}
                      >
                        {T.chooseCoders(pass.coder, target)}
                      </Button>
                    );
                  })}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
