import { describe, expect, it } from 'vitest';
import { MAX_LINKED_THEMES } from '../../../shared/domain/limits';
import { freshRunner, projectWithSession, inEnglish } from '../testing';
import type { FieldnotesDb } from '../db';
import { assignTheme, createTheme, deleteTheme, mergeThemes, moveNotes } from './board';
import { addNote } from './notes';
import { createProject } from './projects';
import { createSession } from './sessions';
import { linkToTheme, unlinkFromTheme } from './themeLinks';
import { storedHistory } from '../history/history.testkit';

async function board() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const notes = [];
  for (let i = 0; i < 3; i++) notes.push(await addNote(runner, { sessionId: session.id, text: `note ${i}` }));
  const ids = notes.map((n) => n.id);
  const theme = (name: string, noteIds: string[] = []) =>
    createTheme(runner, { projectId: project.id, sessionId: session.id, name, noteIds });
  return { db, runner, project, session, ids, theme };
}

const note = (db: FieldnotesDb, id: string) => db.notes.get(id).then((n) => n!);

describe('linking notes to further themes', () => {
  it('links the selected notes in one undoable command; the home theme and place stay', async () => {
    const { db, runner, ids, theme } = await board();
    const home = await theme('Transit', [ids[0]!, ids[1]!]);
    const other = await theme('Safety');
    await moveNotes(runner, [{ id: ids[0]!, x: 40, y: 50 }]);
    expect(await linkToTheme(runner, [ids[0]!, ids[1]!], other.id)).toBe(2);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: home.id, linkedThemeIds: [other.id], x: 40, y: 50 });
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Link 2 notes to theme “Safety”');
    // Linking again, or to the note's own home, changes nothing and writes nothing.
    const count = await storedHistory(db).count();
    expect(await linkToTheme(runner, [ids[0]!], other.id)).toBe(0);
    expect(await linkToTheme(runner, [ids[0]!], home.id)).toBe(0);
    expect(await storedHistory(db).count()).toBe(count);
    await runner.undo();
    expect((await note(db, ids[0]!)).linkedThemeIds).toEqual([]);
    await runner.redo();
    expect((await note(db, ids[1]!)).linkedThemeIds).toEqual([other.id]);
  });

  it('unlinks without ever moving a note out of its home theme', async () => {
    const { db, runner, ids, theme } = await board();
    const home = await theme('Transit', [ids[0]!]);
    const other = await theme('Safety');
    await linkToTheme(runner, [ids[0]!], other.id);
    expect(await unlinkFromTheme(runner, [ids[0]!], home.id)).toBe(0);
    expect(await unlinkFromTheme(runner, [ids[0]!], other.id)).toBe(1);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: home.id, linkedThemeIds: [] });
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Unlink note from theme “Safety”');
  });

  it('refuses a theme of another project, a missing theme and links past the cap, writing nothing', async () => {
    const { db, runner, ids, theme } = await board();
    const elsewhere = await createProject(runner, { name: 'Other project', templateId: 'community-safety-plan' });
    const foreign = await createTheme(runner, { projectId: elsewhere.id, sessionId: null, name: 'Foreign' });
    await expect(linkToTheme(runner, [ids[0]!], foreign.id)).rejects.toThrow('theme of its own project');
    await expect(linkToTheme(runner, [ids[0]!], 'gone')).rejects.toThrow('no longer exists');
    const many = [];
    for (let i = 0; i < MAX_LINKED_THEMES; i++) many.push(await theme(`Theme ${i}`));
    for (const t of many) await linkToTheme(runner, [ids[2]!], t.id);
    const last = await theme('One too many');
    await expect(linkToTheme(runner, [ids[2]!], last.id)).rejects.toThrow(`at most ${MAX_LINKED_THEMES}`);
    expect((await note(db, ids[2]!)).linkedThemeIds).toHaveLength(MAX_LINKED_THEMES);
  });

  it('a linked theme that becomes the home (move, drag) is no longer a link', async () => {
    const { db, runner, ids, theme } = await board();
    const a = await theme('A', [ids[0]!, ids[1]!]);
    const b = await theme('B');
    await linkToTheme(runner, [ids[0]!, ids[1]!], b.id);
    await assignTheme(runner, [ids[0]!], b.id);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: b.id, linkedThemeIds: [] });
    await moveNotes(runner, [{ id: ids[1]!, x: 10, y: 10, themeId: b.id }]);
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: b.id, linkedThemeIds: [] });
    await runner.undo();
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: a.id, linkedThemeIds: [b.id] });
  });

  it('deleting a theme drops the links to it; undo brings them back', async () => {
    const { db, runner, ids, theme } = await board();
    const a = await theme('A', [ids[0]!]);
    const b = await theme('B', [ids[1]!]);
    const c = await theme('C');
    await linkToTheme(runner, [ids[0]!], b.id);
    await linkToTheme(runner, [ids[0]!], c.id);
    await deleteTheme(runner, b.id);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: a.id, linkedThemeIds: [c.id] });
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: null });
    await runner.undo();
    expect((await note(db, ids[0]!)).linkedThemeIds).toEqual([b.id, c.id]);
  });

  it('merging themes moves links to the target, never linking a note to its own home or twice', async () => {
    const { db, runner, ids, theme } = await board();
    const target = await theme('Target', [ids[0]!]);
    const source = await theme('Source', [ids[1]!]);
    const other = await theme('Other', [ids[2]!]);
    await linkToTheme(runner, [ids[0]!, ids[2]!], source.id); // home target + link source; home other + link source
    await linkToTheme(runner, [ids[1]!], other.id); // home source + link other
    await linkToTheme(runner, [ids[2]!], target.id); // other note now linked to both source and target
    await mergeThemes(runner, target.id, [source.id]);
    expect(await note(db, ids[0]!)).toMatchObject({ themeId: target.id, linkedThemeIds: [] });
    expect(await note(db, ids[1]!)).toMatchObject({ themeId: target.id, linkedThemeIds: [other.id] });
    expect(await note(db, ids[2]!)).toMatchObject({ themeId: other.id, linkedThemeIds: [target.id] });
    await runner.undo();
    expect((await note(db, ids[2]!)).linkedThemeIds).toEqual([source.id, target.id]);
  });

  it('links only notes of the theme’s own project, across sessions of that project', async () => {
    const { db, runner, project, ids, theme } = await board();
    const second = await createSession(runner, project.id, { title: 'Second' });
    const there = await addNote(runner, { sessionId: second.id, text: 'from the second session' });
    const t = await theme('Shared');
    expect(await linkToTheme(runner, [ids[0]!, there.id], t.id)).toBe(2);
    expect((await note(db, there.id)).linkedThemeIds).toEqual([t.id]);
  });
});
