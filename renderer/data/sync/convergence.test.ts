/**
 * Property: 2 to 5 devices run random command sequences (add, edit, move, theme, delete, undo, redo) with the
 * real command runner on real (fake-indexeddb) databases, and exchange changes in random order, with
 * duplicates, with changes lost for a while (delivered later) and with records' creations arriving after
 * their edits. Once every change has reached every device, all devices hold the same records.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../../shared/changes/change';
import { newId } from '../../../shared/domain/ids';
import { wireChange } from '../../../shared/sync/segment';
import { addNote, deleteNote, editNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { createSession } from '../commands/sessions';
import { DataError } from '../errors';
import { applyRemoteChanges } from './applyChanges';
import { closeReplicas, createReplica, snapshotOf, type Replica } from './replica.testkit';
import { PENDING_KEY } from './syncMeta';
import { storedHistory } from '../history/history.testkit';
import { markPublished } from '../history/write';

type Op =
  | {
      kind: 'add' | 'edit' | 'move' | 'theme' | 'assign' | 'delete' | 'undo' | 'redo';
      who: number;
      pick: number;
      tick: number;
      text: string;
      x: number;
    }
  | { kind: 'publish'; who: number }
  | { kind: 'deliver'; who: number; picks: number[]; split: number };

const commandOp = fc.record({
  kind: fc.constantFrom('add', 'add', 'edit', 'move', 'theme', 'assign', 'delete', 'undo', 'redo'),
  who: fc.nat(4),
  pick: fc.nat(50),
  tick: fc.nat(1500),
  text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
  x: fc.integer({ min: -500, max: 500 }),
}) as fc.Arbitrary<Op>;
const publishOp = fc.record({ kind: fc.constant('publish' as const), who: fc.nat(4) });
const deliverOp = fc.record({
  kind: fc.constant('deliver' as const),
  who: fc.nat(4),
  // Indices into everything published so far: repeats are duplicates, absent ones are losses (retried at the end).
  picks: fc.array(fc.nat(10_000), { maxLength: 30 }),
  split: fc.nat(30),
});
const opArb = fc.oneof(
  { weight: 6, arbitrary: commandOp },
  { weight: 2, arbitrary: publishOp },
  { weight: 3, arbitrary: deliverOp },
);

async function liveNoteIds(r: Replica): Promise<string[]> {
  return (await r.db.notes.filter((n) => !n.deleted).primaryKeys()).sort();
}

async function liveThemeIds(r: Replica): Promise<string[]> {
  return (await r.db.themes.filter((t) => !t.deleted).primaryKeys()).sort();
}

async function publish(r: Replica, pool: ChangeRecord[]): Promise<void> {
  const waiting = await storedHistory(r.db).where('published').equals(0).toArray();
  pool.push(...waiting.map(wireChange));
  await r.db.transaction('rw', r.db.changeBatches, () =>
    markPublished(
      r.db,
      waiting.map((c) => c.hlc),
    ),
  );
}

async function deliver(r: Replica, changes: ChangeRecord[], split: number): Promise<void> {
  const at = changes.length ? split % (changes.length + 1) : 0;
  for (const part of [changes.slice(0, at), changes.slice(at)]) {
    if (!part.length) continue;
    const report = await applyRemoteChanges(r.db, part, {
      published: 1,
      now: () => r.time.now,
      allowMassDeletion: true,
      batchSize: 7,
    });
    expect(report.status).toBe('applied');
  }
}

async function perform(r: Replica, op: Extract<Op, { pick: number }>, sessionId: string, projectId: string) {
  r.time.now += op.tick;
  const notes = await liveNoteIds(r);
  const note = notes.length ? notes[op.pick % notes.length]! : null;
  switch (op.kind) {
    case 'add':
      return addNote(r.runner, { sessionId, text: op.text });
    case 'edit':
      return note && editNote(r.runner, note, { text: op.text });
    case 'move':
      return (
        note &&
        r.runner.run({ id: 'commands.moveNotes', values: { count: 1 } }, (ctx) =>
          ctx.update('notes', note, { x: op.x, y: op.pick }),
        )
      );
    case 'theme':
      return r.runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
        ctx.insert('themes', { id: newId(r.time.now), projectId, sessionId, name: op.text, color: '#336699' }),
      );
    case 'assign': {
      const themes = await liveThemeIds(r);
      const theme = themes.length ? themes[(op.x & 0xff) % themes.length]! : null;
      return note && r.runner.run({ id: 'commands.editNote' }, (ctx) => ctx.update('notes', note, { themeId: theme }));
    }
    case 'delete':
      return note && deleteNote(r.runner, note);
    case 'undo':
      return r.runner.undo();
    case 'redo':
      return r.runner.redo();
  }
}

const replicas: Replica[] = [];
afterEach(async () => closeReplicas(...replicas.splice(0)));

describe('sync convergence', () => {
  it('ends in the same state on every device, whatever the order, duplicates and losses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 5, maxLength: 5 }),
        fc.array(opArb, { minLength: 5, maxLength: 45 }),
        fc.nat(),
        async (count, skews, ops, seed) => {
          const devices = Array.from({ length: count }, (_, i) =>
            createReplica(`r${i}`, Date.parse('2026-03-01T09:00:00Z') + skews[i]!),
          );
          replicas.push(...devices);
          const pool: ChangeRecord[] = [];
          const project = await createProject(devices[0]!.runner, {
            name: 'Convergence',
            templateId: 'community-safety-plan',
          });
          const session = await createSession(devices[0]!.runner, project.id, { title: 'Session' });
          await publish(devices[0]!, pool);
          for (const device of devices.slice(1)) await deliver(device, [...pool], 0);

          for (const op of ops) {
            const device = devices[op.who % count]!;
            if (op.kind === 'publish') await publish(device, pool);
            else if (op.kind === 'deliver') {
              const picked = op.picks
                .map((i) => pool[i % Math.max(pool.length, 1)])
                .filter((c): c is ChangeRecord => !!c);
              await deliver(device, picked, op.split);
            } else {
              try {
                await perform(device, op, session.id, project.id);
              } catch (error) {
                // A note deleted meanwhile on this device, an undo of nothing: refusals, not failures.
                if (!(error instanceof DataError)) throw error;
              }
            }
          }

          for (const device of devices) await publish(device, pool);
          const shuffled = fc.sample(fc.shuffledSubarray(pool, { minLength: pool.length }), { numRuns: count, seed });
          for (const [i, device] of devices.entries()) await deliver(device, shuffled[i]!, seed);

          const expected = await snapshotOf(devices[0]!);
          for (const device of devices.slice(1)) expect(await snapshotOf(device)).toEqual(expected);
          for (const device of devices) {
            expect((await device.db.meta.get(PENDING_KEY))?.value ?? []).toEqual([]);
            expect(await storedHistory(device.db).count()).toBe(pool.length);
          }
          await closeReplicas(...replicas.splice(0));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
