/**
 * The CSV fuzz tier: real CSV files, damaged by fast-check (cut short, bytes flipped, lines duplicated, fields
 * swapped, huge values, odd Unicode, byte-order marks, mixed line ends), through `fieldnotes import-csv` into a
 * real temp sync folder and through the app's import (file reader, planner and import command on fake-indexeddb).
 * Either the whole file goes in or nothing changes, with a message: the CLI never exits 1 and never leaves part of
 * an import or a temp file; the app never half-imports. Runs are bounded (FUZZ_RUNS) so the tier stays quick.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands';
import type { CliIo } from '../../cli/command';
import { dispatch } from '../../cli/dispatch';
import { readSyncFolder } from '../../node/sync/readFolder';
import { createNodeSyncFolder } from '../../node/sync';
import { importNotes } from '../../renderer/data/commands/findings';
import { createProject } from '../../renderer/data/commands/projects';
import {
  getProject,
  listGroups,
  listProjectParticipants,
  listQuestions,
  listSessions,
} from '../../renderer/data/queries';
import { closeReplicas, createReplica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { freshRunner } from '../../renderer/data/testing';
import { ImportFileError } from '../../renderer/importNotes/importTable';
import { readImportFile } from '../../renderer/importNotes/readImportFile';
import { guessMapping, planNoteImport } from '../../shared/import';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory } from '../../shared/sync/memoryMerge';
import { damagedFile, seedFiles } from '../support/csvMutations';
import { storedHistory } from '../../renderer/data/history/history.testkit';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const seeds = seedFiles();

/** Every file under `dir` with a hash of its bytes: what "nothing changed" is checked against. */
async function contents(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir, { recursive: true })).map(String).sort()) {
    const full = path.join(dir, name);
    const info = await stat(full);
    out.push(
      info.isFile()
        ? `${name} ${createHash('sha256')
            .update(await readFile(full))
            .digest('hex')}`
        : `${name}/`,
    );
  }
  return out;
}

describe('fieldnotes import-csv on damaged files', () => {
  let top: string;
  let base: string;
  beforeAll(async () => {
    top = await mkdtemp(path.join(tmpdir(), 'fieldnotes-csv-fuzz-'));
    base = path.join(top, 'base');
    await mkdir(base);
    const replica = createReplica('Ana');
    const project = await createProject(replica.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
    await syncProject({ runner: replica.runner, port: createNodeSyncFolder(base), deviceName: 'Ana' }, project.id);
    await closeReplicas(replica);
  });
  afterAll(() => rm(top, { recursive: true, force: true }));

  it(`imports all or nothing and never fails as a bug (${RUNS} runs)`, async () => {
    let run = 0;
    const outcomes = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(damagedFile(seeds), async (file) => {
        const dir = path.join(top, `run-${++run}`);
        const folder = path.join(dir, 'Shared');
        await cp(base, folder, { recursive: true });
        const csv = path.join(dir, file.name);
        await writeFile(csv, file.bytes);
        const before = await contents(folder);
        const out: string[] = [];
        const err: string[] = [];
        const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => err.push(s) }, cwd: dir };
        const code = await dispatch(
          ['import-csv', csv, '--sync-folder', folder, '--project', 'Safety plan'],
          COMMANDS,
          io,
        );
        const after = await contents(folder);
        try {
          expect(err.join(''), file.how).not.toMatch(/unexpected error/i);
          expect([0, 2], `${file.how}\n${err.join('')}`).toContain(code);
          expect(
            after.filter((name) => name.includes('.tmp-')),
            file.how,
          ).toEqual([]);
          if (code === 2) {
            outcomes.refused++;
            expect(err.join('').trim().length, file.how).toBeGreaterThan(0);
            expect(after, file.how).toEqual(before);
          } else {
            outcomes.imported++;
            const said = Number(/Imported (\d+) notes?/.exec(out.join(''))?.[1]);
            const read = await readSyncFolder(folder);
            const notes = liveRecords(mergeInMemory(read.projects[0]!.changes), 'notes');
            expect(notes.length, file.how).toBe(said);
            expect(read.projects[0]!.problems, file.how).toEqual([]);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes were reached: the damage is neither always fatal nor always harmless.
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 240_000);
});

describe('the app’s note import on damaged files', () => {
  it(`imports all or nothing, refusing with a message (${RUNS} runs)`, async () => {
    const { db, runner } = freshRunner();
    const project = await createProject(runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
    const context = async () => {
      const [p, sessions, groups, questions, participants] = await Promise.all([
        getProject(db, project.id),
        listSessions(db, project.id),
        listGroups(db, project.id),
        listQuestions(db, project.id),
        listProjectParticipants(db, project.id),
      ]);
      return { project: p!, sessions, groups, questions, participants };
    };
    const counts = async () => ({
      notes: await db.notes.count(),
      sessions: await db.sessions.count(),
      participants: await db.participants.count(),
      changes: await storedHistory(db).count(),
    });
    await fc.assert(
      fc.asyncProperty(damagedFile(seeds), async (file) => {
        const before = await counts();
        let table;
        try {
          table = await readImportFile(file.name, file.bytes);
        } catch (error) {
          expect(error, file.how).toBeInstanceOf(ImportFileError);
          expect((error as Error).message, file.how).toMatch(/Nothing was imported/);
          expect(await counts()).toEqual(before);
          return;
        }
        const preview = planNoteImport(table, guessMapping(table.header), await context(), {
          defaultSession: { title: 'Imported notes' },
        });
        if (preview.problemCount || !preview.plan.notes.length || guessMapping(table.header).text === null) {
          expect(await counts()).toEqual(before);
          return;
        }
        const result = await importNotes(runner, preview.plan);
        const after = await counts();
        expect(result.notes, file.how).toBe(preview.plan.notes.length);
        expect(after.notes - before.notes, file.how).toBe(preview.plan.notes.length);
        expect(after.sessions - before.sessions, file.how).toBe(preview.plan.sessions.length);
      }),
      { numRuns: RUNS },
    );
    db.close();
  }, 240_000);
});
