import { describe, expect, it } from 'vitest';
import { buildFindingsDocument } from '../../shared/findings/document';
import { DEFAULT_FLAG_POLICY } from '../../shared/privacy/flags';
import { scanSnapshot } from '../../shared/privacy/scan';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import { phraseSpans, planFromChoices, type GateChoices } from './exportPlan';
import { runScan } from './scanInSteps';
import { notesUnderThemes } from '../../shared/findings/linkedNotes';
import { buildView, withAnonymousMappers } from './view';

const choices = (extra: Partial<GateChoices> = {}): GateChoices => ({
  excludedSessionIds: new Set(),
  flags: DEFAULT_FLAG_POLICY,
  matches: [],
  keep: new Set(),
  phrases: [],
  ...extra,
});

describe('the privacy gate from the user’s choices', () => {
  it('scans in steps to exactly what scanSnapshot finds', () => {
    const { snapshot } = smallProject();
    expect(runScan(snapshot, { names: true })).toEqual(scanSnapshot(snapshot, { names: true }));
  });

  it('redacts every match unless kept, and the kept one leaves as it was', () => {
    const { snapshot, ids } = smallProject();
    const matches = runScan(snapshot);
    const phone = matches.find((m) => m.kind === 'phone')!;
    const plan = planFromChoices(snapshot, choices({ matches, keep: new Set([phone.id]) }));
    const pii = plan.snapshot.notes.find((n) => n.id === ids.piiNote)!.text;
    expect(pii).toContain('613-555-0123');
    expect(pii).not.toContain('maria.g@example.org');
    expect(pii).toContain('[e-mail removed]');
    expect(plan.matches.find((m) => m.id === phone.id)?.redacted).toBe(false);
  });

  it('leaves out excluded sessions and everything that hangs on them', () => {
    const { snapshot, ids } = smallProject();
    const plan = planFromChoices(snapshot, choices({ excludedSessionIds: new Set([ids.youthSession]) }));
    expect(plan.snapshot.sessions.map((s) => s.id)).toEqual([ids.seniorsSession, ids.businessPlanned]);
    expect(plan.snapshot.notes.every((n) => n.sessionId !== ids.youthSession)).toBe(true);
    expect(plan.scope.sessionIds).toEqual([ids.seniorsSession, ids.businessPlanned]);
  });

  it('removes a phrase everywhere without cutting into the marker of a withheld note', () => {
    const { snapshot, ids } = smallProject();
    // "transit" occurs in the sensitive note, whose text is withheld: its marker must stay whole.
    const plan = planFromChoices(snapshot, choices({ phrases: ['Rail Bridge', 'transit'] }));
    const texts = plan.snapshot.notes.map((n) => n.text).join('\n');
    expect(texts).not.toMatch(/rail bridge/i);
    expect(texts).toContain('under the [removed] make us');
    expect(plan.snapshot.notes.find((n) => n.id === ids.sensitiveNote)?.text).toBe('[withheld: sensitive]');
    expect(plan.snapshot.themes.find((t) => t.id === ids.transit)?.name).toBe('[removed] safety');
    expect(texts).not.toContain(SECRET.sensitive);
  });

  it('finds every occurrence of a phrase, case-insensitively', () => {
    const { snapshot } = smallProject();
    const spans = phraseSpans(snapshot, ['LIGHT']);
    expect(spans.length).toBeGreaterThan(4);
    for (const span of spans) expect(span.end - span.start).toBe(5);
  });

  it('numbers the mappers in an export instead of naming them', () => {
    const { snapshot } = smallProject();
    const twice = { ...snapshot, mappingLog: [...snapshot.mappingLog!, { ...snapshot.mappingLog![0]!, by: 'Ann' }] };
    const plan = planFromChoices(twice, choices());
    expect(plan.snapshot.mappingLog?.map((m) => m.by)).toEqual(['mapper 1', 'mapper 2']);
    const doc = buildFindingsDocument(plan, { now: NOW, level: 'master' });
    expect(JSON.stringify(doc)).not.toContain('PMT lead');
    expect(withAnonymousMappers({ ...snapshot, mappingLog: undefined }).mappingLog).toBeUndefined();
  });
});

describe('the findings view', () => {
  it('shows everything locally but still never quotes a do-not-quote note', () => {
    const { snapshot, ids } = smallProject();
    const view = buildView(snapshot, 'master', NOW);
    expect(view.notes.find((n) => n.id === ids.sensitiveNote)?.text).toBe(SECRET.sensitive);
    const quoted = [...view.ranking.flatMap((r) => r.quotes), ...view.findings.flatMap((f) => f.quotes)];
    expect(quoted.map((q) => q.noteId)).not.toContain(ids.doNotQuoteNote);
    expect(view.ranking.map((r) => r.name)).toEqual(['Safe streets', 'Services and supports']);
  });

  it('gives the notes of reporting themes at each level', () => {
    const { snapshot, ids } = smallProject();
    const master = notesUnderThemes(snapshot, 'master', [ids.masterSafety]);
    const lighting = notesUnderThemes(snapshot, 'session', [ids.lighting]);
    expect(lighting.length).toBe(4);
    expect(master.length).toBeGreaterThan(lighting.length);
  });
});
