/**
 * Erasing a wall photo, proved by searching what is stored rather than by reading the code: after the erasure
 * the photo's bytes and thumbnail are in no table (the board's derived table of thumbnails included), no change
 * record (the outbox included), no undo or redo step, and no bundle made afterwards, and a bundle made before
 * cannot bring them back. Notes made from the photo keep
 * their words and lose their link to it — on the erasing device and on every device the erasure reaches, notes
 * that device made from the photo meanwhile included; a photo only removed keeps its links, for undo brings it back.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { JFIF, jpegBytes } from '../../../shared/photos/jpeg.testkit';
import { bytesToBase64 } from '../../../shared/photos/photoBytes';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { FieldnotesDb } from '../db';
import { listSessionPhotos } from '../queries';
import { exportBundle, type BundleSelection } from '../sync/bundleExport';
import { applyBundleImport, previewBundleImport } from '../sync/bundleImport';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica, snapshotOf } from '../sync/replica.testkit';
import { projectWithSession, inEnglish, historyInEnglish } from '../testing';
import { deleteNote } from './notes';
import { addNotesFromPhoto, addPhoto, erasePhoto, removePhoto, storePhotoThumbnail } from './photos';
import { storedHistory } from '../history/history.testkit';

/** A JPEG whose scan holds bytes nothing else in the store could hold by chance. */
function distinctivePhoto(seed = 0x2545f491): Uint8Array {
  const bytes = jpegBytes([JFIF], 6000);
  for (let i = 40; i < bytes.length - 2; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = 0x20 + ((seed >>> 16) % 0x5f); // never 0xff: no marker inside the scan
  }
  return bytes;
}

/** Every table of the database (records, change log with its outbox, meta, erasures) as one text. */
async function everythingStored(db: FieldnotesDb): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
}

/** Every entry of a bundle (zips within it opened too) as text. */
function bundleText(bytes: Uint8Array): string {
  const decoder = new TextDecoder();
  return Object.values(unzipSync(bytes))
    .map((entry) => (entry[0] === 0x50 && entry[1] === 0x4b ? bundleText(entry) : decoder.decode(entry)))
    .join('\n');
}

const region = { x: 10, y: 20, w: 300, h: 40 };

