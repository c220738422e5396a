/** The name this device shows to others (see settings.ts). */
import type { FieldnotesDb } from '../db';
import { DEVICE_NAME, loadTextSetting, saveTextSetting } from '../settings';

export const MAX_DEVICE_NAME = DEVICE_NAME.maxLength;

export function loadDeviceName(db: FieldnotesDb): Promise<string> {
  return loadTextSetting(db, DEVICE_NAME);
}

export function saveDeviceName(db: FieldnotesDb, name: string): Promise<string> {
  return saveTextSetting(db, DEVICE_NAME, name);
}
