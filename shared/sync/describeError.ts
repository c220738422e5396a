/** A file-system error in one line: its code (ENOENT, EACCES…) and message, for a problem report. */
export function describeError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}
