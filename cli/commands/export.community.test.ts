/**
 * The command line obeys community approval like the app: `fieldnotes export` and `fieldnotes bundle` on a real sync
 * folder in a temp directory leave a pending community session's words out of every file they write (zip files
 * opened and searched), say so, and let the words through once the approval arrives by sync.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { openBundle } from '../../shared/sync/bundle';
import {
  recordCommunityApproval,
  setSessionCommunity,
  withdrawCommunityApproval,
} from '../../renderer/data/commands/community';
import { refreshCommunityTallies } from '../../renderer/data/commands/communityTally';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

const WORDS = ['Quillwortmarsh', 'Wapitiford'];
const FILES = ['out.xlsx', 'out.json', 'out.csv', 'out.docx', 'out.html', 'out.qdpx', 'out.qdc'];

let dir: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-community-'));
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await dispatch(args, COMMANDS, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
  });
  return { code, out: out.join(''), err: err.join('') };
}

function textOf(bytes: Uint8Array): string {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return new TextDecoder().decode(bytes);
  return Object.values(unzipSync(bytes)).map(textOf).join('\n');
}

async function written(...names: string[]): Promise<string> {
  const parts = await Promise.all(names.map(async (n) => textOf(new Uint8Array(await readFile(path.join(dir, n))))));
  return parts.join('\n');
}

const exportArgs = ['export', 'Shared', ...FILES.flatMap((f) => [`--${f.split('.')[1]}`, f]), '--no-names'];

describe('fieldnotes export and bundle with a community session', () => {
  it('withholds the session until its approval arrives through the sync folder', async () => {
    const ana = createReplica('Ana');
    replicas.push(ana);
    const project = await createProject(ana.runner, { name: 'Riverside Safety', templateId: 'community-safety-plan' });
    const open = await createSession(ana.runner, project.id, { title: 'Seniors lunch' });
    await addNote(ana.runner, { sessionId: open.id, text: 'No light at the bus shelter on King Street' });
    const circle = await createSession(ana.runner, project.id, { title: 'Elders circle' });
    await addNote(ana.runner, { sessionId: circle.id, text: `The ${WORDS[0]} path floods every spring` });
    await addNote(ana.runner, { sessionId: circle.id, text: `Young people cross at ${WORDS[1]} at night` });
    await setSessionCommunity(ana.runner, circle.id, { name: 'Riverbend First Nation', requirement: 'Elders council' });
    const folder = path.join(dir, 'Shared');
    await mkdir(folder);
    const sync = () =>
      syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' }, project.id);
    await sync();

    const held = await cli(...exportArgs);
    expect(held.err).toBe('');
    expect(held.code).toBe(0);
    expect(held.out).toContain('1 session withheld pending community approval (Riverbend First Nation)');
    const heldText = await written(...FILES);
    expect(heldText).toContain('bus shelter');
    for (const word of WORDS) expect(heldText).not.toContain(word);
    expect((await cli('bundle', 'Shared', '--out', 'held.fieldnotes')).code).toBe(0);
    const heldBundle = await written('held.fieldnotes');
    expect(heldBundle).toContain('Elders circle');
    for (const word of WORDS) expect(heldBundle).not.toContain(word);

    ana.time.now += 60_000;
    await recordCommunityApproval(ana.runner, circle.id, {
      approvedBy: 'Elders council',
      approvedOn: '2026-11-20',
      scope: { quotes: true, counts: true, themes: true },
    });
    await sync();
    const approved = await cli(...exportArgs);
    expect(approved.code).toBe(0);
    expect(approved.out).not.toContain('pending community approval');
    const approvedText = await written('out.xlsx', 'out.json', 'out.csv', 'out.qdpx');
    for (const word of WORDS) expect(approvedText).toContain(word);
    expect((await cli('bundle', 'Shared', '--out', 'approved.fieldnotes')).code).toBe(0);
    for (const word of WORDS) expect(await written('approved.fieldnotes')).toContain(word);
  });

  it('packs the tally of a counts-only session, and cuts it once the approval is withdrawn', async () => {
    const ana = createReplica('Ana');
    replicas.push(ana);
    const project = await createProject(ana.runner, { name: 'Riverside Safety', templateId: 'community-safety-plan' });
    const circle = await createSession(ana.runner, project.id, { title: 'Elders circle' });
    for (const word of WORDS) await addNote(ana.runner, { sessionId: circle.id, text: `About ${word}` });
    await setSessionCommunity(ana.runner, circle.id, { name: 'Riverbend First Nation', requirement: '' });
    await recordCommunityApproval(ana.runner, circle.id, {
      approvedBy: 'Elders council',
      approvedOn: '2026-11-20',
      scope: { quotes: false, counts: true, themes: false },
    });
    // What the app's bundle export does first; the tally then reaches the folder like any change.
    await refreshCommunityTallies(ana.runner, project.id);
    const folder = path.join(dir, 'Shared');
    await mkdir(folder);
    const sync = () =>
      syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' }, project.id);
    await sync();
    const tallyIn = async (name: string) => {
      expect((await cli('bundle', 'Shared', '--out', name)).code).toBe(0);
      const bytes = new Uint8Array(await readFile(path.join(dir, name)));
      for (const word of WORDS) expect(textOf(bytes)).not.toContain(word);
      const changes = (await openBundle(bytes)).changes.filter((c) => c.table === 'sessions' && c.rowId === circle.id);
      return changes.flatMap((c) => (Object.hasOwn(c.fields, 'communityTally') ? [c.fields.communityTally] : []));
    };
    expect(await tallyIn('counts.fieldnotes')).toEqual([expect.objectContaining({ notes: 2 })]);

    ana.time.now += 60_000;
    await withdrawCommunityApproval(ana.runner, circle.id);
    await sync();
    expect(await tallyIn('withdrawn.fieldnotes')).toEqual([]);
  });
});
