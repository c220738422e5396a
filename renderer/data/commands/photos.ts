/**
 * Session photos (architecture: Photos): attaching one, captioning, removing, erasing, and turning the lines text
 * recognition found on it into notes. The photo arrives already re-encoded by the photos feature (scaled down, no
 * metadata); the command checks it again, so nothing over the cap or carrying EXIF/GPS is ever stored.
 */
import { newId } from '../../../shared/domain/ids';
import type { Note, Photo, PhotoRegion } from '../../../shared/domain/schemas';
import { bytesToBase64, photoBytesProblem, thumbBytesProblem } from '../../../shared/photos/photoBytes';
import { isErasedRow } from '../../../shared/sync/erasure';
import type { CommandLabel, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';
import { checkNoteText } from './notes';

export interface PhotoInput {
  sessionId: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The small copy for the board and lists (thumbnail.ts in the photos feature). */
  thumb?: Uint8Array;
  caption?: string;
}

export function addPhoto(runner: CommandRunner, input: PhotoInput): Promise<Photo> {
  const problem = photoBytesProblem(input.bytes) ?? (input.thumb ? thumbBytesProblem(input.thumb) : null);
  if (problem) return Promise.reject(new DataError('invalid', `This photo cannot be kept: ${problem}.`));
  return runner.run(
    { id: 'commands.attachPhoto', subject: 'photo' },
    async (ctx) => {
      const session = await ctx.require('sessions', input.sessionId, 'session');
      return ctx.insert('photos', {
        id: newId(),
        projectId: session.projectId,
        sessionId: session.id,
        mime: 'image/jpeg',
        width: input.width,
        height: input.height,
        data: bytesToBase64(input.bytes),
        ...(input.thumb ? { thumb: bytesToBase64(input.thumb) } : {}),
        caption: input.caption?.trim() ?? '',
      });
    },
    { tables: ['sessions', 'photos'] },
  );
}

/**
 * Keeps the thumbnail made for a photo that arrived without one (from a version before thumbnails), so it is
 * made once. Not an undoable step: nobody asked for it, and undoing it would only make it again. A photo removed
 * or erased meanwhile is left as it is.
 */
export async function storePhotoThumbnail(runner: CommandRunner, photoId: string, thumb: Uint8Array): Promise<void> {
  const problem = thumbBytesProblem(thumb);
  if (problem) throw new DataError('invalid', `This thumbnail cannot be kept: ${problem}.`);
  await runner.run(
    { id: 'commands.makePhotoThumbnail', subject: 'photo' },
    async (ctx) => {
      const photo = await ctx.get('photos', photoId);
      if (!photo || photo.deleted || isErasedRow(photo) || photo.thumb) return;
      await ctx.update('photos', photoId, { thumb: bytesToBase64(thumb) });
    },
    { undoable: false },
  );
}

export function removePhoto(runner: CommandRunner, photoId: string): Promise<void> {
  return runner.run({ id: 'commands.removePhoto', subject: 'photo' }, (ctx) => ctx.remove('photos', photoId), {
    tables: ['photos'],
  });
}

/**
 * Erase a photo for ever (someone can be recognised on it): its bytes leave this device's records and history
 * and every device that syncs, like an erased note. Notes made from it keep their text and lose their link to it
 * in the same command, so no note points at a photo that is gone (a removed photo keeps its links: undo brings
 * it back).
 */
export function erasePhoto(runner: CommandRunner, photoId: string): Promise<void> {
  return runner.run(
    { id: 'commands.erasePhoto', subject: 'photo' },
    async (ctx) => {
      const photo = await ctx.get('photos', photoId);
      if (!photo || isErasedRow(photo)) throw new DataError('not-found', 'That photo no longer exists.');
      const linked = await ctx.db.notes
        .where('projectId')
        .equals(photo.projectId)
        .filter((note) => note.photoRegion?.photoId === photoId && !isErasedRow(note))
        .toArray();
      for (const note of linked) {
        if (!note.deleted) {
          await ctx.update('notes', note.id, { photoRegion: null });
          continue;
        }
        // A deleted note can come back by undo: it must come back without the link. `update` refuses
        // tombstones on purpose, so the note is revived, unlinked and deleted again, all in this transaction.
        await ctx.revive('notes', note.id);
        await ctx.update('notes', note.id, { photoRegion: null });
        await ctx.remove('notes', note.id);
      }
      await ctx.erase({
        projectId: photo.projectId,
        reason: 'erased-by-facilitator',
        records: [{ table: 'photos', id: photoId }],
      });
    },
    { undoable: false },
  );
}

/** One line recognised on a photo, as the facilitator confirmed or edited it. */
export interface ConfirmedLine {
  text: string;
  region: Omit<PhotoRegion, 'photoId'>;
}

/** Makes notes of confirmed lines of a photo, in one transaction, each linked to the box it was read from. */
export function addNotesFromPhoto(
  runner: CommandRunner,
  photoId: string,
  lines: readonly ConfirmedLine[],
): Promise<Note[]> {
  let texts: string[];
  try {
    texts = lines.map((line) => checkNoteText(line.text));
  } catch (error) {
    return Promise.reject(error);
  }
  const label: CommandLabel = { id: 'commands.addNotesFromPhoto', values: { count: lines.length }, subject: 'note' };
  return runner.run(label, async (ctx) => {
    const photo = await ctx.require('photos', photoId, 'photo');
    await ctx.require('sessions', photo.sessionId, 'session');
    const notes: Note[] = [];
    for (const [index, line] of lines.entries()) {
      notes.push(
        await ctx.insert('notes', {
          id: newId(),
          projectId: photo.projectId,
          sessionId: photo.sessionId,
          text: texts[index]!,
          photoRegion: { photoId, ...line.region },
        }),
      );
    }
    return notes;
  });
}
