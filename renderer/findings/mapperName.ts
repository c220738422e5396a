/**
 * "Who mapped what": the name a person gives on this device (kept in `meta`, local only, never synced or
 * exported), names of other devices that sync has learnt, and otherwise the device id.
 */
import { DEVICE_KEY } from '../data/commandRunner';
import type { FieldnotesDb } from '../data/db';
import { loadSyncState } from '../data/sync/syncMeta';
import type { NameOfDevice } from '../data/findingsSnapshot';

export const USER_NAME_KEY = 'settings:userName';
const MAX_NAME = 80;

export async function loadUserName(db: FieldnotesDb): Promise<string> {
  const entry = await db.meta.get(USER_NAME_KEY);
  return typeof entry?.value === 'string' ? entry.value : '';
}

export async function saveUserName(db: FieldnotesDb, name: string): Promise<void> {
  await db.meta.put({ key: USER_NAME_KEY, value: name.trim().slice(0, MAX_NAME) });
}

export async function deviceNamer(db: FieldnotesDb, projectId: string): Promise<NameOfDevice> {
  const own = await db.meta.get(DEVICE_KEY);
  const ownId = typeof own?.value === 'string' ? own.value : '';
  const userName = await loadUserName(db);
  // Sync's memory of other devices is optional here: a project that never synced has none.
  const devices = await loadSyncState(db, projectId)
    .then((state) => state.devices)
    .catch(() => ({}) as Record<string, { name?: string }>);
  return (deviceId) => {
    if (deviceId === ownId && userName) return userName;
    const seen = (devices as Record<string, { name?: string } | undefined>)[deviceId]?.name?.trim();
    return seen || `device ${deviceId}`;
  };
}
