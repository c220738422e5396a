/**
 * Why a file could not be written, in words a person can act on: the CLI prints it as it is (exit 2) and the app
 * shows it. Only the failures that the disk, the folder or the chosen name explain become a `FileWriteError`;
 * anything else is passed on unchanged, as the bug it probably is.
 */
export type FileWriteProblem =
  'not-a-file' | 'link-loop' | 'no-folder' | 'permission' | 'disk-full' | 'read-only' | 'name-too-long' | 'disk-error';

export class FileWriteError extends Error {
  constructor(
    readonly problem: FileWriteProblem,
    /** The path as the caller gave it. */
    readonly target: string,
    /** What is wrong, e.g. "its folder does not exist". */
    readonly reason: string,
  ) {
    super(`cannot write ${target}: ${reason}`);
    this.name = 'FileWriteError';
  }

  /** The same message naming the file as the person typed it. */
  describe(shown: string): string {
    return `cannot write ${shown}: ${this.reason}`;
  }
}

const REASONS: Record<string, [FileWriteProblem, string]> = {
  ENOENT: ['no-folder', 'its folder does not exist'],
  ENOTDIR: ['no-folder', 'part of its path is a file, not a folder'],
  EISDIR: ['not-a-file', 'it is a folder, not a file'],
  EACCES: ['permission', 'permission denied'],
  EPERM: ['permission', 'permission denied'],
  ENOSPC: ['disk-full', 'the disk is full'],
  EDQUOT: ['disk-full', 'the disk quota is used up'],
  EROFS: ['read-only', 'the disk is read-only'],
  ENAMETOOLONG: ['name-too-long', 'the name is too long'],
  ELOOP: ['link-loop', 'it is a link that leads round in a circle'],
  EIO: ['disk-error', 'the disk reported an error'],
};

/** `error` as a `FileWriteError` when a file-system code explains it; otherwise `error` itself. */
export function fileWriteErrorFrom(error: unknown, target: string): unknown {
  if (error instanceof FileWriteError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  return known ? new FileWriteError(known[0], target, known[1]) : error;
}
