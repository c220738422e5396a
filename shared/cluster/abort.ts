/**
 * Cancellation for long pure work. shared/ cannot rely on DOMException, so a cancelled run throws a plain
 * Error named "AbortError" — the name fetch() and friends use — which callers recognise with isAbortError.
 */
export interface AbortFlag {
  readonly aborted: boolean;
}

export function abortError(): Error {
  const error = new Error('Clustering was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortFlag | undefined): void {
  if (signal?.aborted) throw abortError();
}
