/**
 * Test kit: a database as an older app version left it, declared with that version's schema blocks exactly as
 * they were (db.ts keeps every block for ever; these copies stay fixed so an upgrade is tested from what really
 * existed, not from today's declarations).
 */
import Dexie from 'dexie';

const LEGACY_BLOCKS: [version: number, stores: Record<string, string | null>][] = [
  [
    1,
    {
      meta: 'key',
      projects: 'id',
      groups: 'id, projectId',
      questions: 'id, projectId',
      sessions: 'id, projectId',
      participants: 'id, projectId, sessionId',
      notes: 'id, projectId, [sessionId+createdAt], themeId',
      themes: 'id, projectId',
      findings: 'id, projectId',
      changes: 'hlc, [table+rowId], projectId, published',
    },
  ],
  [2, { erasures: 'id, projectId' }],
  [3, { codingPasses: 'id, projectId, sessionId', codings: 'id, projectId, sessionId, noteId' }],
  [7, { photos: 'id, projectId, sessionId' }],
  [8, { memos: 'id, projectId, targetId' }],
  [9, { changes: null, changeBatches: 'id, projectId, &*hlcs, *rows, *unpublished' }],
];

/** Open a database named `name` at schema version `upTo`, as that version of the app would have. */
export async function openLegacyDatabase(name: string, upTo: 1 | 2 | 3 | 7 | 8 | 9): Promise<Dexie> {
  const db = new Dexie(name);
  for (const [version, stores] of LEGACY_BLOCKS) if (version <= upTo) db.version(version).stores(stores);
  await db.open();
  return db;
}
