/**
 * The sync folder on a real disk, for Electron's main process (behind IPC) and the CLI.
 * The logic is shared/sync/folderSync.ts; this supplies Node's file system to it.
 */
import { createFolderSync } from '../../shared/sync/folderSync';
import type { SyncFolderPort } from '../../shared/sync/folderProtocol';
import { nodeFolderAccess, type NodeFolderOptions } from './nodeFolder';

export function createNodeSyncFolder(root: string, options?: NodeFolderOptions): SyncFolderPort {
  return createFolderSync(nodeFolderAccess(root, options));
}

export { nodeFolderAccess } from './nodeFolder';
export { watchFolder } from './watch';
