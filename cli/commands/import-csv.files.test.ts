/**
 * `fieldnotes import-csv` against real files and a real sync folder: a run killed part-way (the bundled bin, killed
 * with SIGKILL) leaves nothing any reader sees and its leftovers go with the next run; the same file again is refused
 * unless --again; a device that removes most of the project stops it; UTF-16 and legacy encodings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSyncFolder } from '../../node/sync/readFolder';
import { createNodeSyncFolder } from '../../node/sync';
import { createProject } from '../../renderer/data/commands/projects';
import { closeReplicas, createReplica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { stampChange } from '../../shared/changes/stamp';
import { createClock, type ClockState } from '../../shared/clock/hlc';
import { newDeviceId } from '../../shared/domain/ids';
import type { TableName } from '../../shared/domain/schemas';
import { encodeLegacy } from '../../shared/csv/testing/legacyBytes';
import { commentsExport, englishSurvey } from '../../shared/csv/testing/realisticExports';
import { deviceDirPath } from '../../shared/sync/layout';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory, liveRows } from '../../shared/sync/memoryMerge';
import { encodeSegment } from '../../shared/sync/segment';
import type { CliIo } from '../command';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

const root = fileURLToPath(new URL('../..', import.meta.url));
let top: string;
let bin: string;
let dir: string;
let folder: string;

beforeAll(async () => {
  top = await mkdtemp(path.join(tmpdir(), 'fieldnotes-import-files-'));
  bin = path.join(top, 'bin', 'fieldnotes.mjs');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--outfile', bin], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);
afterAll(() => rm(top, { recursive: true, force: true }));

beforeEach(async () => {
  dir = await mkdtemp(path.join(top, 'case-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
  const replica = createReplica('Ana');
  const project = await createProject(replica.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  await syncProject({ runner: replica.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
  await closeReplicas(replica);
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => err.push(s) }, cwd: dir };
  const code = await dispatch(args, COMMANDS, io);
  return { code, out: out.join(''), err: err.join('') };
}

const importCsv = (file: string, ...options: string[]) =>
  run(['import-csv', file, '--sync-folder', folder, '--project', 'Safety plan', ...options]);

async function projectState() {
  const read = await readSyncFolder(folder);
  const project = read.projects[0]!;
  return { project, state: mergeInMemory(project.changes) };
}

async function noteTexts(): Promise<string[]> {
  return liveRecords((await projectState()).state, 'notes').map((n) => n.text);
}

/** Every entry under the folder, at any depth. */
async function everything(): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).map(String).sort();
}

function rowsCsv(count: number): string {
  const lines = ['Text,Speaker,Session'];
  for (let i = 0; i < count; i++)
    lines.push(`"Buses stop at 7, so we stay home (${i})",P${(i % 9) + 1},Evening ${i % 7}`);
  return lines.join('\n') + '\n';
}

