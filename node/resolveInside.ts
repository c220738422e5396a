/**
 * Confining a file name to a folder: `resolveInside` returns a path inside `root` or throws `PathOutsideError`;
 * it refuses `..`, absolute names (in either the POSIX or the Windows convention) and symbolic links that lead
 * out of the folder.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export class PathOutsideError extends Error {
  constructor(readonly refusedName: string) {
    super(`Refused "${refusedName}": it points outside the chosen folder.`);
    this.name = 'PathOutsideError';
  }
}

function isInsideLexically(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path of `target`, or of its nearest existing ancestor joined with the part that does not exist yet. */
async function realPathOfPossiblyMissing(target: string): Promise<string> {
  try {
    return await fsp.realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const parent = path.dirname(target);
    if (parent === target) throw error;
    return path.join(await realPathOfPossiblyMissing(parent), path.basename(target));
  }
}

export async function resolveInside(root: string, name: string): Promise<string> {
  // Absolute in either convention: a Windows drive or UNC path must be refused on every platform.
  if (name.includes('\0') || path.isAbsolute(name) || path.win32.isAbsolute(name) || path.posix.isAbsolute(name)) {
    throw new PathOutsideError(name);
  }
  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, name);
  if (!isInsideLexically(absoluteRoot, candidate)) throw new PathOutsideError(name);

  const realRoot = await fsp.realpath(absoluteRoot);
  const realCandidate = await realPathOfPossiblyMissing(candidate);
  if (!isInsideLexically(realRoot, realCandidate)) throw new PathOutsideError(name);
  return candidate;
}
