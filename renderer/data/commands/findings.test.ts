import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { loadFindingsSnapshot } from '../findingsSnapshot';
import { freshRunner, projectWithSession, inEnglish } from '../testing';
import type { CommandRunner } from '../commandRunner';
import { addNote } from './notes';
import { createSession } from './sessions';
import {
  createFinding,
  createFindings,
  clearResponse,
  createMasterTheme,
  deleteFinding,
  recordResponse,
  importNotes,
  mapThemeToMaster,
  updateFinding,
  type NoteImportPlan,
} from './findings';
import { storedHistory } from '../history/history.testkit';

async function boardTheme(runner: CommandRunner, projectId: string, sessionId: string, name: string) {
  return runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
    ctx.insert('themes', { id: newId(), projectId, sessionId, name, color: '#1D4ED8' }),
  );
}

async function themedNotes(runner: CommandRunner) {
  const { project, session } = await projectWithSession(runner);
  const theme = await boardTheme(runner, project.id, session.id, 'Lighting');
  const plain = await addNote(runner, { sessionId: session.id, text: 'The underpass is dark after seven' });
  const secret = await addNote(runner, {
    sessionId: session.id,
    text: 'My neighbour on Elm was attacked there',
    flags: { doNotQuote: true },
  });
  await runner.run({ id: 'commands.editNote' }, async (ctx) => {
    await ctx.update('notes', plain.id, { themeId: theme.id });
    await ctx.update('notes', secret.id, { themeId: theme.id });
  });
  return { project, session, theme, plain, secret };
}

