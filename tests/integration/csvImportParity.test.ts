/**
 * One CSV file, imported both ways, gives the same notes: through the app (its file reader, the shared planner and
 * the import command, on fake-indexeddb) and through `fieldnotes import-csv` (into a real temp sync folder, read
 * back from disk). The file uses every column, other header names, flags, an empty row, a formula-like note,
 * a quoted cell over two lines, and speakers and sessions both known and new.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands';
import type { CliIo } from '../../cli/command';
import { dispatch } from '../../cli/dispatch';
import { createNodeSyncFolder } from '../../node/sync';
import { readSyncFolder } from '../../node/sync/readFolder';
import { importNotes } from '../../renderer/data/commands/findings';
import { createProject } from '../../renderer/data/commands/projects';
import { addParticipant, createSession } from '../../renderer/data/commands/sessions';
import {
  getProject,
  listGroups,
  listProjectParticipants,
  listQuestions,
  listSessions,
} from '../../renderer/data/queries';
import { closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { readImportFile } from '../../renderer/importNotes/readImportFile';
import type { Note, Participant, Question, Session } from '../../shared/domain/schemas';
import { guessMapping, planNoteImport } from '../../shared/import';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory } from '../../shared/sync/memoryMerge';

const CSV = [
  'Comment,Focus group,Q,Participant,Category,Stakeholder group,Sensitive,Do-not-quote,Cultural_protocol',
  'Buses stop running at 7,Youth group,1,P1,Issue or priority,,yes,,',
  '"The library is safe,\nand warm",Youth group,what could the city and its partners do differently? ,P2,asset,,,X,',
  'Lights on the river path,,Q2,P1,Idea for action,Seniors,no,no,TRUE',
  ',,,,,,,,',
  '=SUM(A1) said the flip chart,Harbour walk,,p3,,Youth,0,1,✓',
  'Café on Main is a safe place,Harbour walk,,P3,local asset,,,,',
].join('\r\n');

interface Comparable {
  text: string;
  session: string;
  question: number | null;
  speaker: string | null;
  kind: string | null;
  flags: Note['flags'];
}

function comparable(
  notes: readonly Note[],
  sessions: readonly Session[],
  questions: readonly Question[],
  participants: readonly Participant[],
): Comparable[] {
  const title = new Map(sessions.map((s) => [s.id, s.title]));
  const order = new Map(questions.map((q) => [q.id, q.order]));
  const code = new Map(participants.map((p) => [p.id, p.code]));
  return notes
    .map((n) => ({
      text: n.text,
      session: title.get(n.sessionId) ?? `missing ${n.sessionId}`,
      question: n.questionId ? (order.get(n.questionId) ?? -1) : null,
      speaker: n.participantId ? (code.get(n.participantId) ?? 'missing') : null,
      kind: n.kind,
      flags: n.flags,
    }))
    .sort((a, b) => (a.text < b.text ? -1 : 1));
}

let dir: string;
let folder: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-parity-'));
  folder = path.join(dir, 'Shared');
  await mkdir(folder);
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

function replica(name: string): Replica {
  const r = createReplica(name);
  replicas.push(r);
  return r;
}

describe('a CSV imported by the app and by the CLI', () => {
  it('gives the same notes: text, session, question, speaker, kind and flags', async () => {
    // A facilitator's project in the shared folder: one session with speaker P1 already in it.
    const ana = replica('Ana');
    const project = await createProject(ana.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
    const youth = await createSession(ana.runner, project.id, { title: 'Youth group' });
    await addParticipant(ana.runner, youth.id, { code: 'P1' });
    const port = createNodeSyncFolder(folder);
    await syncProject({ runner: ana.runner, port, deviceName: 'Ana' }, project.id);
    const csvPath = path.join(dir, 'Evening notes.csv');
    await writeFile(csvPath, CSV);

    // The app: a second laptop with the same project imports the file through the dialog's steps.
    const pmt = replica('PMT');
    await syncProject({ runner: pmt.runner, port, deviceName: 'PMT' }, project.id);
    const table = await readImportFile('Evening notes.csv', new TextEncoder().encode(CSV));
    const context = {
      project: (await getProject(pmt.db, project.id))!,
      sessions: await listSessions(pmt.db, project.id),
      groups: await listGroups(pmt.db, project.id),
      questions: await listQuestions(pmt.db, project.id),
      participants: await listProjectParticipants(pmt.db, project.id),
    };
    const preview = planNoteImport(table, guessMapping(table.header), context, {
      defaultSession: { title: 'Evening notes' },
    });
    expect(preview.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([]);
    const before = new Set((await pmt.db.notes.toArray()).map((n) => n.id));
    await importNotes(pmt.runner, preview.plan);
    const appNotes = (await pmt.db.notes.toArray()).filter((n) => !before.has(n.id));
    const app = comparable(
      appNotes,
      await listSessions(pmt.db, project.id),
      context.questions,
      await listProjectParticipants(pmt.db, project.id),
    );

    // The CLI: the same file into the shared folder, read back from disk.
    const out: string[] = [];
    const io: CliIo = { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => out.push(s) } };
    expect(
      await dispatch(['import-csv', csvPath, '--sync-folder', folder, '--project', 'Safety plan'], COMMANDS, io),
    ).toBe(0);
    const read = await readSyncFolder(folder);
    const state = mergeInMemory(read.projects.find((p) => p.projectId === project.id)!.changes);
    const cli = comparable(
      liveRecords(state, 'notes'),
      liveRecords(state, 'sessions'),
      liveRecords(state, 'questions'),
      liveRecords(state, 'participants'),
    );

    expect(app).toHaveLength(5);
    expect(cli).toEqual(app);
    // And both read the file as meant, not merely alike.
    expect(app.find((n) => n.text.startsWith('The library'))).toEqual({
      text: 'The library is safe,\nand warm',
      session: 'Youth group',
      question: 4,
      speaker: 'P2',
      kind: 'asset',
      flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
    });
    expect(app.find((n) => n.text.startsWith('=SUM'))).toMatchObject({
      session: 'Harbour walk',
      speaker: 'p3',
      flags: { sensitive: false, doNotQuote: true, culturalProtocol: true },
    });
    expect(app.find((n) => n.text.startsWith('Lights'))).toMatchObject({ session: 'Evening notes', question: 2 });
    expect(out.join('')).toMatch(
      /Imported 5 notes.*2 new sessions \(Evening notes, Harbour walk\), 3 new participants/,
    );
  });
});
