import { describe, expect, it } from 'vitest';
import { EXIF_WITH_GPS, JFIF, jpegBytes, oversizedJpeg } from '../../../shared/photos/jpeg.testkit';
import { bytesToBase64 } from '../../../shared/photos/photoBytes';
import { translator } from '../../../shared/i18n/translate';
import { wordsText } from '../../../shared/i18n/words';
import { isErasedRow } from '../../../shared/sync/erasure';
import { listSessionPhotos } from '../queries';
import { applyRemoteChanges } from '../sync/applyChanges';
import { allChanges, closeReplicas, createReplica } from '../sync/replica.testkit';
import { freshRunner, projectWithSession, inEnglish } from '../testing';
import { addNotesFromPhoto, addPhoto, erasePhoto, removePhoto } from './photos';
import { storedHistory } from '../history/history.testkit';

const region = { x: 10, y: 20, w: 300, h: 40 };

describe('photo commands', () => {
  it('store a clean JPEG with its change record, list it by session, and remove it', async () => {
    const { runner, db } = freshRunner();
    const { session } = await projectWithSession(runner);
    const photo = await addPhoto(runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    expect((await listSessionPhotos(db, session.id)).map((p) => p.id)).toEqual([photo.id]);
    const change = (await storedHistory(db).toArray()).find((c) => c.table === 'photos');
    expect(change?.fields.data).toBe(bytesToBase64(jpegBytes()));
    await removePhoto(runner, photo.id);
    expect(await listSessionPhotos(db, session.id)).toEqual([]);
  });

  it('refuse a photo carrying EXIF/GPS, one over the cap and one that is no JPEG, storing nothing', async () => {
    const { runner, db } = freshRunner();
    const { session } = await projectWithSession(runner);
    const base = { sessionId: session.id, width: 800, height: 600 };
    await expect(addPhoto(runner, { ...base, bytes: jpegBytes([JFIF, EXIF_WITH_GPS]) })).rejects.toThrow(
      /cannot be kept: the photo still carries EXIF metadata/,
    );
    await expect(addPhoto(runner, { ...base, bytes: oversizedJpeg() })).rejects.toThrow(/over the 1\.5 MB limit/);
    await expect(addPhoto(runner, { ...base, bytes: new Uint8Array([1, 2, 3, 4, 5]) })).rejects.toThrow(/not a JPEG/);
    expect(await db.photos.count()).toBe(0);
    expect((await storedHistory(db).toArray()).some((c) => c.table === 'photos')).toBe(false);
  });

  it('make notes of confirmed lines in one command, each linked to its box on the photo', async () => {
    const { runner, db } = freshRunner();
    const { session } = await projectWithSession(runner);
    const photo = await addPhoto(runner, { sessionId: session.id, bytes: jpegBytes(), width: 800, height: 600 });
    const notes = await addNotesFromPhoto(runner, photo.id, [
      { text: 'More lighting on Elm St', region },
      { text: '  Bus shelters  ', region: { ...region, y: 80 } },
    ]);
    expect(notes.map((n) => n.text)).toEqual(['More lighting on Elm St', 'Bus shelters']);
    expect((await db.notes.get(notes[1]!.id))?.photoRegion).toEqual({ photoId: photo.id, ...region, y: 80 });
    expect(inEnglish(runner.history().undo.at(-1))).toBe('Add 2 notes from photo');
    await expect(addNotesFromPhoto(runner, photo.id, [{ text: '   ', region }])).rejects.toThrow(/cannot be empty/);
    expect(await db.notes.count()).toBe(2);
  });
});

describe('photos in sync', () => {
  it('reach another device, and an erasure removes their bytes from both', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { session } = await projectWithSession(here.runner);
    const bytes = jpegBytes([JFIF], 5000);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes, width: 640, height: 480 });
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    expect((await there.db.photos.get(photo.id))?.data).toBe(bytesToBase64(bytes));

    await erasePhoto(here.runner, photo.id);
    await applyRemoteChanges(there.db, await allChanges(here), { published: 1 });
    const encoded = bytesToBase64(bytes);
    for (const replica of [here, there]) {
      const stored = JSON.stringify([await replica.db.photos.toArray(), await storedHistory(replica.db).toArray()]);
      expect(stored.includes(encoded)).toBe(false);
      expect(isErasedRow((await replica.db.photos.get(photo.id))!)).toBe(true);
    }
    await closeReplicas(here, there);
  });

  it('refuse a photo from another device that is over the cap or carries GPS, saying why', async () => {
    const here = createReplica('here');
    const there = createReplica('there');
    const { session } = await projectWithSession(here.runner);
    const photo = await addPhoto(here.runner, { sessionId: session.id, bytes: jpegBytes(), width: 640, height: 480 });
    const changes = await allChanges(here);
    const forged = changes.map((c) =>
      c.rowId === photo.id
        ? { ...c, fields: { ...c.fields, data: bytesToBase64(jpegBytes([JFIF, EXIF_WITH_GPS])) } }
        : c,
    );
    const report = await applyRemoteChanges(there.db, forged, { published: 1 });
    expect(report.rejected).toBe(1);
    const refused = report.problems.find((p) => p.kind === 'invalid-changes')?.reason;
    expect(refused && wordsText(refused)).toMatch(/a photo was refused: the photo still carries EXIF metadata/);
    expect(refused && wordsText(refused, translator('fr-CA'))).toMatch(/^une photo a été refusée\u00a0: /);
    expect(await there.db.photos.count()).toBe(0);
    expect(await there.db.sessions.count()).toBe(1);
    await closeReplicas(here, there);
  });
});
