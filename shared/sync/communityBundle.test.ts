/**
 * The tally rule of a bundle, on the changes themselves: a change that travels keeps the content its stamp was
 * given, so a tally that may not travel leaves its change home whole.
 */
import { describe, expect, it } from 'vitest';
import { approved, communityProject } from '../../tests/support/communityFixture';
import { NOW } from '../../tests/support/fixtures';
import { stampChange, stampCreations } from '../changes/stamp';
import { createClock } from '../clock/hlc';
import type { ApprovalScope } from '../domain/schemas';
import type { FindingsSnapshot } from '../findings/snapshot';
import { communityTallies } from '../privacy/communityTally';
import { withholdCommunityRecords } from './communityBundle';

const DEVICE = '0123456789ABCDEF';
const COUNTS: ApprovalScope = { quotes: false, counts: true, themes: false };

/** The project's records as creations, then one change that sets the session's tally, as the refresh command does. */
function historyWithTally(snapshot: FindingsSnapshot, sessionId: string, tally: unknown) {
  const rows = [
    { table: 'projects' as const, row: snapshot.project },
    ...snapshot.sessions.map((row) => ({ table: 'sessions' as const, row })),
    ...snapshot.notes.map((row) => ({ table: 'notes' as const, row })),
  ];
  const made = stampCreations(createClock(DEVICE), Date.parse(NOW), DEVICE, rows);
  const session = snapshot.sessions.find((s) => s.id === sessionId)!;
  const fields = { communityTally: tally, updatedAt: NOW };
  const { change: tallyChange } = stampChange(made.clock, Date.parse(NOW) + 1000, {
    deviceId: DEVICE,
    table: 'sessions',
    rowId: sessionId,
    record: { ...session, ...fields },
    fields,
  });
  return { creations: made.changes, tallyChange };
}

describe('a session tally in a bundle', () => {
  const project = communityProject();
  const countsOnly = approved(project, COUNTS);
  const tally = communityTallies(countsOnly, NOW).get(project.sessionId)!;

  it('travels, change and all, for a session approved for counts alone', () => {
    const { creations, tallyChange } = historyWithTally(countsOnly, project.sessionId, tally);
    const cut = withholdCommunityRecords([...creations, tallyChange]);
    expect(cut.changes).toContainEqual(tallyChange);
    expect(cut.changes.some((c) => c.table === 'notes' && project.noteIds.includes(c.rowId))).toBe(false);
  });

  it('stays home whole for a session still pending, while every change that travels is as it was stamped', () => {
    const { creations, tallyChange } = historyWithTally(project.snapshot, project.sessionId, tally);
    const cut = withholdCommunityRecords([...creations, tallyChange]);
    expect(cut.changes.some((c) => c.hlc === tallyChange.hlc)).toBe(false);
    const stamped = new Map(creations.map((c) => [c.hlc, c]));
    for (const change of cut.changes) expect(change).toEqual(stamped.get(change.hlc));
    // The session's own creation (with no tally) travels, so whoever imports it sees the session is held.
    expect(cut.changes.some((c) => c.table === 'sessions' && c.rowId === project.sessionId)).toBe(true);
  });

  it('travels when it is cleared: a null tally says nothing', () => {
    const { creations, tallyChange } = historyWithTally(project.snapshot, project.sessionId, null);
    const cut = withholdCommunityRecords([...creations, tallyChange]);
    expect(cut.changes).toContainEqual(tallyChange);
  });
});
