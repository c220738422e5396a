/**
 * File errors a command did not catch itself, as one line for the person in the command's language: a file that
 * cannot be written (its folder is missing, it is a pipe or a device, the disk is full) or read (too large). They
 * are bad input or a state of the disk, exit 2, never "unexpected error" with a stack trace.
 */
import { FileWriteError } from '../../node/atomicWrite';
import { FileTooLargeError } from '../../node/readLimited';
import type { Translator } from '../../shared/i18n/translate';

export function describeFileError(error: unknown, tr: Translator): string | null {
  if (error instanceof FileWriteError) return error.describe(error.target, tr);
  if (error instanceof FileTooLargeError) return error.describe(tr);
  return null;
}
