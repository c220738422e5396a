/**
 * A new device's folder made all at once: its segments are written into a hidden staging folder beside where the
 * device folder belongs (`<project>/v1/devices/.tmp-<device>-…`), each flushed to disk, and `publish` renames the
 * staging folder into place in one step. Until then no reader sees any of it (the scanner and the watcher pass over
 * `.tmp-` names), so a run that is killed or fails leaves nothing visible; its staging folder is removed by the next
 * run that stages into the same project (node/tempFiles.ts decides what is abandoned).
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { DEVICES_DIR, LAYOUT_DIR } from '../../shared/sync/layout';
import { cleanStaleTempFiles, tempName } from '../tempFiles';
import { checkSegment, ensureRealFolders } from './nodeFolder';

export interface DeviceStaging {
  /** Writes one file (a segment) into the staging folder, flushed to disk. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Puts the device folder in place, with everything written so far. */
  publish(): Promise<void>;
  /** Removes the staging folder and everything in it. */
  discard(): Promise<void>;
}

async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function stageDeviceFolder(root: string, projectId: string, deviceId: string): Promise<DeviceStaging> {
  const devices = await ensureRealFolders(root, [projectId, LAYOUT_DIR, DEVICES_DIR]);
  await cleanStaleTempFiles(devices, { folders: true });
  const staging = path.join(devices, tempName(checkSegment(deviceId)));
  const target = path.join(devices, deviceId);
  await fs.mkdir(staging);
  return {
    async write(name, bytes) {
      const handle = await fs.open(path.join(staging, checkSegment(name)), 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async publish() {
      await syncFolder(staging).catch(() => undefined);
      await fs.rename(staging, target);
      await syncFolder(devices).catch(() => undefined);
    },
    discard: () => fs.rm(staging, { recursive: true, force: true }),
  };
}
