/**
 * The name this device shows to others in their sync status and in bundles ("Maria's laptop"). Kept in `meta`
 * on this device only; it travels inside segment headers and bundle manifests, never as a record.
 */
import type { FieldnotesDb } from '../db';

export const DEVICE_NAME_KEY = 'sync:device-name';
export const MAX_DEVICE_NAME = 80;

export async function loadDeviceName(db: FieldnotesDb): Promise<string> {
  const entry = await db.meta.get(DEVICE_NAME_KEY);
  return typeof entry?.value === 'string' ? entry.value : '';
}

export async function saveDeviceName(db: FieldnotesDb, name: string): Promise<string> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_DEVICE_NAME);
  await db.meta.put({ key: DEVICE_NAME_KEY, value: clean });
  return clean;
}