describe('finding commands', () => {
  it('creates, edits and deletes a finding, each one undoable step with change records', async () => {
    const { db, runner } = freshRunner();
    const { project, theme, plain, secret } = await themedNotes(runner);
    const finding = await createFinding(runner, project.id, {
      statement: '  Dark routes keep people home.  ',
      themeIds: [theme.id],
      evidenceNoteIds: [plain.id, secret.id, plain.id],
      quoteNoteIds: [plain.id],
      kind: 'issue',
      priority: 1,
      actions: [
        { text: 'Light the underpass', lead: ' Municipality ', partners: ['Police service', ' police service ', ''] },
        { text: '  ' },
      ],
      measures: [{ text: 'Fewer reports of fear at night', baseline: '12 a month', target: '6 a month' }],
    });
    expect(finding).toMatchObject({
      statement: 'Dark routes keep people home.',
      evidenceNoteIds: [plain.id, secret.id],
      actions: [{ text: 'Light the underpass', lead: 'Municipality', partners: ['Police service'], timeframe: null }],
      measures: [
        { text: 'Fewer reports of fear at night', baseline: '12 a month', target: '6 a month', dataSource: '' },
      ],
      response: null,
    });
    expect(await storedHistory(db).where('[table+rowId]').equals(['findings', finding.id]).count()).toBe(1);

    await updateFinding(runner, finding.id, { priority: 2, measures: [] });
    expect((await db.findings.get(finding.id))?.priority).toBe(2);
    await deleteFinding(runner, finding.id);
    expect((await db.findings.get(finding.id))?.deleted).toBe(true);
    await runner.undo();
    expect((await db.findings.get(finding.id))?.deleted).toBe(false);
  });

  it('records a response with who and when, replaces it, and undoes each step', async () => {
    const { db, runner } = freshRunner();
    const { project } = await themedNotes(runner);
    const finding = await createFinding(runner, project.id, { statement: 'Dark routes keep people home.' });
    const recorded = await recordResponse(runner, finding.id, {
      status: 'adopted',
      reason: '  Council funded it.  ',
      outcome: 'Light the underpass',
      recordedBy: 'Sam (PMT)',
    });
    expect(recorded.response).toMatchObject({
      status: 'adopted',
      reason: 'Council funded it.',
      outcome: 'Light the underpass',
      recordedBy: 'Sam (PMT)',
    });
    expect(Date.parse(recorded.response!.recordedAt)).not.toBeNaN();
    await recordResponse(runner, finding.id, { status: 'in-progress', reason: 'Started in spring.' });
    expect((await db.findings.get(finding.id))?.response?.status).toBe('in-progress');
    await runner.undo();
    expect((await db.findings.get(finding.id))?.response).toMatchObject({
      status: 'adopted',
      reason: 'Council funded it.',
    });
    await clearResponse(runner, finding.id);
    expect((await db.findings.get(finding.id))?.response).toBeNull();
    await runner.undo();
    expect((await db.findings.get(finding.id))?.response?.status).toBe('adopted');
    await expect(recordResponse(runner, finding.id, { status: 'maybe' as never })).rejects.toThrow();
    expect((await db.findings.get(finding.id))?.response?.status).toBe('adopted');
  });

  it('reads and edits a finding stored by an older release (actions and measures as plain strings)', async () => {
    const { db, runner } = freshRunner();
    const { project } = await themedNotes(runner);
    const finding = await createFinding(runner, project.id, { statement: 'Old finding' });
    // As the release before structured actions stored it: string arrays, no response field.
    const old = { ...(await db.findings.get(finding.id))! } as Record<string, unknown>;
    delete old.response;
    await db.findings.put({ ...old, actions: ['Light the underpass'], measures: ['Fewer reports'] } as never);

    const snapshot = await loadFindingsSnapshot(db, project.id);
    expect(snapshot!.findings[0]).toMatchObject({
      actions: [{ text: 'Light the underpass', lead: '', partners: [], timeframe: null }],
      measures: [{ text: 'Fewer reports', baseline: '', target: '', dataSource: '' }],
      response: null,
    });
    // Any edit writes the record in today's shape, the old actions kept.
    await updateFinding(runner, finding.id, { priority: 3 });
    expect(await db.findings.get(finding.id)).toMatchObject({
      priority: 3,
      actions: [{ text: 'Light the underpass', lead: '', partners: [], timeframe: null }],
      response: null,
    });
  });

  it('never stores a do-not-quote note as a quote, and refuses unknown kinds and notes', async () => {
    const { db, runner } = freshRunner();
    const { project, secret } = await themedNotes(runner);
    await expect(createFinding(runner, project.id, { statement: 'x', quoteNoteIds: [secret.id] })).rejects.toThrow(
      /cannot be a quote/,
    );
    await expect(createFinding(runner, project.id, { statement: 'x', kind: 'nonsense' })).rejects.toThrow(
      /not one of this project/,
    );
    await expect(createFinding(runner, project.id, { statement: 'x', evidenceNoteIds: ['missing'] })).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.findings.count()).toBe(0);
  });

  it('adds several drafts in one transaction: one bad draft writes none', async () => {
    const { db, runner } = freshRunner();
    const { project, theme, secret } = await themedNotes(runner);
    await expect(
      createFindings(runner, project.id, [
        { statement: 'good', themeIds: [theme.id] },
        { statement: 'bad', quoteNoteIds: [secret.id] },
      ]),
    ).rejects.toThrow();
    expect(await db.findings.count()).toBe(0);
    const made = await createFindings(runner, project.id, [{ statement: 'a' }, { statement: 'b' }]);
    expect(made).toHaveLength(2);
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Add 2 findings');
  });
});

