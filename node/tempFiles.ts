/**
 * Our temp files and folders, and cleaning up after a run that was killed before it could remove its own.
 *
 * A temp name is `.tmp-<name>-<host>-<pid>-<random>`: hidden, with the prefix the sync folder's scanner and watcher
 * pass over (shared/sync/layout.ts), and saying which process on which computer made it (`host` is a short hash of
 * the computer's name, so a shared folder does not spell it out). A leftover is removed only when it is certainly
 * abandoned: made on this computer by a process that no longer runs, or untouched for `STALE_AFTER_MS` (a
 * process on another computer, or an older temp name without host and pid). Nothing else is ever touched.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEMP_PREFIX } from '../shared/sync/layout';

/** A temp file nobody has written to for this long belongs to no running write (they take seconds). */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Room for the prefix and suffix within the 255 bytes most file systems allow in a name. */
const MAX_NAME_PART = 120;

const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

/** Ours in any version: the prefix, then anything, then a dash and 12 hex digits. */
const OURS = /^\.tmp-.+-[0-9a-f]{12}$/;
/** Ours with the maker's host and process. */
const WITH_OWNER = /-([0-9a-f]{8})-(\d{1,10})-[0-9a-f]{12}$/;

export function tempName(baseName: string): string {
  const part = baseName.length > MAX_NAME_PART ? baseName.slice(0, MAX_NAME_PART) : baseName;
  return `${TEMP_PREFIX}${part}-${HOST_TAG}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Same folder as the target, so the rename never crosses file systems; hidden, and named with the prefix the sync
 * folder's scanner and watcher pass over, so neither a sync client nor another device takes it for a file.
 */
export function tempPathFor(targetPath: string): string {
  return path.join(path.dirname(targetPath), tempName(path.basename(targetPath)));
}

function processIsRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether an entry named `name`, last modified at `mtimeMs`, is a temp file or folder of ours that no run will finish. */
export function isAbandonedTemp(name: string, mtimeMs: number, now = Date.now()): boolean {
  if (!OURS.test(name)) return false;
  const owner = WITH_OWNER.exec(name);
  if (owner && owner[1] === HOST_TAG && !processIsRunning(Number(owner[2]))) return true;
  return now - mtimeMs > STALE_AFTER_MS;
}

/**
 * Removes abandoned temp entries of ours from `folder`: files, and with `folders` also staging folders (whose
 * content is ours too). Best effort and quiet: a leftover that cannot be removed now is tried again next time.
 */
export async function cleanStaleTempFiles(folder: string, options: { folders?: boolean } = {}): Promise<string[]> {
  let names: string[];
  try {
    names = (await fsp.readdir(folder)).filter((name) => OURS.test(name));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const entry = path.join(folder, name);
    try {
      const info = await fsp.lstat(entry);
      const kindOk = info.isFile() || (options.folders === true && info.isDirectory());
      if (!kindOk || !isAbandonedTemp(name, info.mtimeMs)) continue;
      await fsp.rm(entry, { recursive: info.isDirectory(), force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
