/**
 * The agreement part of the findings document: for each session whose coders (two or more) are all done, the
 * first two passes compared on master themes. Computed from the export plan's snapshot, so notes the privacy
 * gate dropped are not counted; no note text is carried, only counts and measures.
 */
import type { FindingsDocument } from '../findings/documentSchema';
import type { FindingsSnapshot } from '../findings/snapshot';
import { sessionAgreement } from './sessionAgreement';

export type AgreementReport = NonNullable<FindingsDocument['agreement']>;

export function agreementReport(snapshot: FindingsSnapshot): AgreementReport {
  const passes = snapshot.codingPasses ?? [];
  const report: AgreementReport = [];
  for (const session of snapshot.sessions) {
    const own = passes
      .filter((pass) => pass.sessionId === session.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    if (own.length < 2 || !own.every((pass) => pass.done)) continue;
    const [first, second] = own as [(typeof own)[0], (typeof own)[0]];
    const result = sessionAgreement({
      first,
      second,
      codings: snapshot.codings ?? [],
      themes: snapshot.themes,
      noteIds: snapshot.notes.filter((note) => note.sessionId === session.id).map((note) => note.id),
    });
    report.push({
      sessionId: session.id,
      firstCoder: first.coder,
      secondCoder: second.coder,
      codedByBoth: result.codedByBoth,
      codedByOne: result.codedByOne,
      observed: result.overall.observed,
      kappa: result.overall.kappa,
      alpha: result.overall.alpha,
      disagreements: result.disagreements.length,
      themes: result.perCategory.map((row) => ({
        category: row.category,
        name: result.names.get(row.category) ?? row.category,
        first: row.first,
        second: row.second,
        both: row.both,
        kappa: row.kappa,
        alpha: row.alpha,
      })),
    });
  }
  return report;
}
