/** Sync and bundles for the UI: the functions screens call. See each module's header for its contract. */
export { syncProject, COMPACT_AFTER_SEGMENTS, type SyncDeps, type SyncOptions, type SyncReport } from './syncProject';
export { getSyncStatus, setSyncFolderLabel } from './status';
export { purgeDevice } from './purge';
export { createSyncScheduler, type SchedulerOptions, type SyncScheduler } from './scheduler';
export { countWaiting } from './outbox';
export { loadOverwrites, loadSyncState, type ProjectSyncState } from './syncMeta';
export {
  exportBundle,
  bundleFileName,
  type BundleSelection,
  type ExportOptions,
  type ExportedBundle,
} from './bundleExport';
export { previewBundleImport, applyBundleImport, type ImportPreview } from './bundleImport';
export {
  isFolderSyncSupported,
  pickSyncFolder,
  ensureFolderPermission,
  saveFolderHandle,
  loadFolderHandle,
  createBrowserSyncPort,
  type DirectoryHandle,
} from './fsAccessFolder';
export { fieldClocks } from './history';
export { loadDeviceName, saveDeviceName, MAX_DEVICE_NAME } from './deviceName';
export { BundleError, isEncryptedBundle, BUNDLE_EXTENSION } from '../../../shared/sync/bundle';
export type { SyncFolderPort } from '../../../shared/sync/folderProtocol';
export type { SyncStatusSummary } from '../../../shared/sync/status';
export { listHeld, type HeldGroup } from './held';
export { acceptHeld, rejectHeld, type AcceptOutcome } from './heldReview';
