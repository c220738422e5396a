/**
 * A new device's folder made all at once (stagedFolder.ts): its segments are written into a hidden staging folder beside where the
 * device folder belongs (`<project>/v1/devices/.tmp-<device>-…`), each flushed to disk, and `publish` renames the
 * staging folder into place in one step. Until then no reader sees any of it (the scanner and the watcher pass over
 * `.tmp-` names), so a run that is killed or fails leaves nothing visible; its staging folder is removed by the next
 * run that stages into the same project (node/tempFiles.ts decides what is abandoned).
 */
import path from 'node:path';
import { DEVICES_DIR, LAYOUT_DIR } from '../../shared/sync/layout';
import { stageFolder } from '../stagedFolder';
import { checkSegment, ensureRealFolders } from './nodeFolder';

export interface DeviceStaging {
  /** Writes one file (a segment) into the staging folder, flushed to disk. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Puts the device folder in place, with everything written so far. */
  publish(): Promise<void>;
  /** Removes the staging folder and everything in it. */
  discard(): Promise<void>;
}

export async function stageDeviceFolder(root: string, projectId: string, deviceId: string): Promise<DeviceStaging> {
  const devices = await ensureRealFolders(root, [projectId, LAYOUT_DIR, DEVICES_DIR]);
  const staged = await stageFolder(devices, checkSegment(deviceId));
  const target = path.join(devices, deviceId);
  return {
    write: (name, bytes) => staged.write(checkSegment(name), bytes),
    publish: () => staged.publish(target),
    discard: () => staged.discard(),
  };
}
