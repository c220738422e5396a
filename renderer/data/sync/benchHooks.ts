/**
 * What the sync benchmark in Chromium (bench/syncBrowser.bench.ts) calls in the page: the app's own apply and
 * import paths on real IndexedDB, and the database class for its raw-Dexie baseline. Loaded only when the page
 * is opened with ?bench (renderer/main.tsx); nothing in the app imports it.
 */
export { FieldnotesDb } from '../db';
export { createCommandRunner } from '../commandRunner';
export { applyRemoteChanges } from './applyChanges';
export { applyBundleImport, previewBundleImport } from './bundleImport';
