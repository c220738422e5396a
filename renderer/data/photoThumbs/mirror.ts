/**
 * The one place that keeps `photoThumbs` true to `photos` (architecture: Photos): a Dexie DBCore middleware, so
 * every write of a photo — a command, an undo, a sync batch, a bundle, an erasure, a table cleared — is mirrored
 * in the same transaction, whichever code wrote it, and nothing else needs to remember the table exists.
 *
 * It sits above Dexie's own middlewares (the default level), so its writes go down through the observability
 * middleware like any other: a live query reading `photoThumbs` re-runs when a photo changes. Dexie promises only
 * (no native ones): the mirror's requests must be made while the photo's transaction is still active.
 */
import Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { PHOTO_THUMBS_TABLE, thumbRowOf, type PhotoThumb } from './row';

const PHOTOS_TABLE = 'photos';

export const photoThumbsMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PhotoThumbsMirror',
  create(down) {
    // While an upgrade runs from before version 10, the table does not exist yet: nothing to mirror into.
    if (!down.schema.tables.some((table) => table.name === PHOTO_THUMBS_TABLE)) return {};
    return {
      // A write to photos must be able to write its mirror: the transaction takes the derived table too.
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(PHOTOS_TABLE) && !stores.includes(PHOTO_THUMBS_TABLE);
        return down.transaction(widen ? [...stores, PHOTO_THUMBS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== PHOTOS_TABLE) return table;
        const thumbs = down.table(PHOTO_THUMBS_TABLE);
        return {
          ...table,
          mutate: (req) => table.mutate(req).then((res) => mirror(thumbs, req, res).then(() => res)),
        };
      },
    };
  },
};

/** The same change in the derived table, after the photos' own (so a photo that failed to be written is skipped). */
function mirror(thumbs: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<unknown> {
  const trans = req.trans;
  switch (req.type) {
    case 'add':
    case 'put': {
      const rows: PhotoThumb[] = [];
      const gone: unknown[] = [];
      req.values.forEach((value, index) => {
        if (index in res.failures) return;
        const row = thumbRowOf(value);
        if (row) rows.push(row);
        else gone.push(req.keys?.[index] ?? (value as { id?: unknown }).id);
      });
      return Dexie.Promise.all([putRows(thumbs, trans, rows), deleteKeys(thumbs, trans, gone)]);
    }
    case 'delete':
      return deleteKeys(thumbs, trans, req.keys);
    case 'deleteRange':
      return thumbs.mutate({ type: 'deleteRange', trans, range: req.range });
  }
}

function putRows(thumbs: DBCoreTable, trans: DBCoreTransaction, rows: PhotoThumb[]): Promise<unknown> {
  return rows.length
    ? thumbs.mutate({ type: 'put', trans, values: rows }).then(failOnFailures)
    : Dexie.Promise.resolve();
}

function deleteKeys(thumbs: DBCoreTable, trans: DBCoreTransaction, keys: unknown[]): Promise<unknown> {
  const known = keys.filter((key) => key !== undefined);
  return known.length
    ? thumbs.mutate({ type: 'delete', trans, keys: known }).then(failOnFailures)
    : Dexie.Promise.resolve();
}

/**
 * Dexie reports a failed row of a bulk write in the response rather than rejecting: a mirror that missed a row
 * must fail the photo's write instead (so its transaction rolls back), or the two tables would disagree.
 */
function failOnFailures(res: DBCoreMutateResponse): Promise<unknown> {
  return res.numFailures ? Dexie.Promise.reject(Object.values(res.failures)[0]) : Dexie.Promise.resolve();
}
