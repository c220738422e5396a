/**
 * The mass-deletion guard: a sync (or an import) that would remove more than half of a project's records
 * stops and asks first. A wrong bundle, a wiped laptop replaying tombstones, or a bug should cost a question,
 * not a project. Small projects are exempt below MIN_GUARDED_DELETIONS, so tidying up a handful of test notes
 * does not interrupt anyone.
 */
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

export function describeMassDeletion(count: ProjectDeletions): string {
  return (
    `This would remove ${count.deleting} of the ${count.live} items in “${count.projectName || 'a project'}”. ` +
    'Nothing has been removed yet. Go ahead only if you expected this.'
  );
}
