/**
 * Running a planned note import: progress, cancelling, and the message after. Closing the dialog mid-import cancels
 * it: the transaction aborts and nothing is written.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteImportPlan } from '../../shared/import';
import { plural } from '../../shared/i18n/plural';
import { announce, notifyInfo } from '../app/announce';
import type { CommandRunner } from '../data/commandRunner';
import { importNotes } from '../data/commands/findings';
import { describeError } from '../data/errors';

export function useNoteImport(runner: CommandRunner, onDone: () => void) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const run = async (plan: NoteImportPlan) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setImportError(null);
    setProgress({ done: 0, total: plan.notes.length });
    try {
      const result = await importNotes(runner, plan, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      const into = result.sessions
        ? ` into ${plural(result.sessions, { one: '# new session', other: '# new sessions' })}`
        : '';
      const message = `Imported ${plural(result.notes, { one: '# note', other: '# notes' })}${into}.`;
      announce(message);
      notifyInfo(message);
      onDone();
    } catch (error) {
      setImportError(
        controller.signal.aborted
          ? 'Import cancelled. Nothing was imported.'
          : `${describeError(error)} Nothing was imported.`,
      );
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

  return {
    progress,
    importError,
    clearError: () => setImportError(null),
    run,
    cancel: () => abortRef.current?.abort(),
  };
}
