/**
 * Device-local settings: what a person sets on this device only (kept in `meta`, never a record, never synced as
 * one). Every such key lives here, so there is one place to see what a device remembers about its user.
 */
import type { FieldnotesDb } from './db';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales';

interface TextSetting {
  key: string;
  maxLength: number;
}

/**
 * The name this device shows to others in their sync status and in bundles ("Maria's laptop"); it travels inside
 * segment headers and bundle manifests.
 */
export const DEVICE_NAME: TextSetting = { key: 'sync:device-name', maxLength: 80 };
/** The name a person gives for "who mapped what" on this device; never exported, never synced. */
export const USER_NAME: TextSetting = { key: 'settings:userName', maxLength: 80 };

export async function loadTextSetting(db: FieldnotesDb, setting: TextSetting): Promise<string> {
  const entry = await db.meta.get(setting.key);
  return typeof entry?.value === 'string' ? entry.value : '';
}

/** Saves the text with runs of white space made one space, trimmed and cut to the setting's length; returns it. */
export async function saveTextSetting(db: FieldnotesDb, setting: TextSetting, text: string): Promise<string> {
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, setting.maxLength);
  await db.meta.put({ key: setting.key, value: clean });
  return clean;
}

/** The app's language on this device (architecture: Languages); English until a person chooses. */
const LANGUAGE_KEY = 'settings:language';

export async function loadLanguage(db: FieldnotesDb): Promise<Locale> {
  const entry = await db.meta.get(LANGUAGE_KEY);
  return isLocale(entry?.value) ? entry.value : DEFAULT_LOCALE;
}

export async function saveLanguage(db: FieldnotesDb, locale: Locale): Promise<void> {
  await db.meta.put({ key: LANGUAGE_KEY, value: locale });
}
