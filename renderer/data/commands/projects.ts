/** Project commands: create (from a template or blank), rename, describe, archive, and edit its note kinds. */
import { newId } from '../../../shared/domain/ids';
import type { NoteKind, Project } from '../../../shared/domain/schemas';
import { findTemplate } from '../../../shared/templates/communitySafetyPlan';
import type { CommandLabel, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

export interface CreateProjectInput {
  name: string;
  templateId: string;
  description?: string;
}

/** Creates the project and everything its template carries (kinds, groups, questions) in one transaction. */
export function createProject(runner: CommandRunner, input: CreateProjectInput): Promise<Project> {
  const template = findTemplate(input.templateId);
  if (!template) return Promise.reject(new DataError('invalid', `There is no template called “${input.templateId}”.`));
  const label: CommandLabel = { id: 'commands.createProject', values: { name: input.name }, subject: 'project' };
  return runner.run(label, async (ctx) => {
    const projectId = newId();
    const project = await ctx.insert('projects', {
      id: projectId,
      name: input.name,
      description: input.description ?? template.description,
      kinds: template.kinds.map((kind) => ({ ...kind })),
      templateId: template.id,
    });
    for (const [index, group] of template.groups.entries()) {
      await ctx.insert('groups', { id: newId(), projectId, name: group.name, color: group.color, order: index + 1 });
    }
    for (const [index, question] of template.questions.entries()) {
      await ctx.insert('questions', {
        id: newId(),
        projectId,
        text: question.text,
        order: index + 1,
        timeboxMinutes: question.timeboxMinutes,
      });
    }
    return project;
  });
}

export function updateProject(
  runner: CommandRunner,
  projectId: string,
  patch: Partial<Pick<Project, 'name' | 'description' | 'archived' | 'defaults'>>,
): Promise<Project> {
  const label: CommandLabel = {
    id:
      patch.archived === true
        ? 'commands.archiveProject'
        : patch.archived === false
          ? 'commands.restoreProject'
          : 'commands.editProject',
    subject: 'project',
  };
  return runner.run(label, (ctx) => ctx.update('projects', projectId, patch));
}

export function addKind(runner: CommandRunner, projectId: string, kind: Omit<NoteKind, 'id'>): Promise<NoteKind> {
  return runner.run({ id: 'commands.addNoteKind', subject: 'note kind' }, async (ctx) => {
    const project = await ctx.require('projects', projectId, 'project');
    const created: NoteKind = { ...kind, id: newId() };
    await ctx.update('projects', projectId, { kinds: [...project.kinds, created] });
    return created;
  });
}

export function updateKind(
  runner: CommandRunner,
  projectId: string,
  kindId: string,
  patch: Partial<Omit<NoteKind, 'id'>>,
): Promise<void> {
  return runner.run({ id: 'commands.editNoteKind', subject: 'note kind' }, async (ctx) => {
    const project = await ctx.require('projects', projectId, 'project');
    if (!project.kinds.some((kind) => kind.id === kindId))
      throw new DataError('not-found', 'That note kind no longer exists.');
    await ctx.update('projects', projectId, {
      kinds: project.kinds.map((kind) => (kind.id === kindId ? { ...kind, ...patch } : kind)),
    });
  });
}

/** Removes a kind from the project's list. Notes keep their kind id, shown as “(removed kind)”, so nothing is lost. */
export function removeKind(runner: CommandRunner, projectId: string, kindId: string): Promise<void> {
  return runner.run({ id: 'commands.removeNoteKind', subject: 'note kind' }, async (ctx) => {
    const project = await ctx.require('projects', projectId, 'project');
    await ctx.update('projects', projectId, { kinds: project.kinds.filter((kind) => kind.id !== kindId) });
  });
}

export function moveKind(runner: CommandRunner, projectId: string, kindId: string, direction: -1 | 1): Promise<void> {
  return runner.run({ id: 'commands.reorderNoteKinds', subject: 'note kind' }, async (ctx) => {
    const project = await ctx.require('projects', projectId, 'project');
    const kinds = [...project.kinds];
    const index = kinds.findIndex((kind) => kind.id === kindId);
    const target = index + direction;
    if (index < 0 || target < 0 || target >= kinds.length) return;
    [kinds[index], kinds[target]] = [kinds[target]!, kinds[index]!];
    await ctx.update('projects', projectId, { kinds });
  });
}
