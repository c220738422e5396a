import { describe, expect, it } from 'vitest';
import { freshRunner, projectWithSession, inEnglish } from '../testing';
import { addNote, deleteNote } from './notes';
import { createProject } from './projects';
import { createSession } from './sessions';
import {
  acceptSuggestion,
  assignTheme,
  createTheme,
  deleteTheme,
  mergeThemes,
  moveNotes,
  nestTheme,
  recolourTheme,
  renameTheme,
  setThemeFrame,
  setThemeVotes,
  splitTheme,
  THEME_COLORS,
} from './board';
import type { CommandRunner } from '../commandRunner';
import type { FieldnotesDb } from '../db';
import { storedHistory } from '../history/history.testkit';

async function board(count = 4) {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const notes = [];
  for (let i = 0; i < count; i++) notes.push(await addNote(runner, { sessionId: session.id, text: `note ${i}` }));
  return { db, runner, project, session, notes, ids: notes.map((n) => n.id) };
}

const note = (db: FieldnotesDb, id: string) => db.notes.get(id).then((n) => n!);
const theme = (db: FieldnotesDb, id: string) => db.themes.get(id).then((t) => t!);
const changesFor = (db: FieldnotesDb, table: string, id: string) =>
  storedHistory(db).where('[table+rowId]').equals([table, id]).toArray();

async function themeWith(
  runner: CommandRunner,
  projectId: string,
  sessionId: string | null,
  name: string,
  noteIds: string[] = [],
) {
  return createTheme(runner, { projectId, sessionId, name, noteIds });
}