describe('erasing a photo', () => {
  it('leaves its bytes in no table, change record, outbox, undo step or later bundle', async () => {
    const here = createReplica('here');
    const { project, session } = await projectWithSession(here.runner);
    const bytes = distinctivePhoto();
    const encoded = bytesToBase64(bytes);
    // Two probes: the whole photo, and a slice of it (a copy cut short would still be found).
    const probes = [encoded, encoded.slice(4000, 4120)];
    const holds = (text: string) => probes.filter((probe) => text.includes(probe)).length;

    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes, width: 640, height: 480 });
    await addNotesFromPhoto(here.runner, photo.id, [{ text: 'More bus shelters', region }]);
    // The photo's history grows: removed, brought back by undo, so undo and redo steps name it.
    await removePhoto(here.runner, photo.id);
    await here.runner.undo();
    const sessionBundle: BundleSelection = { kind: 'sessions', projectId: project.id, sessionIds: [session.id] };
    const before = await exportBundle(here.runner, sessionBundle, { deviceName: 'Ana' });
    // The searches can find the bytes: in the store, the outbox and a bundle, before the erasure.
    expect(holds(await everythingStored(here.db))).toBe(2);
    expect(holds(JSON.stringify(await storedHistory(here.db).where('published').equals(0).toArray()))).toBe(2);
    expect(holds(bundleText(before.bytes))).toBe(2);

    await erasePhoto(here.runner, photo.id);
    expect(holds(await everythingStored(here.db))).toBe(0);
    expect(isErasedRow(await here.db.photos.get(photo.id))).toBe(true);
    expect(await listSessionPhotos(here.db, session.id)).toEqual([]);
    expect(historyInEnglish(here.runner).undo).not.toContain('Erase photo');

    // Undo everything, then redo everything: the photo never comes back, its bytes never return.
    for (let step = 0; (await here.runner.undo()) !== null && step < 20; step++) {
      expect(holds(await everythingStored(here.db))).toBe(0);
    }
    for (let step = 0; (await here.runner.redo()) !== null && step < 20; step++) {
      expect(holds(await everythingStored(here.db))).toBe(0);
    }
    expect(isErasedRow(await here.db.photos.get(photo.id))).toBe(true);

    for (const selection of [sessionBundle, { kind: 'project', projectId: project.id } satisfies BundleSelection]) {
      const after = await exportBundle(here.runner, selection, { deviceName: 'Ana' });
      expect(holds(bundleText(after.bytes))).toBe(0);
    }

    // The bundle made before the erasure, imported again here and on a device that had the erasure: no bytes.
    await applyBundleImport(here.runner, await previewBundleImport(here.db, before.bytes));
    expect(holds(await everythingStored(here.db))).toBe(0);
    const there = createReplica('there');
    const after = await exportBundle(here.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' });
    await applyBundleImport(there.runner, await previewBundleImport(there.db, after.bytes));
    await applyBundleImport(there.runner, await previewBundleImport(there.db, before.bytes));
    expect(holds(await everythingStored(there.db))).toBe(0);
    expect(isErasedRow(await there.db.photos.get(photo.id))).toBe(true);
    expect(await there.db.notes.count()).toBe(1);
    await closeReplicas(here, there);
  });

  it('leaves nothing of its thumbnail, one attached with it or one made later for a photo that came without', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { project, session } = await projectWithSession(here.runner);
    const thumbs = [distinctivePhoto(0x1234567), distinctivePhoto(0x7654321)];
    const probes = thumbs.map(bytesToBase64).flatMap((encoded) => [encoded, encoded.slice(3000, 3120)]);
    const holds = (text: string) => probes.filter((probe) => text.includes(probe)).length;
    const withThumb = await addPhoto(here.runner, {
      sessionId: session.id,
      bytes: jpegBytes(),
      width: 800,
      height: 600,
      thumb: thumbs[0],
    });
    // As from a version before thumbnails: the thumbnail is made when the photo is first shown, and kept.
    const without = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    expect(without.thumb).toBeUndefined();
    await storePhotoThumbnail(here.runner, without.id, thumbs[1]!);
    await storePhotoThumbnail(here.runner, without.id, distinctivePhoto(0x55aa55));
    expect((await here.db.photos.get(without.id))?.thumb).toBe(bytesToBase64(thumbs[1]!));
    expect(historyInEnglish(here.runner).undo).not.toContain('Make photo thumbnail');
    const whole: BundleSelection = { kind: 'project', projectId: project.id };
    const before = await exportBundle(here.runner, whole, { deviceName: 'Ana' });
    expect(holds(bundleText(before.bytes))).toBe(4);
    await applyBundleImport(there.runner, await previewBundleImport(there.db, before.bytes));
    expect((await listSessionPhotos(there.db, session.id)).map((photo) => photo.thumb)).toEqual(
      thumbs.map(bytesToBase64),
    );
    // The board's own table of thumbnails holds them too, on both devices: the searches below reach it.
    for (const db of [here.db, there.db]) expect(holds(JSON.stringify(await db.photoThumbs.toArray()))).toBe(4);

    await erasePhoto(here.runner, withThumb.id);
    await erasePhoto(here.runner, without.id);
    expect(holds(await everythingStored(here.db))).toBe(0);
    expect(await here.db.photoThumbs.count()).toBe(0);
    const after = await exportBundle(here.runner, whole, { deviceName: 'Ana' });
    expect(holds(bundleText(after.bytes))).toBe(0);
    // The erasure reaches the other device by bundle; the old bundle again brings nothing back there.
    await applyBundleImport(there.runner, await previewBundleImport(there.db, after.bytes));
    await applyBundleImport(there.runner, await previewBundleImport(there.db, before.bytes));
    expect(holds(await everythingStored(there.db))).toBe(0);
    expect(await there.db.photoThumbs.count()).toBe(0);
    // A thumbnail made late for an erased photo is not kept.
    await storePhotoThumbnail(there.runner, without.id, thumbs[1]!);
    expect(holds(await everythingStored(there.db))).toBe(0);
    await closeReplicas(here, there);
  });

  it('drops the link of every note made from it, deleted ones too, and keeps their words', async () => {
    const here = createReplica('here');
    const { session } = await projectWithSession(here.runner);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const other = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const [kept, dropped] = await addNotesFromPhoto(here.runner, photo.id, [
      { text: 'More bus shelters', region },
      { text: 'Lights in the park', region: { ...region, y: 80 } },
    ]);
    const [fromOther] = await addNotesFromPhoto(here.runner, other.id, [{ text: 'Safe crossing', region }]);
    await deleteNote(here.runner, dropped!.id);

    await erasePhoto(here.runner, photo.id);
    expect(await here.db.notes.get(kept!.id)).toMatchObject({ text: 'More bus shelters', photoRegion: null });
    expect(await here.db.notes.get(dropped!.id)).toMatchObject({ deleted: true, photoRegion: null });
    expect((await here.db.notes.get(fromOther!.id))?.photoRegion).toEqual({ photoId: other.id, ...region });
    // Undo brings the deleted note back, without the link; nothing brings the link back.
    expect(inEnglish(here.runner.history().undo.at(-1))).toBe('Delete note');
    await here.runner.undo();
    expect(await here.db.notes.get(dropped!.id)).toMatchObject({ deleted: false, photoRegion: null });
    await expect(erasePhoto(here.runner, photo.id)).rejects.toThrow('That photo no longer exists.');
    await closeReplicas(here);
  });

  it('is not what removing does: a removed photo keeps its notes linked, and undo brings it back', async () => {
    const here = createReplica('here');
    const { session } = await projectWithSession(here.runner);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const [note] = await addNotesFromPhoto(here.runner, photo.id, [{ text: 'More bus shelters', region }]);
    await removePhoto(here.runner, photo.id);
    expect(await listSessionPhotos(here.db, session.id)).toEqual([]);
    expect((await here.db.notes.get(note!.id))?.photoRegion?.photoId).toBe(photo.id);
    await here.runner.undo();
    expect((await listSessionPhotos(here.db, session.id)).map((p) => p.id)).toEqual([photo.id]);
    await closeReplicas(here);
  });

  it('drops the links on a device the erasure reaches by sync, notes it made from the photo meanwhile included', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { session } = await projectWithSession(here.runner);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const other = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const [shared] = await addNotesFromPhoto(here.runner, photo.id, [{ text: 'More bus shelters', region }]);
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });

    // Offline at the same time: here erases the photo; there reads more lines from it and deletes one of them.
    await erasePhoto(here.runner, photo.id);
    const [typed, deleted] = await addNotesFromPhoto(there.runner, photo.id, [
      { text: 'Lights in the park', region: { ...region, y: 80 } },
      { text: 'Benches at the stop', region: { ...region, y: 140 } },
    ]);
    const [fromOther] = await addNotesFromPhoto(there.runner, other.id, [{ text: 'Safe crossing', region }]);
    await deleteNote(there.runner, deleted!.id);
    const fromThere = await allChanges(there);

    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    expect(await listSessionPhotos(there.db, session.id)).toEqual([expect.objectContaining({ id: other.id })]);
    // The board's table of thumbnails follows the erasure that arrived by sync.
    expect((await there.db.photoThumbs.toArray()).map((row) => row.id)).toEqual([other.id]);
    for (const note of [shared!, typed!, deleted!]) {
      expect((await there.db.notes.get(note.id))?.photoRegion).toBeNull();
    }
    expect(await there.db.notes.get(typed!.id)).toMatchObject({ text: 'Lights in the park', deleted: false });
    expect((await there.db.notes.get(fromOther!.id))?.photoRegion).toEqual({ photoId: other.id, ...region });
    // No stored change names the erased photo any more, so nothing rebuilt from them brings a link back.
    const links = (await storedHistory(there.db).toArray()).filter(
      (change) => (change.fields.photoRegion as { photoId?: string } | null | undefined)?.photoId === photo.id,
    );
    expect(links).toEqual([]);

    // What there wrote before it heard of the erasure reaches the erasing device: the links are dropped there too.
    await applyRemoteChanges(here.db, fromThere, { published: 1 });
    expect((await here.db.notes.get(typed!.id))?.photoRegion).toBeNull();
    expect((await here.db.notes.get(fromOther!.id))?.photoRegion).toEqual({ photoId: other.id, ...region });
    expect(await snapshotOf(here)).toEqual(await snapshotOf(there));
    await closeReplicas(here, there);
  });

  it('drops the links on a device the erasure reaches by bundle', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { project, session } = await projectWithSession(here.runner);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const whole: BundleSelection = { kind: 'project', projectId: project.id };
    const before = await exportBundle(here.runner, whole, { deviceName: 'Ana' });
    await applyBundleImport(there.runner, await previewBundleImport(there.db, before.bytes));
    const [typed] = await addNotesFromPhoto(there.runner, photo.id, [{ text: 'Lights in the park', region }]);

    await erasePhoto(here.runner, photo.id);
    const after = await exportBundle(here.runner, whole, { deviceName: 'Ana' });
    await applyBundleImport(there.runner, await previewBundleImport(there.db, after.bytes));
    expect(isErasedRow(await there.db.photos.get(photo.id))).toBe(true);
    expect(await there.db.notes.get(typed!.id)).toMatchObject({ text: 'Lights in the park', photoRegion: null });
    // The old bundle, imported again, brings neither the photo nor a link back.
    await applyBundleImport(there.runner, await previewBundleImport(there.db, before.bytes));
    expect(await listSessionPhotos(there.db, session.id)).toEqual([]);
    expect((await there.db.notes.get(typed!.id))?.photoRegion).toBeNull();
    await closeReplicas(here, there);
  });
});
