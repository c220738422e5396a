/**
 * Errors from reading files back in (findings JSON, REFI-QDA). Each message says what is wrong and what to do, in
 * the language of the translator the reader was given (English when none was); readers are pure, so a refused
 * file has changed nothing.
 */
import { translator, type Translator } from '../i18n/translate';

export type ReadErrorCode =
  'too-large' | 'not-json' | 'not-a-zip' | 'truncated' | 'wrong-format' | 'newer-version' | 'invalid';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

const MB = 1024 * 1024;

/**
 * The largest file a reader accepts. A findings export of 10,000 notes is a few megabytes; a bigger file is either
 * not ours or would stall the app, so it is refused up front with the size in the message.
 */
export const MAX_READ_BYTES = 40 * MB;

/** The kinds of file a reader names when it refuses one for its size. */
export type ReadFileKind = 'findings' | 'qdpx' | 'codebook';

export function checkSize(bytes: number, what: ReadFileKind, tr: Translator = translator()): void {
  if (bytes > MAX_READ_BYTES) {
    const size = tr.number(bytes / MB, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    throw new ReadError('too-large', tr.t('readers.tooLarge', { what, size, limit: MAX_READ_BYTES / MB }));
  }
}
