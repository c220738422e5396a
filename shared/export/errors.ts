/**
 * Errors from reading files back in (findings JSON, REFI-QDA). Each message says what is wrong and what to do;
 * readers are pure, so a refused file has changed nothing.
 */
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

export function checkSize(bytes: number, what: string): void {
  if (bytes > MAX_READ_BYTES) {
    throw new ReadError(
      'too-large',
      `This ${what} is ${(bytes / MB).toFixed(1)} MB; Fieldnotes reads files up to ${MAX_READ_BYTES / MB} MB. ` +
        'Nothing was imported. Export a smaller part (fewer sessions) and try again.',
    );
  }
}
