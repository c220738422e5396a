/**
 * The mass-deletion guard: a sync (or an import) that would remove more than half of a project's records
 * stops and asks first. A wrong bundle, a wiped laptop replaying tombstones, or a bug should cost a question,
 * not a project. Small projects are exempt below MIN_GUARDED_DELETIONS, so tidying up a handful of test notes
 * does not interrupt anyone.
 */
import { translator, type Translator } from '../i18n/translate';

export const MIN_GUARDED_DELETIONS = 5;

export interface ProjectDeletions {
  projectId: string;
  projectName: string;
  /** Live records of the project before the sync (the project record itself included). */
  live: number;
  /** Live records the sync would tombstone. Removing the project record counts as removing all of them. */
  deleting: number;
}

export function isMassDeletion(count: ProjectDeletions): boolean {
  return count.deleting >= MIN_GUARDED_DELETIONS && count.deleting * 2 > count.live;
}

/** The question in the translator's language (English unless one is given). */
export function describeMassDeletion(count: ProjectDeletions, { t }: Translator = translator()): string {
  return t('syncStatus.massDeletion', {
    deleting: count.deleting,
    live: count.live,
    project: count.projectName || t('syncStatus.aProject'),
  });
}
