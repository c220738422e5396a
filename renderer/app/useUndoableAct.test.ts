import { afterEach, describe, expect, it } from 'vitest';
import { freshRunner, projectWithSession, historyInEnglish } from '../data/testing';
import { addQuestion, deleteQuestion, editQuestion } from '../data/commands/guide';
import { setUiLocale } from '../ui/i18n';
import { undoIfLast, undoMark } from './useUndoableAct';

afterEach(() => setUiLocale('en'));

async function questionDeleted() {
  const { db, runner } = freshRunner();
  const { project } = await projectWithSession(runner);
  const question = await addQuestion(runner, project.id, { text: 'What makes you feel safe?', timeboxMinutes: 10 });
  await deleteQuestion(runner, question.id);
  return { db, runner, project, question, mark: undoMark(runner) };
}

describe('the Undo button of a destructive command', () => {
  it('undoes the command when it is still the last one', async () => {
    const { db, runner, question, mark } = await questionDeleted();
    expect(await undoIfLast(runner, mark)).toMatch(/Delete question/);
    expect((await db.questions.get(question.id))?.deleted).toBe(false);
  });

  it('undoes nothing once another command came after it', async () => {
    const { db, runner, project, question, mark } = await questionDeleted();
    const other = await addQuestion(runner, project.id, { text: 'Where do you avoid at night?', timeboxMinutes: 5 });
    await editQuestion(runner, other.id, { text: 'Where do you avoid after dark?' });
    expect(await undoIfLast(runner, mark)).toMatch(/Ctrl\+Z/);
    expect((await db.questions.get(other.id))?.text).toBe('Where do you avoid after dark?');
    expect((await db.questions.get(question.id))?.deleted).toBe(true);
  });

  it('undoes nothing when Ctrl+Z already undid it', async () => {
    const { runner, mark } = await questionDeleted();
    await runner.undo();
    expect(await undoIfLast(runner, mark)).toMatch(/Ctrl\+Z/);
    expect(historyInEnglish(runner).redo).toEqual(['Delete question']);
  });

  it('says what it undid in the language chosen when it says it, not when the command ran', async () => {
    const { runner, mark } = await questionDeleted();
    setUiLocale('fr-CA');
    expect(await undoIfLast(runner, mark)).toBe('Annulé\u00a0: Supprimer la question');
  });
});
