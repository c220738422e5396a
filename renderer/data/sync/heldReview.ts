/**
 * A person's answer to changes held for their future dates (held.ts). Accepting applies one device's held
 * changes of a project through the usual apply path, in one transaction with taking them off the list, so a
 * crash leaves them either applied or still waiting. Erasure rules still hold on the way in: a held change of a
 * record erased meanwhile is left out. Rejecting drops them and remembers their stamps, so they never come back.
 */
import type { CommandRunner } from '../commandRunner';
import { RECORD_TABLES, type FieldnotesDb } from '../db';
import { eraseLegacyWithdrawals } from '../erasure/legacy';
import { applyRemoteChanges } from './applyChanges';
import type { ApplyReport } from './applyReport';
import { takeHeld } from './held';
import { updateSyncState } from './syncMeta';

/** The held-future problem of this device is answered: the status stops repeating it. */
function forgetProblem(db: FieldnotesDb, projectId: string, deviceId: string) {
  return updateSyncState(db, projectId, (state) => ({
    ...state,
    problems: state.problems.filter((p) => !(p.kind === 'held-future' && p.deviceId === deviceId)),
  }));
}

export interface AcceptOutcome {
  status: 'applied' | 'needs-confirmation' | 'nothing-held';
  /** Changes now stored and merged. */
  stored: number;
  /** Changes left out because they touch records erased here (or were already here). */
  leftOut: number;
}

export async function acceptHeld(
  runner: CommandRunner,
  projectId: string,
  deviceId: string,
  options: { now?: () => number } = {},
): Promise<AcceptOutcome> {
  const { db } = runner;
  const tables = [db.meta, db.changeBatches, ...RECORD_TABLES.map((name) => db.table(name))];
  let reports: ApplyReport[];
  try {
    reports = await db.transaction('rw', tables, async () => {
      const changes = await takeHeld(db, projectId, deviceId, false);
      const out: ApplyReport[] = [];
      // Each keeps the `published` it arrived with: from the folder (1) or relayed from a bundle (0).
      for (const published of [0, 1] as const) {
        const part = changes.filter((change) => change.published === published);
        if (!part.length) continue;
        const applied = await applyRemoteChanges(db, part, {
          published,
          acceptFuture: true,
          batchSize: part.length,
          ...(options.now ? { now: options.now } : {}),
        });
        // A mass deletion is still asked about: throwing undoes taking them off the list.
        if (applied.status !== 'applied') throw new HeldNeedsConfirmation();
        out.push(applied);
      }
      return out;
    });
  } catch (error) {
    if (error instanceof HeldNeedsConfirmation) return { status: 'needs-confirmation', stored: 0, leftOut: 0 };
    throw error;
  }
  if (!reports.length) return { status: 'nothing-held', stored: 0, leftOut: 0 };
  await eraseLegacyWithdrawals(
    runner,
    reports.flatMap((r) => r.withdrawnWithoutErasure),
  );
  await forgetProblem(db, projectId, deviceId);
  const stored = reports.reduce((sum, r) => sum + r.stored, 0);
  const received = reports.reduce((sum, r) => sum + r.received, 0);
  return { status: 'applied', stored, leftOut: received - stored };
}

export async function rejectHeld(db: FieldnotesDb, projectId: string, deviceId: string): Promise<number> {
  const taken = await db.transaction('rw', db.meta, () => takeHeld(db, projectId, deviceId, true));
  await forgetProblem(db, projectId, deviceId);
  return taken.length;
}

class HeldNeedsConfirmation extends Error {
  constructor() {
    super('held changes would remove most of a project');
  }
}
