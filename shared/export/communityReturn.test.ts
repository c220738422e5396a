import { describe, expect, it } from 'vitest';
import { COMMUNITY_WORDS, approved, communityProject } from '../../tests/support/communityFixture';
import { planExport } from '../privacy/plan';
import { buildCommunityReturn, communityReturnBaseName, RETURN_FLAG_POLICY } from './communityReturn';
import { translator } from '../i18n/translate';
import { writeModelHtml } from './html';
import type { Block } from './report/types';

function returnOf(snapshot = communityProject().snapshot, sessionId = communityProject().sessionId, locale?: 'fr-CA') {
  const plan = planExport(snapshot, { communityReturn: sessionId, flags: RETURN_FLAG_POLICY, scan: { names: false } });
  return { plan, report: buildCommunityReturn(plan, sessionId, translator(locale)) };
}

const textOf = (blocks: Block[]) => JSON.stringify(blocks);

describe('return to community', () => {
  it('gives the community all its notes, cultural-protocol ones included and marked, even before approval', () => {
    const { report } = returnOf();
    const text = textOf(report.blocks);
    expect(report.title).toBe('Returned to Riverbend First Nation: Elders circle');
    for (const word of [COMMUNITY_WORDS.note, COMMUNITY_WORDS.quote, COMMUNITY_WORDS.cultural, COMMUNITY_WORDS.theme])
      expect(text).toContain(word);
    expect(text).toContain('Cultural protocol: shared on your terms, not for passing on');
    expect(text).toContain('No approval has been recorded');
    expect(text).toContain('Chosen as a quote');
    expect(text).toContain('Crossings near the river need light');
  });

  it('carries nothing of any other session, and says what the approval covers', () => {
    const project = communityProject();
    const { report } = returnOf(approved(project, { quotes: false, counts: true, themes: true }), project.sessionId);
    const text = textOf(report.blocks);
    expect(text).toContain(
      'Approved by Elders council on February 27, 2025 for counts of your notes, the themes named from them.',
    );
    expect(text).not.toContain('Youth focus group');
    expect(text).not.toContain('The park paths are completely dark');
  });

  it('is written in French when asked, the community’s own words left as they were typed', () => {
    const project = communityProject();
    const snapshot = approved(project, { quotes: true, counts: true, themes: true });
    const { plan, report } = returnOf(snapshot, project.sessionId, 'fr-CA');
    const text = textOf(report.blocks);
    expect(report.lang).toBe('fr-CA');
    expect(report.title).toBe('Remis à Riverbend First Nation\u00a0: Elders circle');
    expect(report.contentsTitle).toBe('Table des matières');
    expect(communityReturnBaseName(plan, project.sessionId, translator('fr-CA'))).toBe(
      'Remis à Riverbend First Nation - Elders circle',
    );
    expect(text).toContain('Approuvé par Elders council le 27 février 2025 pour vos paroles en citation');
    expect(text).toContain('Protocole culturel\u00a0: partagé selon vos conditions, à ne pas transmettre');
    expect(text).toContain('Votre approbation');
    expect(text).toContain('Retenue comme citation');
    for (const word of [COMMUNITY_WORDS.note, COMMUNITY_WORDS.cultural, COMMUNITY_WORDS.theme])
      expect(text).toContain(word);
    for (const english of ['Your approval', 'What was shared', 'Chosen as a quote', 'Cultural protocol', 'Approved by'])
      expect(text).not.toContain(english);
  });

  it('words a finding’s actions and measures, not their records', () => {
    const project = communityProject();
    const snapshot = {
      ...project.snapshot,
      findings: project.snapshot.findings.map((f) =>
        f.statement === 'Crossings near the river need light'
          ? {
              ...f,
              actions: [{ text: 'Light the river crossings', lead: 'Public works', partners: [], timeframe: null }],
              measures: [{ text: 'Crossings lit', baseline: '0', target: '6', dataSource: '' }],
            }
          : f,
      ),
    };
    const text = textOf(returnOf(snapshot, project.sessionId).report.blocks);
    expect(text).toContain('Action: Light the river crossings');
    expect(text).toContain('Measure: Crossings lit');
    expect(text).not.toContain('[object Object]');
  });

  it('is refused for a plan that was not made for this one session', () => {
    const project = communityProject();
    expect(() => buildCommunityReturn(planExport(project.snapshot), project.sessionId)).toThrow(/one session/);
  });

  it('renders as one page whose file name names only the community and the session', () => {
    const { plan, report } = returnOf();
    expect(writeModelHtml(report, 'Fieldnotes')).toContain(
      `<title>Returned to Riverbend First Nation: Elders circle</title>`,
    );
    expect(communityReturnBaseName(plan, communityProject().sessionId)).toBe(
      'Returned to Riverbend First Nation - Elders circle',
    );
  });
});
