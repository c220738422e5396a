/**
 * A destructive command from a UI event (delete a theme, a question, a group…): on success a toast says what was
 * done with an Undo button, reachable by keyboard (F6) and read out; Ctrl+Z does the same. The button undoes only
 * if that command is still the last one on the undo stack: after anything else, undoing "the last change" would
 * undo something the person did not mean, so it says so instead.
 */
import { useCallback } from 'react';
import { msg } from '../ui/i18n';
import { showToast } from '../ui/Toasts';
import { describeError } from '../data/errors';
import type { CommandRunner } from '../data/commandRunner';
import { announce, notifyError } from './announce';
import { useData } from './DataContext';

/** The undo stack's state right after a command: its depth and the command on top. */
export function undoMark(runner: Pick<CommandRunner, 'history'>): string {
  const { undo } = runner.history();
  return `${undo.length}:${JSON.stringify(undo.at(-1) ?? null)}`;
}

/** Undo the command recorded by `mark` if nothing has happened since; what was said to the person. */
export async function undoIfLast(runner: Pick<CommandRunner, 'history' | 'undo'>, mark: string): Promise<string> {
  if (undoMark(runner) !== mark) return msg('app.undoNotLast');
  const label = await runner.undo();
  return label ? msg('app.undid', { label: msg(label.id, label.values) }) : msg('app.nothingToUndo');
}

/** The notice for a command that has just committed (its Undo reaches that command only). */
export function showUndoNotice(runner: Pick<CommandRunner, 'history' | 'undo'>, done: string): void {
  const mark = undoMark(runner);
  showToast({
    message: done,
    action: {
      label: msg('app.undoAction'),
      perform: () =>
        undoIfLast(runner, mark)
          .then(announce)
          .catch((error: unknown) => notifyError(describeError(error))),
    },
  });
}

export function useUndoableAct() {
  const { runner } = useData();
  return useCallback(
    async <T>(action: Promise<T>, done: string): Promise<T | undefined> => {
      try {
        const result = await action;
        showUndoNotice(runner, done);
        return result;
      } catch (error) {
        notifyError(describeError(error));
        return undefined;
      }
    },
    [runner],
  );
}
