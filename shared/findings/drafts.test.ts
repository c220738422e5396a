import { describe, expect, it } from 'vitest';
import { smallProject } from '../../tests/support/fixtures';
import { draftFindings } from './drafts';
import { isQuotable } from './quotes';
import { liveSnapshot } from './snapshot';

describe('draftFindings', () => {
  it('drafts a finding for each theme that has notes and no finding yet, with quotable quotes only', () => {
    const { snapshot, ids } = smallProject();
    const live = liveSnapshot(snapshot);
    const drafts = draftFindings(live);
    // Lighting and transit are covered by the fixture's finding.
    expect(drafts.map((d) => d.themeIds[0])).toEqual([ids.youthSpaces]);
    const draft = drafts[0]!;
    // The statement is the theme's own words; breadth is computed beside it, never written into it.
    expect(draft.statement).toBe('Somewhere to go after school.');
    expect(draft.groupIds).toHaveLength(1);
    expect(draft.sessionIds).toHaveLength(1);
    const notes = new Map(live.notes.map((n) => [n.id, n]));
    for (const id of draft.quoteNoteIds) expect(isQuotable(notes.get(id)!)).toBe(true);
    expect(draft.quoteNoteIds).not.toContain(ids.sensitiveNote);
  });
});
