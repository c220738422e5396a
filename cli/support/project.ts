/** Which project of a sync folder a command works on. */
import type { FolderProject } from '../../node/sync/readFolder';
import { inspectChanges } from '../../shared/sync/inspect';
import { cliError } from '../command';

function nameOf(project: FolderProject): string {
  return inspectChanges({ projectId: project.projectId, changes: project.changes, now: Date.now() }).name;
}

/** The project of a folder to work on: the only one, or the one named by --project. */
export function pickProject(projects: FolderProject[], root: string, wanted: string | undefined): FolderProject {
  const names = projects.map((p) => `${nameOf(p) || '(unnamed)'} (${p.projectId})`).join('; ');
  if (!projects.length) throw cliError(`there is no Fieldnotes project in ${root}`);
  const matches = wanted
    ? projects.filter((p) => nameOf(p).trim().toLowerCase() === wanted.trim().toLowerCase())
    : projects;
  if (!matches.length) throw cliError(`no project called “${wanted}” in ${root}; projects there: ${names}`);
  if (matches.length > 1) {
    throw cliError(
      `${root} holds ${matches.length} projects${wanted ? ' with that name' : ''}; choose one with --project NAME: ${names}`,
    );
  }
  return matches[0]!;
}
