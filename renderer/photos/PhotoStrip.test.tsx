/**
 * The whole project's board, in jsdom on a real (fake-indexeddb) store: its photo strip shows each photo's stored
 * thumbnail from `photoThumbs` without reading the photos' bytes; only a photo that came without a thumbnail is
 * read whole (to make one), and once one is kept the strip shows it. Reads are watched at Dexie's core, where
 * every read of the store passes.
 */
import { render, screen, waitFor } from '@testing-library/react';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataProvider } from '../app/DataContext';
import { JFIF, jpegBytes } from '../../shared/photos/jpeg.testkit';
import { addPhoto, storePhotoThumbnail } from '../data/commands/photos';
import { createSession } from '../data/commands/sessions';
import { freshRunner, projectWithSession } from '../data/testing';
import { ProjectPhotoStrip } from './PhotoStrip';

/** What was read from the photos table: the keys of single reads, and any read of many. */
function watchPhotoReads(): { middleware: Middleware<DBCore>; keys: unknown[]; wide: string[] } {
  const keys: unknown[] = [];
  const wide: string[] = [];
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'WatchPhotoReads',
    level: 20,
    create: (down) => ({
      table(name) {
        const table = down.table(name);
        if (name !== 'photos') return table;
        return {
          ...table,
          get: (req) => (keys.push(req.key), table.get(req)),
          getMany: (req) => (keys.push(...req.keys), table.getMany(req)),
          query: (req) => (wide.push('query'), table.query(req)),
          openCursor: (req) => (wide.push('openCursor'), table.openCursor(req)),
        };
      },
    }),
  };
  return { middleware, keys, wide };
}

/** jsdom makes no object URLs: these remember which bytes each one shows. */
const shown = new Map<string, Blob>();
let made = 0;
beforeEach(() => {
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${made++}`;
    shown.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void shown.delete(url);
});
afterEach(() => shown.clear());

async function bytesShown(image: HTMLElement): Promise<number[]> {
  const blob = shown.get(image.getAttribute('src') ?? '');
  return blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
}

const thumbBytes = (fill: number) => jpegBytes([JFIF], 200).fill(fill, 30, 220);

describe('the whole project’s photo strip', () => {
  it('shows stored thumbnails without reading photos whole, and reads only a photo that has none', async () => {
    const { db, runner } = freshRunner();
    const reads = watchPhotoReads();
    db.use(reads.middleware);
    const { project, session } = await projectWithSession(runner);
    const other = await createSession(runner, project.id, { title: 'Youth' });
    const photo = { bytes: jpegBytes([JFIF], 5000), width: 800, height: 600 };
    await addPhoto(runner, { ...photo, sessionId: session.id, thumb: thumbBytes(0x41) });
    const older = await addPhoto(runner, { ...photo, sessionId: session.id });
    await addPhoto(runner, { ...photo, sessionId: other.id, thumb: thumbBytes(0x42) });
    reads.keys.length = 0;
    reads.wide.length = 0;

    render(
      <DataProvider value={{ db, runner }}>
        <ProjectPhotoStrip
          projectId={project.id}
          sessions={[
            { id: session.id, title: 'Seniors', href: '#/seniors' },
            { id: other.id, title: 'Youth', href: '#/youth' },
          ]}
        />
      </DataProvider>,
    );
    const first = await screen.findByRole('img', { name: 'Wall photo 1 of Seniors' }, { timeout: 10_000 });
    await waitFor(async () => expect(await bytesShown(first)).toEqual([...thumbBytes(0x41)]));
    const youth = screen.getByRole('img', { name: 'Wall photo 1 of Youth' });
    await waitFor(async () => expect(await bytesShown(youth)).toEqual([...thumbBytes(0x42)]));
    // The photo from before thumbnails is read whole to make one (jsdom cannot draw it, so none is shown yet).
    await waitFor(() => expect(reads.keys).toContain(older.id));
    expect(new Set(reads.keys)).toEqual(new Set([older.id]));
    expect(reads.wide).toEqual([]);
    const pending = screen.getByRole('img', { name: 'Wall photo 2 of Seniors' });
    expect(pending.tagName).toBe('SPAN');
    expect(pending.getAttribute('aria-busy')).toBe('true');

    // Once its thumbnail is kept, the strip shows it from the derived table.
    await storePhotoThumbnail(runner, older.id, thumbBytes(0x43));
    await waitFor(async () =>
      expect(await bytesShown(screen.getByRole('img', { name: 'Wall photo 2 of Seniors' }))).toEqual([
        ...thumbBytes(0x43),
      ]),
    );
    db.close();
  });
});
