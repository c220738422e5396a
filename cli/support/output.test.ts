/**
 * Nothing from other people's files reaches the terminal as a control: unit checks of the filter, then a real
 * sync folder whose device and project names carry escape codes, read by `inspect` and `export`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { stampChange } from '../../shared/changes/stamp';
import { createClock } from '../../shared/clock/hlc';
import { newDeviceId } from '../../shared/domain/ids';
import { deviceDirPath } from '../../shared/sync/layout';
import { encodeSegment } from '../../shared/sync/segment';
import type { CliIo } from '../command';
import { COMMANDS } from '../commands';
import { dispatch } from '../dispatch';
import { safeJson, safeText } from './output';

// eslint-disable-next-line no-control-regex -- what must never be printed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('safeText', () => {
  it.each([
    ['clear screen and home', 'A\u001b[2J\u001b[HB', 'AB'],
    ['retitle (OSC ended by BEL)', '\u001b]0;pwned\u0007Ana', 'Ana'],
    ['hyperlink (OSC ended by ST)', '\u001b]8;;http://x\u001b\\Ana\u001b]8;;\u001b\\', 'Ana'],
    ['unterminated OSC stops at the line end', 'A\u001b]0;title\nnext line', 'A\nnext line'],
    ['colours', '\u001b[31;1mred\u001b[0m', 'red'],
    ['8-bit CSI', 'x\u009b2Jy', 'xy'],
    ['a lone ESC and charset switch', 'a\u001b(0b\u001b', 'ab'],
    ['carriage return overwriting the line', 'done\rFAILED', 'doneFAILED'],
    ['bell, backspace, NUL, DEL', 'a\u0007b\u0008c\u0000d\u007f', 'abcd'],
    ['bidi override and isolates', 'invoice\u202egnp.exe \u2066x\u2069', 'invoicegnp.exe x'],
  ])('%s', (_name, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('keeps line breaks, tabs and every ordinary character', () => {
    const text = 'Project “Café – naïve”\n\tdevices: 2 · 日本語 · مرحبا \u200f· 👩🏽‍🌾 · e\u0301\n';
    expect(safeText(text)).toBe(text);
  });
});

describe('safeJson', () => {
  it('escapes what a terminal acts on and still reads back as the same value', () => {
    const value = { name: 'a\u001b[2Jb\u009b\u202ec\u007f', plain: 'Café' };
    const json = safeJson(value);
    expect(CONTROL.test(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});

const HOSTILE_DEVICE = '\u001b]0;owned\u0007\u001b[2J\u001b[3JAna\u202e’s laptop';
const HOSTILE_PROJECT = 'Safety\u001b[8m hidden\u001b[0m plan\u009b2J\r';

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-safe-output-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

/** A project synced by the app, then a second device that renames it and names itself with escape codes. */
async function hostileFolder() {
  const ana = createReplica('Ana');
  replicas.push(ana);
  const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  await createSession(ana.runner, project.id, { title: 'Youth group' });
  await syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana' }, project.id);
  const deviceId = newDeviceId();
  const now = Date.now() + 1000;
  const { change } = stampChange(createClock(deviceId), now, {
    deviceId,
    table: 'projects',
    rowId: project.id,
    record: { id: project.id },
    fields: { name: HOSTILE_PROJECT, updatedAt: new Date(now).toISOString() },
  });
  const segment = await encodeSegment(
    { deviceId, deviceName: HOSTILE_DEVICE, projectId: project.id, seq: 1, createdAt: new Date(now).toISOString() },
    [change],
  );
  const deviceDir = path.join(folder, ...deviceDirPath(project.id, deviceId));
  await mkdir(deviceDir, { recursive: true });
  await writeFile(path.join(deviceDir, segment.name), segment.bytes);
  return project;
}

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, cwd: dir };
  const code = await dispatch(args, COMMANDS, io);
  return { code, out, err };
}

describe('names with escape codes in a real sync folder', () => {
  it('inspect prints them without the codes, as text and as JSON', async () => {
    const project = await hostileFolder();
    const text = await run('inspect', folder);
    expect(text.code).toBe(0);
    expect(CONTROL.test(text.out + text.err)).toBe(false);
    expect(text.out).toContain('Project “Safety hidden plan” (');
    expect(text.out).toContain('Ana’s laptop [');
    const json = await run('inspect', folder, '--json');
    expect(CONTROL.test(json.out)).toBe(false);
    const report = JSON.parse(json.out);
    const inspected = report.projects.find((p: { projectId: string }) => p.projectId === project.id);
    // The JSON keeps the exact value, escaped.
    expect(inspected.name).toBe(HOSTILE_PROJECT.trim());
  });

  it('export prints the project name without the codes, and a hostile output name too', async () => {
    await hostileFolder();
    const result = await run('export', folder, '--json', 'findings.json', '--no-names');
    expect(result.code).toBe(0);
    expect(CONTROL.test(result.out + result.err)).toBe(false);
    expect(result.out).toContain('Project “Safety hidden plan”');
    const missing = await run('export', folder, '--csv', 'no\u001b[2Jwhere/notes.csv', '--no-names');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('fieldnotes export: cannot write nowhere/notes.csv: its folder does not exist\n');
    // The file keeps the data as it is (JSON escapes the controls); only the terminal is protected.
    expect(JSON.parse(await readFile(path.join(dir, 'findings.json'), 'utf8')).project.name).toBe(
      HOSTILE_PROJECT.trim(),
    );
  });
});