describe('mapping session themes to master themes', () => {
  it('maps many to one, creating the master theme in the same step, and logs who and when', async () => {
    let clock = Date.parse('2025-03-01T10:00:00Z');
    const { db, runner } = freshRunner(() => clock);
    const { project, session } = await projectWithSession(runner);
    const other = await createSession(runner, project.id, { title: 'Youth' });
    const a = await boardTheme(runner, project.id, session.id, 'Dark paths');
    const b = await boardTheme(runner, project.id, other.id, 'Street lights');
    clock += 60_000;
    const result = await mapThemeToMaster(runner, project.id, [a.id, b.id], { newMaster: { name: 'Safe streets' } });
    expect(result.changed).toBe(2);
    const master = await db.themes.get(result.masterThemeId!);
    expect(master).toMatchObject({ name: 'Safe streets', sessionId: null, origin: 'master' });
    expect((await db.themes.get(a.id))?.masterThemeId).toBe(master!.id);

    const snapshot = await loadFindingsSnapshot(db, project.id, (id) => `device ${id}`);
    const device = await runner.deviceId();
    expect(snapshot?.mappingLog).toEqual([
      { themeId: a.id, masterThemeId: master!.id, by: `device ${device}`, at: '2025-03-01T10:01:00.000Z' },
      { themeId: b.id, masterThemeId: master!.id, by: `device ${device}`, at: '2025-03-01T10:01:00.000Z' },
    ]);

    clock += 60_000;
    await mapThemeToMaster(runner, project.id, [a.id], null);
    const after = await loadFindingsSnapshot(db, project.id);
    expect(after?.mappingLog?.at(-1)).toMatchObject({ themeId: a.id, masterThemeId: null });
    await runner.undo();
    expect((await db.themes.get(a.id))?.masterThemeId).toBe(master!.id);
  });

  it('refuses to map a master theme, or onto a session theme, and refuses duplicate master names', async () => {
    const { runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const master = await createMasterTheme(runner, project.id, { name: 'Housing' });
    const theme = await boardTheme(runner, project.id, session.id, 'Rent');
    await expect(mapThemeToMaster(runner, project.id, [master.id], { masterThemeId: master.id })).rejects.toThrow(
      /only session themes/,
    );
    await expect(mapThemeToMaster(runner, project.id, [master.id], { masterThemeId: theme.id })).rejects.toThrow(
      /not a master theme/,
    );
    await expect(createMasterTheme(runner, project.id, { name: ' housing ' })).rejects.toThrow(/already/);
  });
});

describe('importNotes', () => {
  it('writes sessions, participants and notes in one transaction with progress', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const newSession = newId();
    const speaker = newId();
    const plan: NoteImportPlan = {
      projectId: project.id,
      sessions: [{ id: newSession, title: 'Imported', groupId: null }],
      participants: [{ id: speaker, sessionId: newSession, code: 'P1' }],
      notes: Array.from({ length: 250 }, (_, i) => ({
        sessionId: i % 2 ? session.id : newSession,
        questionId: null,
        participantId: i % 2 ? null : speaker,
        kind: 'issue',
        text: `note ${i}`,
        flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
      })),
    };
    const seen: number[] = [];
    const before = await storedHistory(db).count();
    const result = await importNotes(runner, plan, { onProgress: (done) => seen.push(done) });
    expect(result).toEqual({ sessions: 1, participants: 1, notes: 250 });
    expect(seen).toEqual([0, 100, 200, 250]);
    expect(await db.notes.count()).toBe(250);
    expect(await storedHistory(db).count()).toBe(before + 252);
    expect((await db.sessions.get(newSession))?.status).toBe('closed');
    await runner.undo();
    expect((await db.notes.toArray()).every((n) => n.deleted)).toBe(true);
  });

  it('writes nothing when a reference is gone or the import is cancelled', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const note = (sessionId: string, questionId: string | null = null) => ({
      sessionId,
      questionId,
      participantId: null,
      kind: null,
      text: 'x',
      flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
    });
    const before = await storedHistory(db).count();
    await expect(
      importNotes(runner, {
        projectId: project.id,
        sessions: [{ id: newId(), title: 'New', groupId: null }],
        participants: [],
        notes: [note(session.id), note(session.id, 'removed-question')],
      }),
    ).rejects.toThrow(/removed meanwhile/);
    const controller = new AbortController();
    controller.abort();
    await expect(
      importNotes(
        runner,
        { projectId: project.id, sessions: [], participants: [], notes: [note(session.id)] },
        { signal: controller.signal },
      ),
    ).rejects.toThrow(/cancelled/);
    expect(await db.notes.count()).toBe(0);
    expect(await db.sessions.count()).toBe(1);
    expect(await storedHistory(db).count()).toBe(before);
  });
});
