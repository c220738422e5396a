/** The sync feature's public surface: what the app shell and other features may import from it. */
export { ImportBundleDialog } from './ImportBundleDialog';
export { SyncRoute } from './SyncRoute';
export { BackgroundSync } from './syncRuntime';
