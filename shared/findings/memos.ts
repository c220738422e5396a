/**
 * The memos part of the findings document (architecture: Memos): the memos that passed the privacy gate, oldest
 * first, each with its author numbered in order of first appearance ("author 1", "author 2"), as the mapping log
 * numbers mappers, so a reader sees that different people wrote without anyone being named. Absent when there are
 * no memos, so documents of projects without memos stay as they were.
 */
import type { DocumentMemo, FindingsDocument } from './documentSchema';
import { compareCodeUnits, type FindingsSnapshot } from './snapshot';

export function memosPart(snapshot: FindingsSnapshot): Pick<FindingsDocument, 'memos'> {
  if (!snapshot.memos?.length) return {};
  const numbers = new Map<string, number>();
  const authorOf = (deviceId: string) => {
    if (!numbers.has(deviceId)) numbers.set(deviceId, numbers.size + 1);
    return `author ${numbers.get(deviceId)}`;
  };
  const memos = [...snapshot.memos]
    .sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id))
    .map((m): DocumentMemo => ({
      id: m.id,
      target: m.target,
      targetId: m.targetId,
      title: m.title,
      text: m.text,
      author: authorOf(m.authorDeviceId),
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    }));
  return { memos };
}
