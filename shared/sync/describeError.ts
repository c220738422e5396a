/**
 * A file-system error for a problem report: worded where its code explains it (permission denied, the disk is
 * full…), in the reader's language where the problem is shown; otherwise its code and message, as they came.
 */
import { whyOfFailure } from '../files/fileWriteWhy';
import type { ErrorValue } from '../i18n/words';

/** A file-system error in one line: its code (ENOENT, EACCES…) and message, for logs. */
export function describeError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}

/** The error as a part of a worded sentence: its reason as data when its code explains it, else the line above. */
export function fileErrorValue(error: unknown): ErrorValue {
  const why = whyOfFailure(error);
  return why ? { fileWhy: why } : describeError(error);
}
