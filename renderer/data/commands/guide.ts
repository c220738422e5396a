/** The discussion guide (questions) and the stakeholder groups of a project. */
import { newId } from '../../../shared/domain/ids';
import type { Question, StakeholderGroup } from '../../../shared/domain/schemas';
import type { CommandContext, CommandRunner } from '../commandRunner';

async function liveInProject<T extends 'questions' | 'groups'>(ctx: CommandContext, table: T, projectId: string) {
  const rows = await ctx.db.table(table).where('projectId').equals(projectId).toArray();
  return (rows as (Question | StakeholderGroup)[])
    .filter((row) => !row.deleted)
    .sort((a, b) => a.order - b.order) as T extends 'questions' ? Question[] : StakeholderGroup[];
}

export function addQuestion(
  runner: CommandRunner,
  projectId: string,
  input: { text: string; timeboxMinutes?: number | null },
): Promise<Question> {
  return runner.run({ id: 'commands.addQuestion', subject: 'question' }, async (ctx) => {
    await ctx.require('projects', projectId, 'project');
    const questions = await liveInProject(ctx, 'questions', projectId);
    const order = (questions.at(-1)?.order ?? 0) + 1;
    return ctx.insert('questions', {
      id: newId(),
      projectId,
      text: input.text,
      order,
      timeboxMinutes: input.timeboxMinutes ?? null,
    });
  });
}

export function editQuestion(
  runner: CommandRunner,
  questionId: string,
  patch: Partial<Pick<Question, 'text' | 'timeboxMinutes'>>,
): Promise<Question> {
  return runner.run({ id: 'commands.editQuestion', subject: 'question' }, (ctx) =>
    ctx.update('questions', questionId, patch),
  );
}

/** Moves a question one place up or down. Only the moved question is written (fractional order). */
export function moveQuestion(runner: CommandRunner, questionId: string, direction: -1 | 1): Promise<void> {
  return runner.run({ id: 'commands.reorderQuestions', subject: 'question' }, async (ctx) => {
    const question = await ctx.require('questions', questionId, 'question');
    const questions = await liveInProject(ctx, 'questions', question.projectId);
    const index = questions.findIndex((q) => q.id === questionId);
    const neighbour = questions[index + direction];
    if (!neighbour) return;
    const beyond = questions[index + 2 * direction];
    const order = beyond ? (neighbour.order + beyond.order) / 2 : neighbour.order + direction;
    await ctx.update('questions', questionId, { order });
  });
}

export function deleteQuestion(runner: CommandRunner, questionId: string): Promise<void> {
  return runner.run({ id: 'commands.deleteQuestion', subject: 'question' }, (ctx) =>
    ctx.remove('questions', questionId),
  );
}

export function addGroup(
  runner: CommandRunner,
  projectId: string,
  input: { name: string; color: string },
): Promise<StakeholderGroup> {
  return runner.run({ id: 'commands.addGroup', subject: 'stakeholder group' }, async (ctx) => {
    await ctx.require('projects', projectId, 'project');
    const groups = await liveInProject(ctx, 'groups', projectId);
    return ctx.insert('groups', {
      id: newId(),
      projectId,
      name: input.name,
      color: input.color,
      order: (groups.at(-1)?.order ?? 0) + 1,
    });
  });
}

export function editGroup(
  runner: CommandRunner,
  groupId: string,
  patch: Partial<Pick<StakeholderGroup, 'name' | 'color'>>,
): Promise<StakeholderGroup> {
  return runner.run({ id: 'commands.editGroup', subject: 'stakeholder group' }, (ctx) =>
    ctx.update('groups', groupId, patch),
  );
}

export function deleteGroup(runner: CommandRunner, groupId: string): Promise<void> {
  return runner.run({ id: 'commands.deleteGroup', subject: 'stakeholder group' }, (ctx) =>
    ctx.remove('groups', groupId),
  );
}
