/**
 * `fieldnotes export` with memos: read from a sync folder written by the app's own sync, they travel in the JSON
 * (authors numbered) and the REFI-QDA project, and in the Word report and printable page only with
 * --include-memos; a memo on a note erased since is in no file.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { addMemo } from '../../renderer/data/commands/memos';
import { addNote, eraseNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { readFindingsJson } from '../../shared/export/json';
import { readQdpx } from '../../shared/export/refi/read';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

let dir: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-export-memos-'));
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

const PROJECT_MEMO = 'Darkness is the thread across every group we heard.';
const NOTE_MEMO = 'Follow up with transit about the shelter lamps.';
const ERASED_MEMO = 'Omar Whitfield-Abara said this, he lives by the depot.';

async function folderWithMemos() {
  const ana = createReplica('Ana');
  replicas.push(ana);
  const project = await createProject(ana.runner, { name: 'Riverside Safety', templateId: 'community-safety-plan' });
  const session = await createSession(ana.runner, project.id, { title: 'Seniors lunch' });
  const note = await addNote(ana.runner, { sessionId: session.id, text: 'No light at the bus shelter' });
  const erased = await addNote(ana.runner, { sessionId: session.id, text: 'Something said about a neighbour' });
  await addMemo(ana.runner, { projectId: project.id, target: 'project', text: PROJECT_MEMO });
  await addMemo(ana.runner, { projectId: project.id, target: 'note', targetId: note.id, text: NOTE_MEMO });
  await addMemo(ana.runner, { projectId: project.id, target: 'note', targetId: erased.id, text: ERASED_MEMO });
  const folder = path.join(dir, 'Shared');
  await mkdir(folder);
  const sync = () =>
    syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' }, project.id);
  await sync();
  await eraseNote(ana.runner, erased.id);
  await sync();
  return { note };
}

describe('fieldnotes export with memos', () => {
  it('writes memos to the JSON and qdpx always, to the Word report and page only with --include-memos', async () => {
    const { note } = await folderWithMemos();
    const plain = await cli(
      'export',
      'Shared',
      '--json',
      'a.json',
      '--qdpx',
      'a.qdpx',
      '--docx',
      'a.docx',
      '--no-names',
    );
    expect(plain.err).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('memos: 2 memos in the findings data and REFI-QDA files; not in the report');
    const doc = readFindingsJson(await readFile(path.join(dir, 'a.json'), 'utf8'));
    expect(doc.memos?.map((m) => [m.text, m.author])).toEqual([
      [PROJECT_MEMO, 'author 1'],
      [NOTE_MEMO, 'author 1'],
    ]);
    const project = readQdpx(new Uint8Array(await readFile(path.join(dir, 'a.qdpx'))));
    expect(project.notes.find((n) => n.text === NOTE_MEMO)?.targets).toEqual([
      { kind: 'selection', guid: note.id.toUpperCase() },
    ]);
    const docxText = (file: string) =>
      readFile(path.join(dir, file)).then((bytes) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!));
    expect(await docxText('a.docx')).not.toContain(PROJECT_MEMO);
    const validated = await cli('validate', 'a.qdpx');
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('2 notes (memos)');

    const withMemos = await cli(
      'export',
      'Shared',
      '--docx',
      'b.docx',
      '--html',
      'b.html',
      '--include-memos',
      '--no-names',
    );
    expect(withMemos.code).toBe(0);
    expect(withMemos.out).toContain('memos: 2 memos in the findings data and REFI-QDA files and the report');
    expect(await docxText('b.docx')).toContain(PROJECT_MEMO);
    const html = await readFile(path.join(dir, 'b.html'), 'utf8');
    expect(html).toContain(NOTE_MEMO);

    for (const file of ['a.json', 'a.qdpx', 'a.docx', 'b.docx', 'b.html']) {
      const bytes = await readFile(path.join(dir, file));
      const text = file.endsWith('x')
        ? Object.values(unzipSync(new Uint8Array(bytes)))
            .map((entry) => strFromU8(entry))
            .join('')
        : strFromU8(bytes);
      expect(text, file).not.toContain('Omar Whitfield-Abara');
    }
  });
});
