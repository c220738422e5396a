/**
 * Why a file could not be written, in words a person can act on: the CLI prints it in its language (exit 2) and
 * the app shows it. Only the failures that the disk, the folder or the chosen name explain become a
 * `FileWriteError`; anything else is passed on unchanged, as the bug it probably is. The reason is kept as data
 * (`why`), so `describe` words it in the translator's language; `message` is English, for logs.
 */
import { translator, type Translator } from '../shared/i18n/translate';
import { describeWhy, whyOfFailure, type FileWriteWhy } from '../shared/files/fileWriteWhy';

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

/** Codes that say something of a write alone (a read of a missing file has no "folder" to blame). */
const WRITE_REASONS: Record<string, FileWriteWhy> = {
  ENOENT: { kind: 'no-folder' },
  ENOTDIR: { kind: 'path-has-file' },
  EISDIR: { kind: 'is-folder' },
};

const PROBLEM_OF: Partial<Record<FileWriteWhy['kind'], FileWriteProblem>> = {
  'no-folder': 'no-folder',
  'path-has-file': 'no-folder',
  'is-folder': 'not-a-file',
  'link-refused': 'not-a-file',
  permission: 'permission',
  'disk-full': 'disk-full',
  quota: 'disk-full',
  'read-only': 'read-only',
  'name-too-long': 'name-too-long',
  'link-loop': 'link-loop',
  'disk-error': 'disk-error',
};

/** `error` as a `FileWriteError` when a file-system code explains it; otherwise `error` itself. */
export function fileWriteErrorFrom(error: unknown, target: string): unknown {
  if (error instanceof FileWriteError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const why = (typeof code === 'string' ? WRITE_REASONS[code] : undefined) ?? whyOfFailure(error);
  const problem = why && PROBLEM_OF[why.kind];
  return why && problem ? new FileWriteError(problem, target, why) : error;
}
