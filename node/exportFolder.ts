/**
 * "Export all" in the desktop app: every chosen format written into one new folder inside the folder the person
 * picked, all at once (stagedFolder.ts). A folder of that name already there is never touched: the new one is named
 * "<name> (2)", "(3)"… A failure part-way leaves no folder and no half of the files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileWriteError, fileWriteErrorFrom } from './fileWriteError';
import { stageFolder } from './stagedFolder';

export interface FolderFile {
  name: string;
  data: Uint8Array;
}

/** Beyond this many folders of one name the person has a naming problem, not a numbering one. */
const MAX_SUFFIX = 99;

async function exists(entry: string): Promise<boolean> {
  try {
    await fs.lstat(entry);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The first of "name", "name (2)", "name (3)"… that nothing in `parent` is called. */
export async function freeFolderName(parent: string, name: string): Promise<string> {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (!(await exists(path.join(parent, candidate)))) return candidate;
  }
  throw new FileWriteError('not-a-file', path.join(parent, name), { kind: 'names-taken', count: MAX_SUFFIX });
}

async function realFolder(parent: string): Promise<string> {
  const real = await fs.realpath(parent);
  if (!(await fs.stat(real)).isDirectory()) {
    throw new FileWriteError('no-folder', parent, { kind: 'parent-is-file' });
  }
  return real;
}

/** Writes `files` as the new folder `folderName` (or a free variant) in `parent`; the name it was given. */
export async function writeExportFolder(
  parent: string,
  folderName: string,
  files: readonly FolderFile[],
): Promise<string> {
  let staged;
  try {
    const folder = await realFolder(parent);
    staged = await stageFolder(folder, folderName);
    for (const file of files) await staged.write(file.name, file.data);
    const name = await freeFolderName(folder, folderName);
    await staged.publish(path.join(folder, name));
    return name;
  } catch (error) {
    await staged?.discard().catch(() => undefined);
    throw fileWriteErrorFrom(error, path.join(parent, folderName));
  }
}
