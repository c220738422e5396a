/**
 * Why the desktop main process could not do a file task, as data (architecture: Electron shell): main does not know
 * the app's language, so it sends the problem and the renderer words it. Electron hands a rejected call's error to
 * the page as its message text only, so the problem travels inside the message, after a marker.
 */
import { z } from 'zod';
import type { FileWriteWhy } from './files/fileWriteWhy';
import type { ErrorWords } from './i18n/words';

/** Why main refused a request as a bug: a frame that is not one of our pages, or a payload its schema refuses. */
export type RefusedWhy = { kind: 'not-our-page'; frame: string | null } | { kind: 'invalid'; issue: ErrorWords };

export type IpcProblem =
  | { code: 'cannot-write'; file: string; why: FileWriteWhy }
  | { code: 'too-large'; file: string; size: number; limit: number }
  | { code: 'outside-folder'; name: string }
  | { code: 'not-a-file'; file: string }
  | { code: 'changed-while-read'; file: string }
  | { code: 'no-sync-folder' }
  | { code: 'not-a-folder'; path: string }
  | { code: 'not-absolute' }
  /**
   * A request main refused before doing anything (not from our page, or not valid): a bug. Why, as data the page
   * words (the payload's schema issue as a message reference); `detail` is main's English, for logs.
   */
  | { code: 'refused'; channel: string; why: RefusedWhy; detail: string };

const MARKER = 'fieldnotes-problem:';

const problemSchema = z.custom<IpcProblem>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string',
);

export function encodeIpcProblem(problem: IpcProblem): string {
  return MARKER + JSON.stringify(problem);
}

/** The problem inside a message Electron passed on (it prefixes its own words), or null when there is none. */
export function decodeIpcProblem(message: string): IpcProblem | null {
  const at = message.indexOf(MARKER);
  if (at < 0) return null;
  try {
    const parsed = problemSchema.safeParse(JSON.parse(message.slice(at + MARKER.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
