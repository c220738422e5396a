/**
 * The outbox: this device's changes not yet in the sync folder (`published` 0), packed into segments.
 *
 * Sequence numbers are reserved in the same transaction that reads the changes, before anything is written,
 * so a number is never used twice even if writing fails halfway (a reused number with other content would
 * look like two machines sharing one identity). Changes are marked published only after their segment is
 * safely in the folder; if that marking is lost, they are written again later, which is harmless.
 */
import { chunkChanges } from '../../../shared/sync/chunk';
import { encodeSegment, type EncodedSegment } from '../../../shared/sync/segment';
import type { FieldnotesDb } from '../db';
import { countUnpublished, unpublishedOf } from '../history/read';
import { markPublished as markStampsPublished } from '../history/write';
import { loadSyncState, saveSyncState, updateSyncState } from './syncMeta';

export interface OutgoingSegment {
  segment: EncodedSegment;
  hlcs: string[];
}

export function countWaiting(db: FieldnotesDb, projectId: string): Promise<number> {
  return countUnpublished(db, projectId);
}

/**
 * Read the project's unpublished changes and reserve sequence numbers for them. `minSeq` is the highest
 * number already in this device's folder (from the last scan), so a restored database never reuses one.
 *
 * Changes signed by this device always go out. Another device's (they came in a bundle) are relayed only when
 * `relayFor` says which devices have a folder of their own here, known once the folder has been scanned: every
 * device refuses a change found outside its signer's folder when that folder exists (see folderSync.ts), so a
 * relay of such a change would reach no one and only show as a forgery on every other device. Those are settled
 * here as published (their signer's folder carries them); changes of devices without a folder are relayed.
 */
export async function prepareOutgoing(
  db: FieldnotesDb,
  input: {
    projectId: string;
    deviceId: string;
    deviceName: string;
    now: string;
    minSeq?: number;
    relayFor?: { devicesWithFolder: ReadonlySet<string> };
  },
): Promise<OutgoingSegment[]> {
  const reserved = await db.transaction('rw', db.meta, db.changeBatches, async () => {
    const unpublished = await unpublishedOf(db, input.projectId);
    const relayFor = input.relayFor;
    const carriedElsewhere = relayFor
      ? unpublished.filter(
          (change) => change.deviceId !== input.deviceId && relayFor.devicesWithFolder.has(change.deviceId),
        )
      : [];
    if (carriedElsewhere.length) {
      await markStampsPublished(
        db,
        carriedElsewhere.map((change) => change.hlc),
      );
    }
    const waiting = unpublished.filter((change) =>
      change.deviceId === input.deviceId
        ? true
        : relayFor !== undefined && !relayFor.devicesWithFolder.has(change.deviceId),
    );
    if (!waiting.length) return [];
    waiting.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    const state = await loadSyncState(db, input.projectId);
    let seq = Math.max(state.lastSeq, input.minSeq ?? 0);
    const chunks = chunkChanges(waiting).map((changes) => ({ seq: ++seq, changes }));
    await saveSyncState(db, { ...state, lastSeq: seq });
    return chunks;
  });
  // Hashing is WebCrypto, whose promises would end a Dexie transaction early: encode outside it.
  return Promise.all(
    reserved.map(async ({ seq, changes }) => ({
      segment: await encodeSegment(
        {
          deviceId: input.deviceId,
          deviceName: input.deviceName,
          projectId: input.projectId,
          seq,
          createdAt: input.now,
        },
        changes,
      ),
      hlcs: changes.map((change) => change.hlc),
    })),
  );
}

/**
 * Before writing: remember the names as ours. A crash between writing a file and marking its changes
 * published must not leave a file of ours that we would later take for another machine's (see folderSync.ts).
 */
export async function rememberOwnNames(db: FieldnotesDb, projectId: string, names: readonly string[]): Promise<void> {
  if (!names.length) return;
  await updateSyncState(db, projectId, (state) => ({
    ...state,
    written: [...state.written, ...names.filter((name) => !state.written.includes(name))],
  }));
}

/** After the folder confirmed these segments: mark their changes published and index the files as read. */
export async function markPublished(
  db: FieldnotesDb,
  projectId: string,
  deviceId: string,
  written: readonly OutgoingSegment[],
): Promise<void> {
  if (!written.length) return;
  await db.transaction('rw', db.meta, db.changeBatches, async () => {
    await markStampsPublished(
      db,
      written.flatMap((entry) => entry.hlcs),
    );
    const state = await loadSyncState(db, projectId);
    const index = { ...state.index };
    for (const { segment } of written)
      index[`${deviceId}/${segment.name}`] = { size: segment.bytes.length, count: segment.count };
    await saveSyncState(db, { ...state, index });
  });
}
