/**
 * A file problem the desktop main process sent (shared/ipcProblem.ts) as the sentence the page says, kept as a
 * message reference so it is worded in the app's language when shown (`describeError`).
 */
import type { IpcProblem, RefusedWhy } from '../../shared/ipcProblem';
import type { ErrorWords } from '../data/errors';

/** Why main refused a request, in words: the frame it came from, or the payload's schema issue. */
function refusedReason(channel: string, why: RefusedWhy): ErrorWords {
  if (why.kind === 'invalid') return { id: 'desktopFiles.refusedInvalid', values: { channel, issue: why.issue } };
  return {
    id: 'desktopFiles.refusedSender',
    values: { channel, frame: why.frame ?? '', known: why.frame ? 'yes' : 'no' },
  };
}

export function ipcProblemWords(problem: IpcProblem): ErrorWords {
  switch (problem.code) {
    case 'cannot-write':
      return { id: 'desktopFiles.cannotWrite', values: { file: problem.file, reason: { fileWhy: problem.why } } };
    case 'too-large':
      return {
        id: 'files.tooLarge',
        values: { file: problem.file, size: { megabytes: problem.size }, limit: { megabytes: problem.limit } },
      };
    case 'outside-folder':
      return { id: 'desktopFiles.outsideFolder', values: { name: problem.name } };
    case 'not-a-file':
      return { id: 'desktopFiles.notAFile', values: { file: problem.file } };
    case 'changed-while-read':
      return { id: 'desktopFiles.changedWhileRead', values: { file: problem.file } };
    case 'no-sync-folder':
      return { id: 'desktopFiles.noSyncFolder' };
    case 'not-a-folder':
      return { id: 'desktopFiles.notAFolder', values: { path: problem.path } };
    case 'not-absolute':
      return { id: 'desktopFiles.notAbsolute' };
    case 'refused':
      return { id: 'desktopFiles.refused', values: { reason: refusedReason(problem.channel, problem.why) } };
  }
}
