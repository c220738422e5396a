/**
 * What capture does around the facilitator's typing: on opening, bring back notes left unsaved by a reload or a
 * crash; keep the time box in step with the session's status; and before the desktop window closes, write the
 * draft out and give notes on their way a moment to commit.
 */
import { useEffect, type RefObject } from 'react';
import type { Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import type { NoteWriter } from '../data/noteWriter';
import { getPlatform } from '../platform';
import type { ComposerHandle } from './Composer';
import { recoverNotes } from './outbox';
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
    void recoverNotes(writer, sessionId, async (id) => Boolean(await db.notes.get(id)));
    // The writer's worker starts once the screen is up, so neither the first paint nor the first note waits for it.
    const timer = window.setTimeout(() => writer.warm(), 0);
    return () => window.clearTimeout(timer);
  }, [db, sessionId, writer]);

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
