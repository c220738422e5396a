/**
 * The fuzz tier for sync files: fast-check mutations (truncate, flip bytes, duplicate or swap lines, swap fields,
 * huge values, odd Unicode; with and without a re-sealed checksum) of real segments and bundles made by the app's
 * own code. Whatever the mutation: the readers never throw anything but their own refusal, the app's import and
 * sync paths (on fake-indexeddb, through a real temp folder) either take the file whole or leave stored data as it
 * was, and nothing is written into another device's folder. Runs are bounded so `npm test` stays quick.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRecordSchema } from '../../shared/changes/change';
import { BundleError, createBundle, openBundle } from '../../shared/sync/bundle';
import { sha256Hex } from '../../shared/sync/bytes';
import { createFolderSync } from '../../shared/sync/folderSync';
import { mutateSegment, mutationArb } from '../../shared/sync/fuzz.testkit';
import { deviceDirPath, segmentName } from '../../shared/sync/layout';
import { mergeInMemory } from '../../shared/sync/memoryMerge';
import { parseSegment, encodeSegment, type EncodedSegment } from '../../shared/sync/segment';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { applyBundleImport, previewBundleImport } from '../../renderer/data/sync/bundleImport';
import {
  allChanges,
  closeReplicas,
  createReplica,
  snapshotOf,
  type Replica,
} from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import type { ChangeRecord } from '../../shared/changes/change';
import { nodeFolderAccess } from './nodeFolder';
import { storedHistory } from '../../renderer/data/history/history.testkit';

let root: string;
let ana: Replica;
let projectId: string;
let anaId: string;
let changes: ChangeRecord[];
let segment: EncodedSegment;
let bundle: Uint8Array;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-fuzz-'));
  ana = createReplica('Ana');
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Youth group' });
  for (const text of ['Lighting on the path', 'A drop-in centre', 'Buses after 9 pm'])
    await addNote(ana.runner, { sessionId: session.id, text });
  projectId = project.id;
  anaId = await ana.runner.deviceId();
  changes = await allChanges(ana);
  segment = await encodeSegment(
    { deviceId: anaId, deviceName: 'Ana’s laptop', projectId, seq: 1, createdAt: '2026-03-01T10:00:00.000Z' },
    changes,
  );
  bundle = await createBundle({
    changes,
    scope: { kind: 'project', projectId, projectName: 'Safety plan', sessions: [] },
    createdBy: { deviceId: anaId, deviceName: 'Ana’s laptop' },
    now: '2026-03-02T10:00:00.000Z',
  });
});

afterAll(async () => {
  await closeReplicas(ana);
  await rm(root, { recursive: true, force: true });
});

const stats = { cases: 0, refused: 0, accepted: 0 };

describe('fuzzed segments', () => {
  it('parse to a verdict, never a crash, and what they accept is valid', async () => {
    await fc.assert(
      fc.asyncProperty(mutationArb, fc.boolean(), async (mutation, reseal) => {
        stats.cases++;
        const bytes = await mutateSegment(segment.bytes, mutation, reseal);
        const parsed = await parseSegment(bytes, reseal ? undefined : segment.sha256.slice(0, 16));
        if (!parsed.ok) {
          stats.refused++;
          expect(['empty', 'placeholder', 'truncated', 'damaged', 'not-a-segment', 'newer-version']).toContain(
            parsed.fault,
          );
          return;
        }
        stats.accepted++;
        for (const change of parsed.changes) expect(changeRecordSchema.safeParse(change).success).toBe(true);
        expect(() => mergeInMemory(parsed.changes)).not.toThrow();
      }),
      { numRuns: 150, seed: 1302 },
    );
  });

  it('through a real folder: a sync never fails on them and never writes into the sender’s folder', async () => {
    const b = createReplica('Ben');
    try {
      const port = createFolderSync(nodeFolderAccess(root));
      const sync = () => syncProject({ runner: b.runner, port, deviceName: 'Ben', now: () => b.time.now }, projectId);
      let seq = 1;
      await fc.assert(
        fc.asyncProperty(mutationArb, fc.boolean(), async (mutation, reseal) => {
          stats.cases++;
          const bytes = await mutateSegment(segment.bytes, mutation, reseal);
          const dir = path.join(root, ...deviceDirPath(projectId, anaId));
          await mkdir(dir, { recursive: true });
          // Named by the hash of its (mutated) content, as a writer of this file would have named it.
          const body = bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1);
          await writeFile(path.join(dir, segmentName(seq++, await sha256Hex(body))), bytes);
          const before = await readdir(dir);
          const report = await sync();
          expect(report.error).toBeNull();
          expect(report.status).not.toBe('failed');
          expect(await readdir(dir)).toEqual(before);
        }),
        { numRuns: 25, seed: 1303 },
      );
    } finally {
      await closeReplicas(b);
    }
  });
});

/** A bundle whose first segment is mutated; with `reseal`, the manifest is made to agree with it. */
async function mutatedBundle(mutation: Parameters<typeof mutateSegment>[1], reseal: boolean, whole: boolean) {
  if (whole) return mutateSegment(bundle, mutation, false);
  const files = unzipSync(bundle);
  const name = Object.keys(files).find((n) => n.startsWith('segments/'))!;
  const bytes = await mutateSegment(files[name]!, mutation, reseal);
  if (!reseal) return zipSync({ ...files, [name]: bytes });
  const sha256 = await sha256Hex(bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1));
  const renamed = `segments/${segmentName(1, sha256)}`;
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  manifest.segments[0] = { ...manifest.segments[0], path: renamed, sha256 };
  const { [name]: _old, ...rest } = files;
  return zipSync({ ...rest, [renamed]: bytes, 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

describe('fuzzed bundles', () => {
  it('open or are refused with a BundleError, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(mutationArb, fc.boolean(), fc.boolean(), async (mutation, reseal, whole) => {
        stats.cases++;
        const bytes = await mutatedBundle(mutation, reseal, whole);
        try {
          const opened = await openBundle(bytes);
          stats.accepted++;
          for (const change of opened.changes) expect(changeRecordSchema.safeParse(change).success).toBe(true);
        } catch (error) {
          stats.refused++;
          expect(error).toBeInstanceOf(BundleError);
        }
      }),
      { numRuns: 150, seed: 1304 },
    );
  });

  it('in the app’s import: taken whole or refused with the stored data unchanged', async () => {
    const b = createReplica('Ben');
    try {
      await fc.assert(
        fc.asyncProperty(mutationArb, fc.boolean(), fc.boolean(), async (mutation, reseal, whole) => {
          stats.cases++;
          const bytes = await mutatedBundle(mutation, reseal, whole);
          const before = JSON.stringify(await snapshotOf(b));
          const changesBefore = await storedHistory(b.db).count();
          let preview;
          try {
            preview = await previewBundleImport(b.db, bytes);
          } catch (error) {
            stats.refused++;
            expect(error).toBeInstanceOf(BundleError);
            expect(JSON.stringify(await snapshotOf(b))).toBe(before);
            expect(await storedHistory(b.db).count()).toBe(changesBefore);
            return;
          }
          stats.accepted++;
          const report = await applyBundleImport(b.runner, preview, { confirmRemovals: true });
          expect(report.status).toBe('applied');
        }),
        { numRuns: 30, seed: 1305 },
      );
    } finally {
      await closeReplicas(b);
    }
  });

  afterAll(() => {
    // For the report: how many mutated files were tried, refused and accepted.
    console.info(`sync fuzz: ${stats.cases} cases, ${stats.refused} refused, ${stats.accepted} accepted`);
  });
});

describe('the unmutated files', () => {
  it('are read whole (so the fuzz starts from files the readers accept)', async () => {
    expect((await parseSegment(segment.bytes, segment.sha256.slice(0, 16))).ok).toBe(true);
    expect((await openBundle(bundle)).changes.length).toBeGreaterThan(0);
  });
});
