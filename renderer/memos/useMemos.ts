/** Live reads for the memos feature: the memos on one target or a whole project, and their authors' names. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Memo, MemoTarget } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { listMemosOn, listProjectMemos, memoAuthorNamer } from '../data/memoQueries';
import { useT } from '../ui/i18n';

export interface MemoView {
  memos: Memo[];
  authorOf(deviceId: string): string;
}

function useAuthorNamer(projectId: string): (deviceId: string) => string {
  const { db } = useData();
  const { t } = useT();
  const you = t('memos.you');
  return useLiveQuery(() => memoAuthorNamer(db, projectId, you), [db, projectId, you]) ?? (() => you);
}

/** The memos on one target (undefined while reading). */
export function useMemosOn(projectId: string, target: MemoTarget, targetId: string | null): MemoView | undefined {
  const { db } = useData();
  const authorOf = useAuthorNamer(projectId);
  const memos = useLiveQuery(() => listMemosOn(db, projectId, target, targetId), [db, projectId, target, targetId]);
  return memos ? { memos, authorOf } : undefined;
}

/** Every memo of the project, newest first (undefined while reading). */
export function useProjectMemos(projectId: string): MemoView | undefined {
  const { db } = useData();
  const authorOf = useAuthorNamer(projectId);
  const memos = useLiveQuery(() => listProjectMemos(db, projectId), [db, projectId]);
  return memos ? { memos, authorOf } : undefined;
}
