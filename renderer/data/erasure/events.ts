/**
 * Telling whoever holds words in memory that an erasure happened, once its transaction has committed: the
 * command runner (its undo and redo stacks), the board's suggested clusters (their worker and results), and any
 * other cache. In the same window through a listener set per database; in the app's other windows through a
 * BroadcastChannel, where there is one.
 */
import type { FieldnotesDb } from '../db';

/** What one erasure removed on this device: records (as `rowKey(table, id)`) and withdrawn participants. */
export interface ErasedSet {
  projectId: string;
  records: string[];
  participants: string[];
}

export type ErasedListener = (erased: ErasedSet) => void;

/** The ids of the notes an erasure removed. */
export function erasedNoteIds(erased: ErasedSet): string[] {
  const prefix = 'notes\u0000';
  return erased.records.flatMap((key) => (key.startsWith(prefix) ? [key.slice(prefix.length)] : []));
}

const listeners = new WeakMap<FieldnotesDb, Set<ErasedListener>>();
const channels = new Map<string, BroadcastChannel>();

function channelFor(db: FieldnotesDb): BroadcastChannel | null {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return null;
  let channel = channels.get(db.name);
  if (!channel) {
    channel = new BroadcastChannel(`fieldnotes-erased:${db.name}`);
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
    channels.set(db.name, channel);
  }
  return channel;
}

export function subscribeErased(db: FieldnotesDb, listener: ErasedListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  const channel = channelFor(db);
  const fromOtherWindow = (event: MessageEvent<ErasedSet>) => listener(event.data);
  channel?.addEventListener('message', fromOtherWindow);
  return () => {
    set.delete(listener);
    channel?.removeEventListener('message', fromOtherWindow);
  };
}

export function notifyErased(db: FieldnotesDb, erased: readonly ErasedSet[]): void {
  if (!erased.length) return;
  const channel = channelFor(db);
  for (const set of erased) {
    for (const listener of listeners.get(db) ?? []) listener(set);
    channel?.postMessage(set);
  }
}
