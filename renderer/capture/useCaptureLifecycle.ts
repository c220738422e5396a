/**
 * What capture does around the facilitator's typing: on opening, bring back notes left unsaved by a reload or a
 * crash (unless an erasure has reached them since); forget notes on their way that an erasure reaches; keep the
 * time box in step with the session's status; and before the desktop window closes, write the draft out and give
 * notes on their way a moment to commit.
 */
import { useEffect, type RefObject } from 'react';
import type { Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { erasedNoteIds, subscribeErased } from '../data/erasure/events';
import type { NoteWriter } from '../data/noteWriter';
import { isNoteSettled } from '../data/queries';
import { getPlatform } from '../platform';
import type { ComposerHandle } from './Composer';
import { forgetErased, recoverNotes } from './outbox';
import { followStatus } from './timebox';
import type { CaptureSettings } from './useCaptureSettings';

/** How long closing waits for notes still saving (the window closes after at most a few seconds anyway). */
const SAVE_WAIT_ON_CLOSE_MS = 1500;

export function useCaptureLifecycle({
  writer,
  session,
  settings,
  composerRef,
}: {
  writer: NoteWriter;
  session: Session;
  settings: CaptureSettings;
  composerRef: RefObject<ComposerHandle | null>;
}): void {
  const { db } = useData();
  const sessionId = session.id;

  useEffect(() => {
    void recoverNotes(writer, sessionId, (note) => isNoteSettled(db, note));
    // The writer's worker starts once the screen is up, so neither the first paint nor the first note waits for it.
    const timer = window.setTimeout(() => writer.warm(), 0);
    return () => window.clearTimeout(timer);
  }, [db, sessionId, writer]);

  useEffect(() => subscribeErased(db, (erased) => forgetErased(erasedNoteIds(erased), erased.participants)), [db]);

  const questionId = settings.question?.id ?? null;
  const { setClock } = settings;
  const { status, endedAt } = session;
  useEffect(() => {
    if (questionId) setClock(questionId, (clock) => followStatus(clock, { status, endedAt }, Date.now()));
  }, [questionId, setClock, status, endedAt]);

  useEffect(
    () =>
      getPlatform().onBeforeClose(async () => {
        composerRef.current?.flush();
        await Promise.race([writer.settled(), new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_ON_CLOSE_MS))]);
      }),
    [composerRef, writer],
  );
}
