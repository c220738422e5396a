/** Test helpers for the data layer: a fresh real (fake-indexeddb) database per test, and a ready project. */
import { FieldnotesDb } from './db';
import { createCommandRunner, type CommandRunner } from './commandRunner';
import { createProject } from './commands/projects';
import { createSession } from './commands/sessions';

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
