/**
 * Erasure end to end on real parts: device stores with the real command runner (fake-indexeddb), the real sync
 * code over a real temp folder, real bundles. A participant's words are captured, synced, edited on two devices
 * (so the conflict log holds them) and carried in a bundle; then consent is withdrawn on one device. After one
 * sync of each live device, every table of every device and every byte in the folder is searched: the words are
 * nowhere. Undo, an old bundle and an old segment cannot bring them back; a retired device's files are purged.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderSync } from '../../shared/sync/folderSync';
import { addMemo, editMemo } from '../../renderer/data/commands/memos';
import { addNote, editNote, eraseNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../../renderer/data/commands/sessions';
import { exportBundle } from '../../renderer/data/sync/bundleExport';
import { applyBundleImport, previewBundleImport } from '../../renderer/data/sync/bundleImport';
import { purgeDevice } from '../../renderer/data/sync/purge';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { getSyncStatus } from '../../renderer/data/sync/status';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { nodeFolderAccess } from './nodeFolder';
import { inEnglish, historyInEnglish } from '../../renderer/data/testing';

/** Words no other text in the app contains, in several scripts, so finding any of them anywhere is a leak. */
const WORDS = ['Quixotrapezoidal', 'żółwiokrąg', 'ᏣᎳᎩ-ᏗᏕᎶᏆᏍᏗ', 'marmaladeprotocol7'];
const KEPT = 'Everyone agreed the bus shelter needs a light';
const IDENTIFYING = 'Zebulon Quartermaine-Ngata';

let root: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-erasure-'));
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(root, { recursive: true, force: true });
});

function device(name: string): Replica {
  const r = createReplica(name);
  replicas.push(r);
  return r;
}

const port = () => createFolderSync(nodeFolderAccess(root));

async function sync(r: Replica, projectId: string) {
  r.time.now += 60_000;
  const report = await syncProject(
    { runner: r.runner, port: port(), deviceName: `${r.name}’s laptop`, now: () => r.time.now },
    projectId,
  );
  expect(report.error).toBeNull();
  return report;
}

/** Every table of a device, every row, as text (IndexedDB stores what JSON can say). */
async function dumpDevice(r: Replica): Promise<string> {
  const tables = await Promise.all(r.db.tables.map(async (table) => [table.name, await table.toArray()]));
  return JSON.stringify(tables);
}

/** Every file under the sync folder, as raw bytes decoded leniently (a word is found whatever the encoding). */
async function dumpFolder(): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ path: path.relative(root, file), text: Buffer.from(await readFile(file)).toString('utf8') });
  }
  return out;
}

function leaks(text: string, words: readonly string[] = WORDS): string[] {
  // Also as JSON would escape them, in case a writer escapes non-ASCII.
  return words.filter((word) => text.includes(word) || text.includes(JSON.stringify(word).slice(1, -1)));
}

async function expectNowhere(devices: Replica[], words: readonly string[] = WORDS): Promise<void> {
  for (const r of devices) expect(leaks(await dumpDevice(r), words), `${r.name}’s tables`).toEqual([]);
  for (const file of await dumpFolder()) expect(leaks(file.text, words), file.path).toEqual([]);
}

/** Undo everything on the stack, checking after each step that no word came back, then redo it all. */
async function undoAndRedoAll(r: Replica, words: readonly string[] = WORDS): Promise<void> {
  let undone = 0;
  while ((await r.runner.undo()) !== null) {
    undone++;
    expect(leaks(await dumpDevice(r), words), `${r.name} after ${undone} undo`).toEqual([]);
  }
  while ((await r.runner.redo()) !== null) {
    expect(leaks(await dumpDevice(r), words), `${r.name} after redo`).toEqual([]);
  }
  expect(historyInEnglish(r.runner).undo).toHaveLength(undone);
}

async function setUp() {
  const a = device('Ana');
  const b = device('Ben');
  const project = await createProject(a.runner, { name: 'Riverside safety', templateId: 'community-safety-plan' });
  const session = await createSession(a.runner, project.id, { title: 'Youth evening' });
  const p1 = await addParticipant(a.runner, session.id, { attributes: { ageBand: WORDS[3]! } });
  const p2 = await addParticipant(a.runner, session.id);
  const n1 = await addNote(a.runner, {
    sessionId: session.id,
    text: `${WORDS[0]} at the bridge`,
    participantId: p1.id,
  });
  await addNote(a.runner, { sessionId: session.id, text: `I said ${WORDS[1]}`, participantId: p1.id });
  const kept = await addNote(a.runner, { sessionId: session.id, text: KEPT, participantId: p2.id });
  await sync(a, project.id);
  await sync(b, project.id);
  return { a, b, project, session, p1, p2, n1, kept };
}

