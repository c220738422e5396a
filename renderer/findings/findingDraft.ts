/**
 * The finding editor's form as plain data: what it starts from, which themes and quotes it offers, and the command
 * input it saves. Pure, so the rules (evidence is every note of the chosen themes; only quotable notes of that
 * evidence become quotes; a blank priority is no priority) are tested without a dialog.
 */
import type { PlanAction, PlanMeasure } from '../../shared/domain/actionPlan';
import type { Finding, Note } from '../../shared/domain/schemas';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import { roleOfKind } from '../../shared/findings/framework';
import { uniqueTexts } from '../../shared/findings/ideas';
import { isQuotable } from '../../shared/findings/quotes';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { FindingInput } from '../data/commands/findings';
import { msg } from '../ui/i18n';

/** Enough to choose from without a dialog of thousands of checkboxes. */
export const MAX_QUOTE_CHOICES = 60;

export interface FindingDraft {
  statement: string;
  kind: string;
  /** As typed in the number field: '' is no priority. */
  priority: string;
  themeIds: string[];
  quoteIds: string[];
  actions: PlanAction[];
  measures: PlanMeasure[];
}

export function draftOf(finding: Finding | undefined): FindingDraft {
  return {
    statement: finding?.statement ?? '',
    kind: finding?.kind ?? '',
    priority: finding?.priority === null || !finding ? '' : String(finding.priority),
    themeIds: finding?.themeIds ?? [],
    quoteIds: finding?.quoteNoteIds ?? [],
    actions: finding?.actions ?? [],
    measures: finding?.measures ?? [],
  };
}

/** The list with the value added once (on) or removed (off), keeping the order it had. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/**
 * The themes to choose from: the view's reporting themes in ranking order, then any theme the finding already rests
 * on that the ranking no longer lists (renamed level, deleted theme), so saving never drops it silently.
 */
export function themeChoicesOf(
  view: Pick<FindingsDocument, 'ranking'>,
  snapshot: Pick<FindingsSnapshot, 'themes'>,
  chosen: readonly string[],
): { id: string; name: string }[] {
  const ranked = new Set(view.ranking.map((r) => r.themeId));
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  return [
    ...view.ranking.map((r) => ({ id: r.themeId, name: r.name })),
    ...chosen.filter((id) => !ranked.has(id)).map((id) => ({ id, name: themeName.get(id) ?? id })),
  ];
}

/** The evidence notes offered as quotes: quotable first, then by votes; at most MAX_QUOTE_CHOICES shown. */
export function quoteChoicesOf(evidence: readonly Note[]): { shown: Note[]; total: number } {
  const sorted = [...evidence].sort((a, b) => Number(isQuotable(b)) - Number(isQuotable(a)) || b.votes - a.votes);
  return { shown: sorted.slice(0, MAX_QUOTE_CHOICES), total: sorted.length };
}

/** The room's ideas for action among the evidence (notes of an action kind that may be shown), each once. */
export function ideasOf(snapshot: Pick<FindingsSnapshot, 'project'>, evidence: readonly Note[]): string[] {
  const actionKinds = new Set(snapshot.project.kinds.filter((k) => roleOfKind(k) === 'action').map((k) => k.id));
  return uniqueTexts(
    evidence.filter((n) => n.kind && actionKinds.has(n.kind) && isQuotable(n)).map((n) => ({ text: n.text.trim() })),
  ).map((idea) => idea.text);
}

/** Agencies this project's findings already name, so the same agency is spelled the same way each time. */
export function agenciesOf(snapshot: Pick<FindingsSnapshot, 'findings'>): string[] {
  return [
    ...new Set(snapshot.findings.flatMap((f) => f.actions.flatMap((a) => [a.lead, ...a.partners])).filter(Boolean)),
  ];
}

/**
 * What to save, or the problem to show instead. Evidence is every note of the chosen themes; a finding written by
 * hand (no themes) keeps the evidence it had. Quotes outside the evidence are dropped.
 */
export function inputOfDraft(
  draft: FindingDraft,
  evidence: readonly Note[],
  finding: Finding | undefined,
): { input: FindingInput } | { problem: string } {
  if (!draft.statement.trim()) {
    return { problem: msg('finding.editor.noStatement') };
  }
  const evidenceIds = draft.themeIds.length ? evidence.map((n) => n.id) : (finding?.evidenceNoteIds ?? []);
  const evidenceSet = new Set(evidenceIds);
  return {
    input: {
      statement: draft.statement,
      kind: draft.kind || null,
      priority: draft.priority.trim() === '' ? null : Number(draft.priority),
      themeIds: draft.themeIds,
      evidenceNoteIds: evidenceIds,
      quoteNoteIds: draft.quoteIds.filter((q) => evidenceSet.has(q)),
      actions: draft.actions,
      measures: draft.measures,
    },
  };
}