describe('a killed import-csv', () => {
  it('leaves nothing any reader sees, and the next run removes its leftovers and imports every row once', async () => {
    const rows = 20_000;
    const csv = path.join(dir, 'big.csv');
    await writeFile(csv, rowsCsv(rows));
    const { project } = await projectState();
    const devices = path.join(folder, ...deviceDirPath(project.projectId, 'X').slice(0, -1));
    const child = spawn(
      process.execPath,
      [bin, 'import-csv', csv, '--sync-folder', folder, '--project', 'Safety plan'],
      {
        stdio: 'ignore',
      },
    );
    let exited = false;
    child.on('exit', () => (exited = true));
    // Killed once the first segment of the import sits in its staging folder: part-way, with files on disk.
    let staged: string | undefined;
    while (!staged && !exited) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      for (const name of await readdir(devices)) {
        if (name.startsWith('.tmp-') && (await readdir(path.join(devices, name)).catch(() => [])).length) staged = name;
      }
    }
    expect(exited, 'the import finished before it could be killed').toBe(false);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    expect(await noteTexts()).toEqual([]);
    const after = await projectState();
    expect(after.project.devices.map((d) => d.name)).toEqual(['Ana']);
    expect(after.project.problems).toEqual([]);
    expect((await stat(path.join(devices, staged!))).isDirectory()).toBe(true);

    const again = await importCsv(csv);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    const texts = await noteTexts();
    expect(texts).toHaveLength(rows);
    expect(new Set(texts).size).toBe(rows);
    expect((await everything()).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 120_000);
});

describe('importing the same file again', () => {
  it('is refused, naming when it was imported, unless --again', async () => {
    const csv = path.join(dir, 'evening.csv');
    await writeFile(csv, 'Text\nThe library is a safe place\nBuses stop at 7\n');
    expect((await importCsv(csv)).code).toBe(0);
    const before = await everything();

    const repeat = await importCsv(csv);
    expect(repeat.code).toBe(2);
    expect(repeat.err).toMatch(
      /evening\.csv was imported into “Safety plan” before \(\d{4}-\d\d-\d\d \d\d:\d\d, as “CSV import \(evening\.csv\)”\).*add --again/,
    );
    expect(await everything()).toEqual(before);

    // The same bytes under another name are the same file; changed bytes are another file.
    const copy = path.join(dir, 'copy.csv');
    await writeFile(copy, 'Text\nThe library is a safe place\nBuses stop at 7\n');
    expect((await importCsv(copy)).code).toBe(2);
    const edited = path.join(dir, 'edited.csv');
    await writeFile(edited, 'Text\nThe library is a safe place\nBuses stop at 8\n');
    expect((await importCsv(edited)).code).toBe(0);

    const forced = await importCsv(csv, '--again');
    expect(forced.code).toBe(0);
    expect((await noteTexts()).filter((t) => t === 'The library is a safe place')).toHaveLength(3);
  });
});

describe('a sync folder where one device removes most of the project', () => {
  it('stops import-csv and export unless --allow-mass-deletion', async () => {
    const { project, state } = await projectState();
    // A device that deletes every question and group of the project (more than half of what is live).
    const deviceId = newDeviceId();
    let clock: ClockState = createClock(deviceId);
    const now = Date.now();
    const changes = (['questions', 'groups'] as TableName[]).flatMap((table) =>
      liveRows(state, table).map((row) => {
        const stamped = stampChange(clock, now, {
          deviceId,
          table,
          rowId: row.id,
          record: row,
          fields: { deleted: true },
        });
        clock = stamped.clock;
        return stamped.change;
      }),
    );
    expect(changes.length).toBeGreaterThan(5);
    const segment = await encodeSegment(
      { deviceId, deviceName: 'Wiper', projectId: project.projectId, seq: 1, createdAt: new Date(now).toISOString() },
      changes,
    );
    const deviceDir = path.join(folder, ...deviceDirPath(project.projectId, deviceId));
    await mkdir(deviceDir, { recursive: true });
    await writeFile(path.join(deviceDir, segment.name), segment.bytes);
    const before = await everything();

    const csv = path.join(dir, 'notes.csv');
    await writeFile(csv, 'Text\nThe library is a safe place\n');
    const stopped = await importCsv(csv);
    expect(stopped.code).toBe(2);
    expect(stopped.err).toMatch(
      new RegExp(
        `“Wiper” \\[${deviceId}\\] removes ${changes.length} of the \\d+ items in “Safety plan”.*--allow-mass-deletion`,
      ),
    );
    expect(await everything()).toEqual(before);
    const exported = await run(['export', folder, '--json', path.join(dir, 'out.json')]);
    expect(exported.code).toBe(2);
    expect(exported.err).toContain('--allow-mass-deletion');
    expect(await readdir(dir)).not.toContain('out.json');

    expect((await importCsv(csv, '--allow-mass-deletion')).code).toBe(0);
    expect(await noteTexts()).toEqual(['The library is a safe place']);
  });
});

describe('the encoding of the file', () => {
  it('tells a UTF-16 file, with or without its byte-order mark, to be saved as UTF-8', async () => {
    const text = 'Text,Speaker\r\nThe library is a safe place,P1\r\nBuses stop at 7,P2\r\n';
    for (const [name, bytes] of [
      ['bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['plain.csv', Buffer.from(text, 'utf16le')],
    ] as const) {
      const csv = path.join(dir, name);
      await writeFile(csv, bytes);
      const result = await importCsv(csv, '--encoding', 'windows-1252');
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/UTF-16.*save it as .*UTF-8/i);
    }
    expect(await noteTexts()).toEqual([]);
  });

  it('reads a Windows survey of curly quotes and ellipses as Windows-1252, and a Mac file as Mac Roman', async () => {
    const survey = englishSurvey().replace('Q7 Any other comments?', 'Comment');
    const windows = path.join(dir, 'survey.csv');
    await writeFile(windows, encodeLegacy(survey, 'windows-1252'));
    const read = await importCsv(windows, '--session', 'Survey');
    expect(read.code).toBe(0);
    expect(read.out).toContain('read as Windows-1252, detected');
    const texts = await noteTexts();
    expect(texts).toHaveLength(481);
    expect(texts).toContain('I don’t think the children’s programmes go far enough.');
    expect(texts.join('\n')).not.toMatch(/[íëìîÖ]/);

    const french = commentsExport('french');
    const mac = path.join(dir, 'avis.csv');
    await writeFile(mac, encodeLegacy(french, 'macintosh'));
    const macRead = await importCsv(mac, '--session', 'Avis');
    expect(macRead.code).toBe(0);
    expect(macRead.out).toContain('read as Mac Roman, detected');
    const lines = french.trim().split('\r\n').slice(1);
    const accented = lines.map((l) => l.slice(l.indexOf(',') + 1).replace(/^"|"$/g, '')).find((t) => /[éèàç]/.test(t));
    expect(accented).toBeDefined();
    expect(await noteTexts()).toContain(accented);
  });
});
