/**
 * Errors the data layer raises, each with a message a facilitator can act on. Anything the UI shows
 * comes through `describeError`, so a raw DOMException or zod dump never reaches the screen.
 */
import { ZodError } from 'zod';

export type DataErrorCode =
  'invalid' | 'not-found' | 'quota' | 'version-change' | 'blocked' | 'unavailable' | 'conflict';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DataError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: string }).name;
  const inner = (error as { inner?: unknown }).inner;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

export function describeZodError(error: ZodError, what: string): string {
  const issue = error.issues[0];
  if (!issue) return `The ${what} is not valid.`;
  const field = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `The ${what} is not valid${field}: ${issue.message}.`;
}

/** Turn anything thrown by a command into a DataError with a clear message. */
export function toDataError(error: unknown, what = 'change'): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof ZodError) return new DataError('invalid', describeZodError(error, what), { cause: error });
  // A command that fails while other writes of its transaction are still pending reaches us wrapped in Dexie's
  // abort error: the command's own reason is inside.
  const inner = (error as { inner?: unknown } | null)?.inner;
  if (inner instanceof DataError || inner instanceof ZodError) return toDataError(inner, what);
  if (isQuotaError(error)) {
    return new DataError(
      'quota',
      'The disk is full, so this change was not saved. Free some space (or export and archive old projects) and try again. Nothing already saved was lost.',
      { cause: error },
    );
  }
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseClosedError') {
    return new DataError(
      'version-change',
      'Fieldnotes was updated or opened in another window, so this window stopped saving. Reload this window to continue; nothing already saved was lost.',
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DataError('unavailable', `The change could not be saved: ${message}`, { cause: error });
}

export function describeError(error: unknown): string {
  return toDataError(error).message;
}
