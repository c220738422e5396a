/**
 * Reads for memos (architecture: Memos): a project's live memos, those on one target, and the names their authors
 * go by on this device (the person's own name on their own device, a synced device name, or the device id).
 */
import type { Memo, MemoTarget } from '../../shared/domain/schemas';
import { isErasedRow } from '../../shared/sync/erasure';
import { DEVICE_KEY } from './commandRunner';
import type { FieldnotesDb } from './db';
import { deviceNamer } from './deviceNamer';

const newestFirst = (a: Memo, b: Memo) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
const isLive = (memo: Memo) => !memo.deleted && !isErasedRow(memo);

export async function listProjectMemos(db: FieldnotesDb, projectId: string): Promise<Memo[]> {
  return (await db.memos.where('projectId').equals(projectId).toArray()).filter(isLive).sort(newestFirst);
}

/** The memos on one theme, note or session (the project's own: target 'project', no id). */
export async function listMemosOn(
  db: FieldnotesDb,
  projectId: string,
  target: MemoTarget,
  targetId: string | null,
): Promise<Memo[]> {
  const candidates =
    targetId === null
      ? await db.memos.where('projectId').equals(projectId).toArray()
      : await db.memos.where('targetId').equals(targetId).toArray();
  return candidates
    .filter((m) => isLive(m) && m.projectId === projectId && m.target === target && m.targetId === targetId)
    .sort(newestFirst);
}

/** How many live memos each target has, for markers in lists (by target id; the project's under ''). */
export async function memoCountsByTarget(db: FieldnotesDb, projectId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const memo of await listProjectMemos(db, projectId)) {
    const key = memo.targetId ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Names for memo authors on this screen: "you" when this device wrote it and its person gave no name. */
export async function memoAuthorNamer(
  db: FieldnotesDb,
  projectId: string,
  youLabel: string,
): Promise<(deviceId: string) => string> {
  const [nameOf, own] = await Promise.all([deviceNamer(db, projectId), db.meta.get(DEVICE_KEY)]);
  const ownId = typeof own?.value === 'string' ? own.value : '';
  return (deviceId) => {
    const name = nameOf(deviceId);
    return deviceId === ownId && name === `device ${deviceId}` ? youLabel : name;
  };
}
