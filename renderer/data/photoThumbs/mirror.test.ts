/**
 * The derived `photoThumbs` table follows every write of a photo, whoever writes it: commands, undo, sync, a
 * table cleared, and raw Dexie writes the commands never make. Checked by reading the table, not the code.
 */
import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { JFIF, jpegBytes } from '../../../shared/photos/jpeg.testkit';
import { bytesToBase64 } from '../../../shared/photos/photoBytes';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica } from '../sync/replica.testkit';
import { freshRunner, projectWithSession } from '../testing';
import { addPhoto, removePhoto, storePhotoThumbnail } from '../commands/photos';
import type { FieldnotesDb } from '../db';

const thumbBytes = (fill: number) => jpegBytes([JFIF], 200).fill(fill, 30, 220);

/** A photo of an 800 × 600 wall with a thumbnail filled with `fill`, as the photo panel attaches one. */
const addWallPhoto = (runner: Parameters<typeof addPhoto>[0], sessionId: string, fill: number) =>
  addPhoto(runner, { sessionId, bytes: jpegBytes(), width: 800, height: 600, thumb: thumbBytes(fill) });

const thumbsOf = async (db: FieldnotesDb) => (await db.photoThumbs.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the photo thumbnails table', () => {
  it('holds a row for each live photo, without its bytes, as commands and undo change it', async () => {
    const here = createReplica('here');
    const { project, session } = await projectWithSession(here.runner);
    const thumb = thumbBytes(0x41);
    const photo = await addPhoto(here.runner, {
      sessionId: session.id,
      bytes: jpegBytes([JFIF], 4000),
      width: 800,
      height: 600,
      thumb,
    });
    expect(await thumbsOf(here.db)).toEqual([
      {
        id: photo.id,
        projectId: project.id,
        sessionId: session.id,
        createdAt: photo.createdAt,
        width: 800,
        height: 600,
        thumb: bytesToBase64(thumb),
      },
    ]);
    expect(JSON.stringify(await here.db.photoThumbs.toArray())).not.toContain(photo.data);

    // A photo from before thumbnails has a row without one, until one is made and kept.
    const older = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 40, height: 30 });
    expect((await here.db.photoThumbs.get(older.id))?.thumb).toBeUndefined();
    await storePhotoThumbnail(here.runner, older.id, thumbBytes(0x42));
    expect((await here.db.photoThumbs.get(older.id))?.thumb).toBe(bytesToBase64(thumbBytes(0x42)));

    // Removed: no row; undo brings the photo back, and its row.
    await removePhoto(here.runner, photo.id);
    expect((await thumbsOf(here.db)).map((row) => row.id)).toEqual([older.id]);
    await here.runner.undo();
    expect((await here.db.photoThumbs.get(photo.id))?.thumb).toBe(bytesToBase64(thumb));
    await closeReplicas(here);
  });

  it('follows photos that arrive by sync, and a photos table written or cleared directly', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { session } = await projectWithSession(here.runner);
    const photo = await addWallPhoto(here.runner, session.id, 0x43);
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    expect(await thumbsOf(there.db)).toEqual(await thumbsOf(here.db));

    // Writes the commands never make, so the mirror cannot depend on how a photo is written.
    await there.db.photos.update(photo.id, { width: 1024 });
    expect((await there.db.photoThumbs.get(photo.id))?.width).toBe(1024);
    await there.db.photos.bulkPut([
      { ...photo, id: 'copy-1' },
      { ...photo, id: 'copy-2', deleted: true },
    ]);
    expect((await thumbsOf(there.db)).map((row) => row.id)).toEqual(['copy-1', photo.id].sort());
    await there.db.photos.where('id').equals('copy-1').delete();
    expect((await thumbsOf(there.db)).map((row) => row.id)).toEqual([photo.id]);
    await there.db.photos.clear();
    expect(await there.db.photoThumbs.count()).toBe(0);
    await closeReplicas(here, there);
  });

  it('keeps a photo and its row together when the write fails', async () => {
    const here = createReplica('here');
    const { session } = await projectWithSession(here.runner);
    const photo = await addWallPhoto(here.runner, session.id, 0x44);
    // Adding a photo whose id is taken fails, and the row stays the stored photo's.
    await expect(here.db.photos.add({ ...photo, width: 10, thumb: undefined })).rejects.toThrow();
    expect((await here.db.photoThumbs.get(photo.id))?.width).toBe(800);
    // A transaction that fails after writing a photo leaves neither the photo nor its row.
    await expect(
      here.db.transaction('rw', here.db.photos, async () => {
        await here.db.photos.put({ ...photo, id: 'rolled-back' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await here.db.photoThumbs.get('rolled-back')).toBeUndefined();
    await closeReplicas(here);
  });

  it('fails the photo’s write, and rolls it back, when its row cannot be written', async () => {
    const { db, runner } = freshRunner();
    // Below the mirror: the derived table refuses every row, as a bulk write reports a row that failed.
    db.use({
      stack: 'dbcore',
      name: 'RefuseThumbRows',
      level: 5,
      create: (down) => ({
        table(name) {
          const table = down.table(name);
          if (name !== 'photoThumbs') return table;
          return {
            ...table,
            mutate: (req) =>
              req.type === 'put'
                ? Dexie.Promise.resolve({ numFailures: 1, failures: { 0: new Error('row refused') }, lastResult: null })
                : table.mutate(req),
          };
        },
      }),
    });
    const { session } = await projectWithSession(runner);
    await expect(
      addPhoto(runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 }),
    ).rejects.toThrow();
    expect(await db.photos.count()).toBe(0);
    expect(await db.photoThumbs.count()).toBe(0);
    db.close();
  });

  it('tells a live query reading it when a photo is added', async () => {
    const here = createReplica('here');
    const { session } = await projectWithSession(here.runner);
    const seen: number[] = [];
    const subscription = liveQuery(() => here.db.photoThumbs.where('sessionId').equals(session.id).count()).subscribe(
      (count) => seen.push(count),
    );
    await expect.poll(() => seen).toEqual([0]);
    await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    await expect.poll(() => seen).toEqual([0, 1]);
    subscription.unsubscribe();
    await closeReplicas(here);
  });
});
