/**
 * Ranking of themes for reports. Votes from the room come first (that is the priority the participants set);
 * ties go to the theme heard by more stakeholder groups, then in more sessions, then with more notes; the name
 * breaks the last tie so the order is stable from one export to the next.
 */
import type { Breadth } from './breadth';
import { compareCodeUnits } from './snapshot';

export interface Rankable {
  id: string;
  name: string;
  breadth: Breadth;
}

export function compareByPriority(a: Rankable, b: Rankable): number {
  return (
    b.breadth.votes - a.breadth.votes ||
    b.breadth.groupIds.length - a.breadth.groupIds.length ||
    b.breadth.sessionIds.length - a.breadth.sessionIds.length ||
    b.breadth.noteCount - a.breadth.noteCount ||
    a.name.localeCompare(b.name) ||
    compareCodeUnits(a.id, b.id)
  );
}

/** The items in priority order, each with its 1-based rank. */
export function rankThemes<T extends Rankable>(items: readonly T[]): (T & { rank: number })[] {
  return [...items].sort(compareByPriority).map((item, i) => ({ ...item, rank: i + 1 }));
}
