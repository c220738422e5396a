/**
 * The erasures this device knows for a project, as the filter (shared/sync/erasure.ts) that sync files, bundles
 * and rewrites are checked against: the records the erasures name, the notes erased because their speaker
 * withdrew and the memos erased with their note (both carry the erased marker), and the withdrawn participants.
 */
import { addErasure, emptyErasureFilter, isErasedRow, type ErasureFilter } from '../../../shared/sync/erasure';
import { rowKey } from '../../../shared/sync/merge';
import type { FieldnotesDb } from '../db';

export async function loadErasureFilter(db: FieldnotesDb, projectId: string): Promise<ErasureFilter> {
  const filter = emptyErasureFilter();
  const erasures = await db.erasures.where('projectId').equals(projectId).toArray();
  if (!erasures.length) return filter;
  for (const erasure of erasures) addErasure(filter, erasure);
  if (filter.participants.size) {
    const erasedNotes = await db.notes.where('projectId').equals(projectId).filter(isErasedRow).primaryKeys();
    for (const id of erasedNotes) filter.records.add(rowKey('notes', id));
  }
  // Memos erased with their note: a later edit of one (in this device's files, or a bundle) names no note, so the
  // memo itself must be in the filter.
  const erasedMemos = await db.memos.where('projectId').equals(projectId).filter(isErasedRow).primaryKeys();
  for (const id of erasedMemos) filter.records.add(rowKey('memos', id));
  return filter;
}
