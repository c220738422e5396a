/**
 * Version 10: a real version 9 database holding photos (every version block as it was) opens with a
 * `photoThumbs` row for each live photo, read from the stored photos a few at a time, and none for a removed or
 * erased one.
 */
import { describe, expect, it } from 'vitest';
import { erasedRow } from '../../../shared/sync/erasure';
import { FieldnotesDb } from '../db';
import { openLegacyDatabase } from '../legacySchemas.testkit';
import { FILL_CHUNK } from './fill';

/** A stored photo as version 9 kept it; every few without a thumbnail, as from before thumbnails. */
function storedPhoto(index: number) {
  const id = `photo-${String(index).padStart(3, '0')}`;
  return {
    id,
    projectId: index % 2 ? 'project-a' : 'project-b',
    sessionId: `session-${index % 3}`,
    createdAt: `2026-03-01T09:00:${String(index % 60).padStart(2, '0')}Z`,
    updatedAt: '2026-03-01T10:00:00Z',
    deleted: false,
    mime: 'image/jpeg',
    width: 800 + index,
    height: 600,
    data: `whole-photo-${index}`,
    caption: '',
    ...(index % 4 ? { thumb: `thumb-of-${index}` } : {}),
  };
}

describe('version 10: photo thumbnails of their own', () => {
  it('fills the table from every stored photo, across several chunks, leaving removed and erased ones out', async () => {
    const name = `upgrade-v9-${Math.random()}`;
    const photos = Array.from({ length: FILL_CHUNK * 2 + 3 }, (_, index) => storedPhoto(index));
    const v9 = await openLegacyDatabase(name, 9);
    await v9.table('photos').bulkAdd(photos);
    await v9.table('photos').put({ ...storedPhoto(900), deleted: true });
    await v9.table('photos').put(erasedRow('photos', 'photo-erased', 'project-a', '2026-03-02T09:00:00Z'));
    v9.close();

    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.photos.count()).toBe(photos.length + 2);
    const thumbs = await db.photoThumbs.toArray();
    expect(thumbs).toEqual(
      photos.map((photo) => ({
        id: photo.id,
        projectId: photo.projectId,
        sessionId: photo.sessionId,
        createdAt: photo.createdAt,
        width: photo.width,
        height: photo.height,
        ...(photo.thumb ? { thumb: photo.thumb } : {}),
      })),
    );
    expect(JSON.stringify(thumbs)).not.toContain('whole-photo');
    expect(await db.photoThumbs.where('sessionId').equals('session-1').count()).toBe(
      photos.filter((photo) => photo.sessionId === 'session-1').length,
    );
    db.close();
  });

  it('opens a version 9 database without photos with an empty table', async () => {
    const name = `upgrade-v9-empty-${Math.random()}`;
    (await openLegacyDatabase(name, 9)).close();
    const db = new FieldnotesDb(name);
    await db.open();
    expect(await db.photoThumbs.count()).toBe(0);
    db.close();
  });
});
