/** Test helpers for the data layer: a fresh real (fake-indexeddb) database per test, and a ready project. */
import { FieldnotesDb } from './db';
import { createCommandRunner, type CommandRunner } from './commandRunner';
import { createProject } from './commands/projects';
import { createSession } from './commands/sessions';
import { labelText, type CommandLabel } from './commandLabel';
import { translator } from '../../shared/i18n/translate';

let counter = 0;

export function freshRunner(clock?: () => number): { db: FieldnotesDb; runner: CommandRunner } {
  const db = new FieldnotesDb(`test-${Date.now()}-${counter++}`);
  return { db, runner: createCommandRunner(db, clock) };
}

export async function projectWithSession(runner: CommandRunner) {
  const project = await createProject(runner, { name: 'Test project', templateId: 'community-safety-plan' });
  const session = await createSession(runner, project.id, { title: 'Seniors' });
  return { project, session };
}

/** A command label as the English app says it (null for nothing undone), so tests can read stacks as words. */
export function inEnglish(label: CommandLabel | null | undefined): string | null {
  return label ? labelText(translator('en'), label) : null;
}

/** Both stacks of a runner as English words, newest last. */
export function historyInEnglish(runner: CommandRunner): { undo: (string | null)[]; redo: (string | null)[] } {
  const { undo, redo } = runner.history();
  return { undo: undo.map(inEnglish), redo: redo.map(inEnglish) };
}
