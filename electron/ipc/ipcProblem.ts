/**
 * What main sends the renderer when a file task fails (architecture: Electron shell, Languages): the problem as
 * data, which the renderer words in the app's language. Errors main does not know as a file problem go as they
 * are, the bugs they probably are.
 */
import { FileWriteError } from '../../node/fileWriteError';
import { FileReadError, FileTooLargeError } from '../../node/readLimited';
import { PathOutsideError } from '../../node/resolveInside';
import { encodeIpcProblem, type IpcProblem } from '../../shared/ipcProblem';
import { IpcRequestError } from './handlers';

export function ipcProblemOf(error: unknown): IpcProblem | null {
  if (error instanceof IpcRequestError) return error.problem;
  if (error instanceof FileWriteError) return { code: 'cannot-write', file: error.target, why: error.why };
  if (error instanceof FileTooLargeError) {
    return { code: 'too-large', file: error.fileName, size: error.size, limit: error.maxBytes };
  }
  if (error instanceof PathOutsideError) return { code: 'outside-folder', name: error.refusedName };
  if (error instanceof FileReadError) {
    return { code: error.kind === 'not-a-file' ? 'not-a-file' : 'changed-while-read', file: error.fileName };
  }
  return null;
}

/** The error to hand to Electron for the page: a file problem travels as data, anything else unchanged. */
export function forRenderer(error: unknown): unknown {
  const problem = ipcProblemOf(error);
  return problem ? new Error(encodeIpcProblem(problem), { cause: error }) : error;
}
