/** Which project of a sync folder a command works on. */
import type { FolderProject } from '../../node/sync/readFolder';
import { inspectChanges } from '../../shared/sync/inspect';
import type { Translator } from '../../shared/i18n/translate';
import { cliError } from '../command';

function nameOf(project: FolderProject): string {
  return inspectChanges({ projectId: project.projectId, changes: project.changes, now: Date.now() }).name;
}

/** The project of a folder to work on: the only one, or the one named by --project. */
export function pickProject(
  projects: FolderProject[],
  root: string,
  wanted: string | undefined,
  tr: Translator,
): FolderProject {
  const names = projects.map((p) => `${nameOf(p) || tr.t('cli.unnamed')} (${p.projectId})`).join('; ');
  if (!projects.length) throw cliError(tr.t('cli.project.none', { root }));
  const matches = wanted
    ? projects.filter((p) => nameOf(p).trim().toLowerCase() === wanted.trim().toLowerCase())
    : projects;
  if (!matches.length) throw cliError(tr.t('cli.project.notFound', { wanted: wanted ?? '', root, names }));
  if (matches.length > 1) {
    throw cliError(tr.t('cli.project.several', { root, count: matches.length, named: wanted ? 'yes' : 'no', names }));
  }
  return matches[0]!;
}
