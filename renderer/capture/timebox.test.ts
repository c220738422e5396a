import { describe, expect, it } from 'vitest';
import {
  elapsedOf,
  followStatus,
  formatClock,
  noteAdded,
  start,
  stop,
  STOPPED,
  timeboxState,
  type QuestionClock,
} from './timebox';

const MIN = 60_000;

describe('question time box', () => {
  it('does not run until the first note or Start, however long the screen is open', () => {
    expect(elapsedOf(STOPPED, 12 * MIN)).toBe(0);
    expect(timeboxState(STOPPED, 10 * MIN, 12 * MIN)).toBe('waiting');
    const started = noteAdded(STOPPED, 1_000);
    expect(elapsedOf(started, 1_000 + 31_000)).toBe(31_000);
    expect(timeboxState(started, 10 * MIN, 2_000)).toBe('running');
  });

  it('pauses on request: a new note does not restart it, Start does, and the count carries on', () => {
    let clock: QuestionClock = start(STOPPED, 0);
    clock = stop(clock, 2 * MIN, true);
    expect(timeboxState(clock, 10 * MIN, 5 * MIN)).toBe('paused');
    expect(noteAdded(clock, 6 * MIN)).toBe(clock);
    clock = start(clock, 7 * MIN);
    expect(elapsedOf(clock, 8 * MIN)).toBe(3 * MIN);
  });

  it('waits, without a pause, while another question is current, and restarts with the next note there', () => {
    let clock = stop(start(STOPPED, 0), 4 * MIN, false);
    expect(timeboxState(clock, 10 * MIN, 20 * MIN)).toBe('waiting');
    clock = noteAdded(clock, 20 * MIN);
    expect(elapsedOf(clock, 21 * MIN)).toBe(5 * MIN);
  });

  it('stops when the session is no longer running, at the moment it was closed', () => {
    const running = start(STOPPED, 0);
    const closedAt = new Date(3 * MIN).toISOString();
    const stopped = followStatus(running, { status: 'closed', endedAt: closedAt }, 50 * MIN);
    expect(stopped.runningSince).toBeNull();
    expect(elapsedOf(stopped, 60 * MIN)).toBe(3 * MIN);
    expect(followStatus(running, { status: 'running', endedAt: null }, 5 * MIN)).toBe(running);
    expect(followStatus(running, { status: 'planned', endedAt: null }, 2 * MIN).elapsedMs).toBe(2 * MIN);
  });

  it('says when the time box has passed, and reads as a clock face', () => {
    const clock = start(STOPPED, 0);
    expect(timeboxState(clock, 10 * MIN, 12 * MIN + 3_000)).toBe('over');
    expect(formatClock(12 * MIN + 3_000)).toBe('12:03');
    expect(formatClock(-5)).toBe('0:00');
  });
});
