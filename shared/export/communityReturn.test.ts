import { describe, expect, it } from 'vitest';
import { COMMUNITY_WORDS, approved, communityProject } from '../../tests/support/communityFixture';
import { planExport } from '../privacy/plan';
import { buildCommunityReturn, communityReturnBaseName, RETURN_FLAG_POLICY } from './communityReturn';
import { writeModelHtml } from './html';
import type { Block } from './report/types';

function returnOf(snapshot = communityProject().snapshot, sessionId = communityProject().sessionId) {
  const plan = planExport(snapshot, { communityReturn: sessionId, flags: RETURN_FLAG_POLICY, scan: { names: false } });
  return { plan, report: buildCommunityReturn(plan, sessionId) };
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
      'Approved by Elders council on 2025-02-27 for counts of your notes, the themes named from them.',
    );
    expect(text).not.toContain('Youth focus group');
    expect(text).not.toContain('The park paths are completely dark');
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
