import { describe, expect, it } from 'vitest';
import { smallProject } from '../../tests/support/fixtures';
import { planExport } from '../privacy/plan';
import { noteRefs } from './noteRefs';
import { liveSnapshot } from './snapshot';

describe('noteRefs', () => {
  it('numbers sessions by creation and notes by writing order within each session', () => {
    const { snapshot } = smallProject();
    const live = liveSnapshot(snapshot);
    const refs = noteRefs(live.sessions, live.notes);
    expect(refs.size).toBe(live.notes.length);
    const values = [...refs.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^S\d+-N\d+$/);
    const firstSession = [...live.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]!;
    const firstNote = live.notes
      .filter((n) => n.sessionId === firstSession.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0]!;
    expect(refs.get(firstNote.id)).toBe('S1-N1');
  });

  it('keeps every note’s reference when an export leaves sessions or flagged notes out', () => {
    const { snapshot } = smallProject();
    const live = liveSnapshot(snapshot);
    const all = noteRefs(live.sessions, live.notes);
    const plan = planExport(live, { scope: { groupIds: [live.groups[1]!.id] }, flags: { sensitive: 'drop' } });
    expect(plan.snapshot.notes.length).toBeLessThan(live.notes.length);
    for (const note of plan.snapshot.notes) expect(plan.noteRefs[note.id]).toBe(all.get(note.id));
  });
});
