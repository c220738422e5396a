/**
 * Why a file could not be written, in words a person can act on: the CLI prints it in its language (exit 2) and
 * the app shows it. Only the failures that the disk, the folder or the chosen name explain become a
 * `FileWriteError`; anything else is passed on unchanged, as the bug it probably is. The reason is kept as data
 * (`why`), so `describe` words it in the translator's language; `message` is English, for logs.
 */
import { translator, type Translator } from '../shared/i18n/translate';
import { describeWhy, type FileWriteWhy } from '../shared/files/fileWriteWhy';

export { describeWhy, type FileWriteWhy, type NotAFileKind } from '../shared/files/fileWriteWhy';

export type FileWriteProblem =
  'not-a-file' | 'link-loop' | 'no-folder' | 'permission' | 'disk-full' | 'read-only' | 'name-too-long' | 'disk-error';

export class FileWriteError extends Error {
  /** What is wrong, in English, e.g. "its folder does not exist". */
  readonly reason: string;

  constructor(
    readonly problem: FileWriteProblem,
    /** The path as the caller gave it. */
    readonly target: string,
    readonly why: FileWriteWhy,
  ) {
    const reason = describeWhy(why);
    super(`cannot write ${target}: ${reason}`);
    this.reason = reason;
    this.name = 'FileWriteError';
  }

  /** The message naming the file as the person typed it, in the translator's language (English by default). */
  describe(shown: string, tr: Translator = translator()): string {
    return tr.t('files.cannotWrite', { file: shown, reason: describeWhy(this.why, tr) });
  }
}

const REASONS: Record<string, [FileWriteProblem, FileWriteWhy]> = {
  ENOENT: ['no-folder', { kind: 'no-folder' }],
  ENOTDIR: ['no-folder', { kind: 'path-has-file' }],
  EISDIR: ['not-a-file', { kind: 'is-folder' }],
  EACCES: ['permission', { kind: 'permission' }],
  EPERM: ['permission', { kind: 'permission' }],
  ENOSPC: ['disk-full', { kind: 'disk-full' }],
  EDQUOT: ['disk-full', { kind: 'quota' }],
  EROFS: ['read-only', { kind: 'read-only' }],
  ENAMETOOLONG: ['name-too-long', { kind: 'name-too-long' }],
  ELOOP: ['link-loop', { kind: 'link-loop' }],
  EIO: ['disk-error', { kind: 'disk-error' }],
};

/** `error` as a `FileWriteError` when a file-system code explains it; otherwise `error` itself. */
export function fileWriteErrorFrom(error: unknown, target: string): unknown {
  if (error instanceof FileWriteError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  return known ? new FileWriteError(known[0], target, known[1]) : error;
}
