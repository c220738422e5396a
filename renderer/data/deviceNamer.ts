/**
 * "Who mapped what": the name a person gives on this device (a device-local setting, never synced or exported),
 * names of other devices that sync has learnt, and otherwise the device id.
 */
import { DEVICE_KEY } from './commandRunner';
import type { FieldnotesDb } from './db';
import type { NameOfDevice } from './findingsSnapshot';
import { loadTextSetting, saveTextSetting, USER_NAME } from './settings';
import { loadSyncState } from './sync/syncMeta';

export function loadUserName(db: FieldnotesDb): Promise<string> {
  return loadTextSetting(db, USER_NAME);
}

export async function saveUserName(db: FieldnotesDb, name: string): Promise<void> {
  await saveTextSetting(db, USER_NAME, name);
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
