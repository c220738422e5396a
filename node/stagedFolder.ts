/**
 * A folder made all at once: files are written into a hidden staging folder beside where the folder belongs, each
 * flushed to disk, and `publish` renames the staging folder into place in one step. Until then nobody sees any of it
 * (the `.tmp-` prefix is what the sync scanner and watcher pass over), so a run that is killed or fails leaves nothing
 * visible; an abandoned staging folder is removed by the next run that stages into the same parent (tempFiles.ts).
 * Used for a new device's sync folder and for "Export all" into a folder.
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { cleanStaleTempFiles, tempName } from './tempFiles';

export interface StagedFolder {
  /** Writes one file into the staging folder, flushed to disk. `name` must be a plain file name. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Renames the staging folder to `target` (in the same parent) with everything written so far. */
  publish(target: string): Promise<void>;
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

function plainName(name: string): string {
  if (!name || name === '.' || name === '..' || name !== path.basename(name) || name.includes('\\')) {
    throw new Error(`not a plain file name: ${JSON.stringify(name)}`);
  }
  return name;
}

/** `parent` must be a real folder; `baseName` only names the staging folder (for a person looking at a leftover). */
export async function stageFolder(parent: string, baseName: string): Promise<StagedFolder> {
  await cleanStaleTempFiles(parent, { folders: true });
  const staging = path.join(parent, tempName(baseName));
  await fs.mkdir(staging);
  return {
    async write(name, bytes) {
      // 'wx': a name written twice is a caller's bug, never a silent overwrite.
      const handle = await fs.open(path.join(staging, plainName(name)), 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async publish(target) {
      await syncFolder(staging).catch(() => undefined);
      await fs.rename(staging, target);
      await syncFolder(parent).catch(() => undefined);
    },
    discard: () => fs.rm(staging, { recursive: true, force: true }),
  };
}
