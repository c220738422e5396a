/**
 * Running a planned note import: progress, cancelling, and the message after. Closing the dialog mid-import cancels
 * it: the transaction aborts and nothing is written.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteImportPlan } from '../../shared/import';
import { announce, notifyInfo } from '../app/announce';
import type { CommandRunner } from '../data/commandRunner';
import { importNotes } from '../data/commands/findings';
import { describeError } from '../data/errors';
import { msg, uiTranslator } from '../ui/i18n';

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
      const message = result.sessions
        ? msg('importNotes.doneInto', { count: result.notes, sessions: result.sessions })
        : msg('importNotes.done', { count: result.notes });
      announce(message);
      notifyInfo(message);
      onDone();
    } catch (error) {
      setImportError(
        controller.signal.aborted
          ? msg('importNotes.cancelled')
          : msg('importNotes.failed', { reason: describeError(error, uiTranslator()) }),
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
