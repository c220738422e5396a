import { afterEach } from 'vitest';
/**
 * Test kit: independent devices ("replicas"), each a real Dexie database on fake-indexeddb with the real
 * command runner, and helpers to move changes between them as sync would. Used by the sync tests only.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import { wireChange } from '../../../shared/sync/segment';
import { createCommandRunner, type CommandRunner } from '../commandRunner';
import { FieldnotesDb, RECORD_TABLES } from '../db';
import { allChanges as storedChanges } from '../history/read';

let counter = 0;

export interface Replica {
  name: string;
  db: FieldnotesDb;
  runner: CommandRunner;
  /** The replica's wall clock; tests move it. */
  time: { now: number };
}

export function createReplica(name = 'replica', start = Date.parse('2026-03-01T09:00:00Z')): Replica {
  const db = new FieldnotesDb(`test-${name}-${++counter}-${Math.random().toString(36).slice(2)}`);
  const time = { now: start };
  return { name, db, runner: createCommandRunner(db, () => time.now), time };
}

/** Every change the replica holds, as it would travel. */
export async function allChanges(replica: Replica): Promise<ChangeRecord[]> {
  return (await storedChanges(replica.db)).map(wireChange);
}

/** The replica's records, table by table, sorted by id: what two converged replicas must agree on. */
export async function snapshotOf(replica: Replica): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of RECORD_TABLES) {
    const rows = await replica.db.recordTable(table).toArray();
    out[table] = rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return out;
}

export async function closeReplicas(...replicas: Replica[]): Promise<void> {
  for (const replica of replicas) {
    replica.db.close();
    await replica.db.delete().catch(() => undefined);
  }
}

/**
 * A replica factory for one test file: every replica it makes is closed and deleted after each test. Call it at
 * the top level of the file (it registers an `afterEach`).
 */
export function replicasClosedAfterEach(): (name: string) => Replica {
  const open: Replica[] = [];
  afterEach(async () => closeReplicas(...open.splice(0)));
  return (name) => {
    const replica = createReplica(name);
    open.push(replica);
    return replica;
  };
}
