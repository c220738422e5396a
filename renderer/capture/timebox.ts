/**
 * A question's time box as a stopwatch that only runs while someone is capturing: it starts with the question's
 * first note or when the facilitator presses Start, pauses on request, stops while another question is current,
 * and never runs while the session itself is not running (planned or closed). Pure functions over plain data,
 * so the rules are tested without a clock.
 */
import type { SessionStatus } from '../../shared/domain/schemas';

export interface QuestionClock {
  /** Time counted before the current run. */
  elapsedMs: number;
  /** When the current run started (ms since the epoch), or null when stopped. */
  runningSince: number | null;
  /** Stopped by the facilitator: a new note does not restart it, only Start does. */
  paused: boolean;
}

export const STOPPED: QuestionClock = { elapsedMs: 0, runningSince: null, paused: false };

export function elapsedOf(clock: QuestionClock, now: number): number {
  return clock.elapsedMs + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince));
}

export function isRunning(clock: QuestionClock): boolean {
  return clock.runningSince !== null;
}

export function start(clock: QuestionClock, now: number): QuestionClock {
  return clock.runningSince !== null ? clock : { elapsedMs: clock.elapsedMs, runningSince: now, paused: false };
}

/** Stops the clock at `at`, keeping what it counted; `paused` says whether the facilitator asked for it. */
export function stop(clock: QuestionClock, at: number, paused: boolean): QuestionClock {
  if (clock.runningSince === null) return clock.paused === paused ? clock : { ...clock, paused };
  return { elapsedMs: elapsedOf(clock, Math.max(at, clock.runningSince)), runningSince: null, paused };
}

/** A note was added to this question: the clock starts, unless the facilitator paused it. */
export function noteAdded(clock: QuestionClock, now: number): QuestionClock {
  return clock.paused ? clock : start(clock, now);
}

/**
 * The clock as the session's status allows it: only a running session's clock runs. A session closed while
 * the clock ran (on this screen or another device) stops it at the moment it was closed.
 */
export function followStatus(
  clock: QuestionClock,
  session: { status: SessionStatus; endedAt: string | null },
  now: number,
): QuestionClock {
  if (session.status === 'running' || clock.runningSince === null) return clock;
  const endedAt = session.endedAt ? Date.parse(session.endedAt) : now;
  return stop(clock, Math.min(now, Number.isFinite(endedAt) ? endedAt : now), false);
}

export type TimeboxState = 'waiting' | 'running' | 'paused' | 'over';

export function timeboxState(clock: QuestionClock, limitMs: number, now: number): TimeboxState {
  if (elapsedOf(clock, now) > limitMs) return 'over';
  if (clock.runningSince !== null) return 'running';
  return clock.paused ? 'paused' : 'waiting';
}

/** m:ss, for a clock face. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