describe('board commands', () => {
  it('moves a batch of notes in one undoable command with one change record per note', async () => {
    const { db, runner, ids } = await board(3);
    const before = await storedHistory(db).count();
    expect(
      await moveNotes(runner, [
        { id: ids[0]!, x: 10.4, y: 20.6 },
        { id: ids[1]!, x: 0.2, y: -0.4 },
        { id: ids[2]!, x: 300, y: 40 },
      ]),
    ).toBe(3);
    expect(await note(db, ids[0]!)).toMatchObject({ x: 10, y: 21 });
    // (0, 0) means "unplaced", so a drop that rounds to it is stored one unit off.
    expect(await note(db, ids[1]!)).toMatchObject({ x: 1, y: 0 });
    expect(await storedHistory(db).count()).toBe(before + 3);
    const last = (await changesFor(db, 'notes', ids[2]!)).at(-1)!;
    expect(Object.keys(last.fields).sort()).toEqual(['updatedAt', 'x', 'y']);
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Move 3 notes');
    await runner.undo();
    expect(await note(db, ids[0]!)).toMatchObject({ x: 0, y: 0 });
    await runner.redo();
    expect(await note(db, ids[2]!)).toMatchObject({ x: 300, y: 40 });
  });

  it('commits a drop into a frame: themes assigned, overhanging notes snapped, the auto frame pinned', async () => {
    const { db, runner, project, session, ids } = await board(3);
    const t = await themeWith(runner, project.id, session.id, 'Lighting');
    await moveNotes(
      runner,
      [
        { id: ids[0]!, x: 520, y: 80, themeId: t.id },
        { id: ids[1]!, x: 0, y: 0, snap: true, themeId: t.id },
      ],
      { pinFrames: [{ themeId: t.id, frame: { x: 500.2, y: 10, w: 400, h: 300 } }] },
    );
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: t.id, x: 520, y: 80 });
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: t.id, x: 0, y: 0 });
    expect((await theme(db, t.id)).frame).toEqual({ x: 500, y: 10, w: 400, h: 300 });
    // Dragging out clears the theme; one undo restores theme, position and frame together.
    await moveNotes(runner, [{ id: ids[0]!, x: 2000, y: 2000, themeId: null }]);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: null, x: 2000 });
    await runner.undo();
    await runner.undo();
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: null, x: 0, y: 0 });
    expect((await theme(db, t.id)).frame).toBeNull();
  });

  it('skips notes deleted meanwhile instead of failing the whole move', async () => {
    const { db, runner, ids } = await board(2);
    await deleteNote(runner, ids[0]!);
    expect(
      await moveNotes(runner, [
        { id: ids[0]!, x: 5, y: 5 },
        { id: ids[1]!, x: 5, y: 5 },
        { id: 'missing', x: 1, y: 1 },
      ]),
    ).toBe(1);
    expect(await note(db, ids[1]!)).toMatchObject({ x: 5, y: 5 });
  });

  it('assigns notes to a theme (they snap into its frame) and clears them; unchanged notes write nothing', async () => {
    const { db, runner, project, session, ids } = await board(3);
    const t = await themeWith(runner, project.id, session.id, 'Transit');
    await moveNotes(runner, [{ id: ids[0]!, x: 100, y: 100 }]);
    expect(await assignTheme(runner, ids.slice(0, 2), t.id)).toBe(2);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: t.id, x: 0, y: 0 });
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Move 2 notes to theme “Transit”');
    const count = await storedHistory(db).count();
    expect(await assignTheme(runner, ids.slice(0, 2), t.id)).toBe(0);
    expect(await storedHistory(db).count()).toBe(count);
    expect(await assignTheme(runner, [ids[1]!], null)).toBe(1);
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: null });
    await expect(assignTheme(runner, [ids[2]!], 'no-such-theme')).rejects.toThrow('That theme no longer exists.');
  });

  it('refuses to put a note in another project’s theme', async () => {
    const { runner, ids } = await board(1);
    const other = await createProject(runner, { name: 'Other', templateId: 'community-safety-plan' });
    const foreign = await themeWith(runner, other.id, null, 'Foreign');
    await expect(assignTheme(runner, ids, foreign.id)).rejects.toThrow('its own project');
    await expect(moveNotes(runner, [{ id: ids[0]!, x: 3, y: 3, themeId: foreign.id }])).rejects.toThrow(
      'its own project',
    );
  });

  it('creates a theme from a selection, with the next free colour and the board’s session', async () => {
    const { db, runner, project, session, ids } = await board(3);
    const first = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: '  Lighting ',
      noteIds: ids.slice(0, 2),
    });
    expect(first).toMatchObject({
      name: 'Lighting',
      sessionId: session.id,
      color: THEME_COLORS[0],
      origin: 'manual',
      frame: null,
      votes: 0,
    });
    expect((await note(db, ids[1]!)).themeId).toBe(first.id);
    const second = await createTheme(runner, { projectId: project.id, sessionId: null, name: 'Project-wide' });
    expect(second).toMatchObject({ sessionId: null, color: THEME_COLORS[1] });
    await expect(createTheme(runner, { projectId: project.id, sessionId: null, name: '   ' })).rejects.toThrow(
      /The theme is not valid: name is empty/,
    );
    // One undo removes the theme and takes its notes back out.
    await runner.undo();
    await runner.undo();
    expect((await theme(db, first.id)).deleted).toBe(true);
    expect((await note(db, ids[0]!)).themeId).toBeNull();
  });

  it('renames, recolours and records votes', async () => {
    const { db, runner, project } = await board(0);
    const t = await themeWith(runner, project.id, null, 'Old');
    await renameTheme(runner, t.id, ' New name ');
    await recolourTheme(runner, t.id, '#abcdef');
    await setThemeVotes(runner, t.id, 7);
    expect(await theme(db, t.id)).toMatchObject({ name: 'New name', color: '#ABCDEF', votes: 7 });
    await expect(setThemeVotes(runner, t.id, -1)).rejects.toThrow('whole number');
    await expect(setThemeVotes(runner, t.id, 1.5)).rejects.toThrow('whole number');
    await expect(recolourTheme(runner, t.id, 'red')).rejects.toThrow(/colour/);
    await expect(renameTheme(runner, t.id, '')).rejects.toThrow(/name is empty/);
  });

  it('moves a frame with the notes and sub-frames it carries, as one step; null hands it back to auto layout', async () => {
    const { db, runner, project, session, ids } = await board(1);
    const parent = await themeWith(runner, project.id, session.id, 'Parent', ids);
    const child = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Child',
      parentId: parent.id,
      frame: { x: 10, y: 10, w: 100, h: 100 },
    });
    await setThemeFrame(
      runner,
      parent.id,
      { x: 100, y: 100, w: 800, h: 600 },
      {
        notes: [{ id: ids[0]!, x: 150, y: 160 }],
        frames: [{ themeId: child.id, frame: { x: 110, y: 110, w: 100, h: 100 } }],
        label: { id: 'board.undo.moveTheme', values: { theme: 'Parent' } },
      },
    );
    expect((await theme(db, parent.id)).frame).toEqual({ x: 100, y: 100, w: 800, h: 600 });
    expect((await theme(db, child.id)).frame).toEqual({ x: 110, y: 110, w: 100, h: 100 });
    expect(await note(db, ids[0]!)).toMatchObject({ x: 150, y: 160, themeId: parent.id });
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Move theme “Parent”');
    await setThemeFrame(runner, parent.id, null);
    expect((await theme(db, parent.id)).frame).toBeNull();
  });

  it('merges themes: notes, sub-themes and votes go to the target; the sources are tombstoned; undo restores all', async () => {
    const { db, runner, project, session, ids } = await board(4);
    const a = await themeWith(runner, project.id, session.id, 'A', [ids[0]!]);
    const b = await themeWith(runner, project.id, session.id, 'B', [ids[1]!, ids[2]!]);
    const c = await themeWith(runner, project.id, session.id, 'C', [ids[3]!]);
    const sub = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Sub of B',
      parentId: b.id,
    });
    await setThemeVotes(runner, a.id, 2);
    await setThemeVotes(runner, b.id, 3);
    await setThemeVotes(runner, c.id, 4);
    const merged = await mergeThemes(runner, a.id, [b.id, c.id, a.id]);
    expect(merged.votes).toBe(9);
    for (const id of ids) expect((await note(db, id)).themeId).toBe(a.id);
    expect((await theme(db, sub.id)).parentId).toBe(a.id);
    expect((await theme(db, b.id)).deleted).toBe(true);
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Merge 3 themes');
    await runner.undo();
    expect(await theme(db, b.id)).toMatchObject({ deleted: false, votes: 3 });
    expect((await note(db, ids[2]!)).themeId).toBe(b.id);
    expect((await theme(db, sub.id)).parentId).toBe(b.id);
    await expect(mergeThemes(runner, a.id, [a.id])).rejects.toThrow('at least one other theme');
  });

  it('merging into a sub-theme of a source lifts the target to the nearest surviving ancestor', async () => {
    const { db, runner, project } = await board(0);
    const top = await themeWith(runner, project.id, null, 'Top');
    const middle = await createTheme(runner, {
      projectId: project.id,
      sessionId: null,
      name: 'Middle',
      parentId: top.id,
    });
    const leaf = await createTheme(runner, {
      projectId: project.id,
      sessionId: null,
      name: 'Leaf',
      parentId: middle.id,
    });
    await mergeThemes(runner, leaf.id, [middle.id]);
    expect((await theme(db, leaf.id)).parentId).toBe(top.id);
  });

  it('splits selected notes off into a sibling theme', async () => {
    const { db, runner, project, session, ids } = await board(3);
    const parent = await themeWith(runner, project.id, session.id, 'Parent');
    const t = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Mixed',
      parentId: parent.id,
      noteIds: ids,
    });
    const split = await splitTheme(runner, t.id, [ids[1]!, ids[2]!, 'not-a-note'], 'Parking');
    expect(split).toMatchObject({ name: 'Parking', parentId: parent.id, sessionId: session.id });
    expect((await note(db, ids[0]!)).themeId).toBe(t.id);
    expect((await note(db, ids[2]!)).themeId).toBe(split.id);
    await expect(splitTheme(runner, t.id, [ids[1]!], 'Again')).rejects.toThrow('None of those notes is in “Mixed”');
    await expect(splitTheme(runner, t.id, [], 'Empty')).rejects.toThrow('Select the notes');
  });

  it('nests themes and refuses a cycle', async () => {
    const { db, runner, project } = await board(0);
    const a = await themeWith(runner, project.id, null, 'A');
    const b = await themeWith(runner, project.id, null, 'B');
    const c = await themeWith(runner, project.id, null, 'C');
    await nestTheme(runner, b.id, a.id);
    await nestTheme(runner, c.id, b.id);
    expect((await theme(db, c.id)).parentId).toBe(b.id);
    await expect(nestTheme(runner, a.id, c.id)).rejects.toThrow('cannot go inside itself');
    await expect(nestTheme(runner, a.id, a.id)).rejects.toThrow('cannot go inside itself');
    await nestTheme(runner, c.id, null);
    expect((await theme(db, c.id)).parentId).toBeNull();
  });

  it('deletes a theme: tombstone, notes unassigned where they lie, sub-themes move up; undo brings it back', async () => {
    const { db, runner, project, session, ids } = await board(2);
    const top = await themeWith(runner, project.id, session.id, 'Top');
    const t = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Doomed',
      parentId: top.id,
      noteIds: ids,
    });
    const sub = await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Sub',
      parentId: t.id,
    });
    await moveNotes(runner, [{ id: ids[0]!, x: 700, y: 70 }]);
    expect(await deleteTheme(runner, t.id)).toBe(2);
    expect(await theme(db, t.id)).toMatchObject({ deleted: true });
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: null, x: 700, y: 70 });
    expect((await theme(db, sub.id)).parentId).toBe(top.id);
    await runner.undo();
    expect(await theme(db, t.id)).toMatchObject({ deleted: false });
    expect((await note(db, ids[1]!)).themeId).toBe(t.id);
    expect((await theme(db, sub.id)).parentId).toBe(t.id);
  });

  it('accepts a suggested cluster as a theme holding its notes', async () => {
    const { db, runner, project, session, ids } = await board(3);
    const other = await createSession(runner, project.id, { title: 'Other' });
    const accepted = await acceptSuggestion(runner, {
      projectId: project.id,
      sessionId: session.id,
      label: 'parking · car · spaces',
      noteIds: ids.slice(0, 2),
    });
    expect(accepted).toMatchObject({ name: 'parking · car · spaces', origin: 'suggested', sessionId: session.id });
    expect((await note(db, ids[1]!)).themeId).toBe(accepted.id);
    expect((await note(db, ids[2]!)).themeId).toBeNull();
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Accept suggested theme “parking · car · spaces”');
    const projectWide = await acceptSuggestion(runner, {
      projectId: project.id,
      sessionId: null,
      label: 'x',
      noteIds: [],
    });
    expect(projectWide.sessionId).toBeNull();
    expect(other.projectId).toBe(project.id);
  });

  it('records every board change for sync, with the project id', async () => {
    const { db, runner, project, session, ids } = await board(1);
    const t = await themeWith(runner, project.id, session.id, 'Synced', ids);
    const themeChanges = await changesFor(db, 'themes', t.id);
    expect(themeChanges).toHaveLength(1);
    expect(themeChanges[0]!.projectId).toBe(project.id);
    const noteChange = (await changesFor(db, 'notes', ids[0]!)).at(-1)!;
    expect(noteChange.fields).toMatchObject({ themeId: t.id });
  });
});