describe('withdrawing consent erases the words everywhere', () => {
  it('leaves them in no table, no file, no undo stack, no export; old bundles and segments cannot bring them back', async () => {
    const { a, b, project, session, p1, n1, kept } = await setUp();
    // Both devices edit the same note offline: whichever loses, the conflict log keeps the other's words.
    await editNote(a.runner, n1.id, { text: `${WORDS[0]} by the river` });
    await editNote(b.runner, n1.id, { text: `${WORDS[2]} under the bridge` });
    // Ben, offline, also types a new note for the same speaker.
    await addNote(b.runner, { sessionId: session.id, text: `Later: ${WORDS[2]}`, participantId: p1.id });
    const oldBundle = await exportBundle(b.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ben' });
    await sync(b, project.id);
    await sync(a, project.id);
    const ownDir = path.join(root, project.id, 'v1', 'devices', await a.runner.deviceId());
    const oldSegments = await Promise.all(
      (await readdir(ownDir)).map(async (name) => ({ name, bytes: await readFile(path.join(ownDir, name)) })),
    );
    expect(leaks(await dumpDevice(a)).length).toBeGreaterThan(0);

    expect(await withdrawConsent(a.runner, p1.id)).toBe(3);
    await undoAndRedoAll(a);
    const status = await getSyncStatus(a.db, project.id, { folderSupported: true, now: a.time.now });
    expect(status.holdingErased).toEqual([]); // not re-read yet: the next sync checks every file

    await sync(a, project.id);
    // Ana's own files are rewritten; Ben's still hold the words until Ben syncs, and the Sync screen says so.
    const listed = await getSyncStatus(a.db, project.id, { folderSupported: true, now: a.time.now });
    expect(listed.holdingErased).toEqual([
      expect.objectContaining({ name: 'Ben’s laptop', own: false, lastSeen: expect.stringMatching(/ago|just now/) }),
    ]);
    await sync(b, project.id);
    await undoAndRedoAll(b);
    await sync(a, project.id);
    expect((await getSyncStatus(a.db, project.id, { folderSupported: true })).holdingErased).toEqual([]);
    await expectNowhere([a, b]);
    expect((await a.db.notes.get(kept.id))?.text).toBe(KEPT);
    expect((await b.db.notes.get(kept.id))?.text).toBe(KEPT);
    expect(await b.db.participants.get(p1.id)).toMatchObject({ consent: 'withdrawn', attributes: {} });

    // An old bundle, imported again, brings nothing back and says so.
    const preview = await previewBundleImport(a.db, oldBundle.bytes);
    expect(preview.erasedValues).toBeGreaterThan(0);
    expect(preview.summary.join(' ')).toMatch(/Leaves out \d+ changes to records erased here/);
    const imported = await applyBundleImport(a.runner, preview);
    expect(imported.erasedValues).toBeGreaterThan(0);
    // A file-sync service restores an old version of Ana's files: Ben drops what they hold, Ana rewrites them.
    for (const old of oldSegments) await writeFile(path.join(ownDir, old.name), old.bytes);
    const restored = await sync(b, project.id);
    expect(restored.applied?.erasedValues).toBeGreaterThan(0);
    await sync(a, project.id);
    await sync(b, project.id);
    await expectNowhere([a, b]);

    // A new bundle holds the erasure (so its reader erases too), not the words.
    const fresh = await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' });
    const reader = device('Pmt');
    const readerPreview = await previewBundleImport(reader.db, fresh.bytes);
    expect(JSON.stringify(readerPreview.changes)).not.toMatch(new RegExp(WORDS.join('|')));
    await applyBundleImport(reader.runner, readerPreview);
    expect((await reader.db.erasures.toArray()).map((e) => e.participantId)).toEqual([p1.id]);
    // And the old bundle, if it reaches someone who got the erasure, brings nothing back there either.
    await applyBundleImport(reader.runner, await previewBundleImport(reader.db, oldBundle.bytes));
    await expectNowhere([reader]);
  });

  it('erases one note for ever; deleting stays undoable', async () => {
    const { a, b, project, session } = await setUp();
    const deleted = await addNote(a.runner, { sessionId: session.id, text: 'deleted by mistake' });
    const named = await addNote(a.runner, { sessionId: session.id, text: `Names ${IDENTIFYING} by name` });
    await editNote(a.runner, named.id, { text: `Names ${IDENTIFYING}, who lives on Elm St` });
    await sync(a, project.id);
    await sync(b, project.id);
    await a.runner.run({ id: 'commands.deleteNote', subject: 'note' }, (ctx) => ctx.remove('notes', deleted.id));
    await eraseNote(a.runner, named.id);
    expect(inEnglish(await a.runner.undo())).toBe('Delete note');
    expect((await a.db.notes.get(deleted.id))?.deleted).toBe(false);
    expect(inEnglish(await a.runner.redo())).toBe('Delete note');
    expect((await a.db.notes.get(deleted.id))?.deleted).toBe(true);
    await undoAndRedoAll(a, [IDENTIFYING]);
    expect((await a.db.notes.get(named.id))?.deleted).toBe(true);
    await sync(a, project.id);
    await sync(b, project.id);
    await sync(a, project.id);
    await expectNowhere([a, b], [IDENTIFYING]);
    expect((await b.db.erasures.toArray()).map((e) => e.reason)).toEqual(['erased-by-facilitator']);
  });

  it('takes the memos on an erased note with it, from every table, file, undo stack and bundle', async () => {
    const { a, b, project, session } = await setUp();
    const note = await addNote(a.runner, { sessionId: session.id, text: 'The shelter light is out again' });
    // A memo may repeat what the speaker said: it carries the identifying words the note itself does not.
    const memo = await addMemo(a.runner, {
      projectId: project.id,
      target: 'note',
      targetId: note.id,
      text: `Said by ${IDENTIFYING}, who drives the night bus`,
    });
    const onProject = await addMemo(a.runner, { projectId: project.id, target: 'project', text: KEPT });
    await sync(a, project.id);
    await sync(b, project.id);
    // Ben, offline, edits the memo before he hears of the erasure; the conflict and his files hold the words too.
    await editMemo(b.runner, memo.id, { text: `${IDENTIFYING} again, at the depot` });
    const oldBundle = await exportBundle(b.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ben' });
    expect(leaks(await dumpDevice(b), [IDENTIFYING])).toEqual([IDENTIFYING]);

    await eraseNote(a.runner, note.id);
    await undoAndRedoAll(a, [IDENTIFYING]);
    await sync(a, project.id);
    await sync(b, project.id);
    await undoAndRedoAll(b, [IDENTIFYING]);
    await sync(a, project.id);
    await sync(b, project.id);
    await expectNowhere([a, b], [IDENTIFYING]);
    const imported = await applyBundleImport(a.runner, await previewBundleImport(a.db, oldBundle.bytes));
    expect(imported.erasedValues).toBeGreaterThan(0);
    await expectNowhere([a], [IDENTIFYING]);
    for (const r of [a, b]) expect((await r.db.memos.get(onProject.id))?.text).toBe(KEPT);
  });
});

describe('a device rewriting its own files', () => {
  it('also takes in a file-sync service’s copy of them and drops a half-written temp file', async () => {
    const { a, b, project, p1 } = await setUp();
    const ownDir = path.join(root, project.id, 'v1', 'devices', await a.runner.deviceId());
    const [segment] = await readdir(ownDir);
    const bytes = await readFile(path.join(ownDir, segment!));
    await writeFile(path.join(ownDir, segment!.replace('.ndjson', ' (1).ndjson')), bytes);
    await writeFile(path.join(ownDir, `.tmp-${segment}-crashed`), bytes.subarray(0, 300));
    await withdrawConsent(a.runner, p1.id);
    await sync(a, project.id);
    expect(await readdir(ownDir)).toEqual([expect.stringMatching(/^seg-\d{8}-[0-9a-f]{16}\.ndjson$/)]);
    await sync(b, project.id);
    await expectNowhere([a, b]);
  });
});

describe('a retired device', () => {
  it('is listed until purged; purging rewrites its files without the words and keeps its other work', async () => {
    const { a, b, project, session, p1 } = await setUp();
    const retired = device('Old');
    await sync(retired, project.id);
    await addNote(retired.runner, { sessionId: session.id, text: `${WORDS[1]} again`, participantId: p1.id });
    const other = await addNote(retired.runner, { sessionId: session.id, text: 'The park needs benches' });
    await sync(retired, project.id);
    await closeReplicas(...replicas.splice(replicas.indexOf(retired), 1)); // lost: it never syncs again

    await withdrawConsent(a.runner, p1.id);
    await sync(a, project.id);
    await sync(b, project.id);
    const status = await getSyncStatus(a.db, project.id, { folderSupported: true });
    expect(status.holdingErased.map((d) => d.name)).toEqual(['Old’s laptop']);
    const retiredId = status.holdingErased[0]!.deviceId;

    const dry = await purgeDevice(a.db, port(), { projectId: project.id, deviceId: retiredId, dryRun: true });
    expect(dry).toMatchObject({ status: 'would-purge', deviceName: 'Old’s laptop', erasedFiles: 1 });
    expect((await dumpFolder()).some((file) => leaks(file.text).length)).toBe(true);

    const purged = await purgeDevice(a.db, port(), { projectId: project.id, deviceId: retiredId });
    expect(purged.status).toBe('purged');
    expect((await getSyncStatus(a.db, project.id, { folderSupported: true })).holdingErased).toEqual([]);
    await sync(a, project.id);
    await sync(b, project.id);
    await expectNowhere([a, b]);
    // Its other work still counts, on a device that reads the folder for the first time too.
    const newcomer = device('New');
    await sync(newcomer, project.id);
    expect((await newcomer.db.notes.get(other.id))?.text).toBe('The park needs benches');
    await expectNowhere([newcomer]);
    expect(await purgeDevice(a.db, port(), { projectId: project.id, deviceId: retiredId })).toMatchObject({
      status: 'clean',
    });
  });
});
