/**
 * A council workshop is not a consultation (architecture: Workshop). The room's dot votes are kept in a session of
 * the project's "Council workshop" group, so they are evidence like any other vote; but nobody in that room was
 * being heard as a stakeholder group. The one rule, applied where breadth and coverage are computed: a workshop
 * group's notes count as votes and never as a note, session, speaker or group heard; it has no coverage column
 * (so it is never "not heard from yet" and never in "heard in N of M groups"), and it is not counted among the
 * project's stakeholder groups.
 */
import type { Session, StakeholderGroup } from '../domain/schemas';

export const WORKSHOP_GROUP_NAME = 'Council workshop';

/** A group is a workshop group by its name (case and surrounding spaces ignored), on every device alike. */
export function isWorkshopGroupName(name: string): boolean {
  return name.trim().toLowerCase() === WORKSHOP_GROUP_NAME.toLowerCase();
}

/** The ids of the workshop groups among `groups`. */
export function workshopGroupIds(groups: readonly Pick<StakeholderGroup, 'id' | 'name'>[]): Set<string> {
  return new Set(groups.filter((g) => isWorkshopGroupName(g.name)).map((g) => g.id));
}

/** The sessions held by a workshop group: their notes are votes, not voices. */
export function workshopSessionIds(
  groups: readonly Pick<StakeholderGroup, 'id' | 'name'>[],
  sessions: readonly Pick<Session, 'id' | 'groupId'>[],
): Set<string> {
  const workshop = workshopGroupIds(groups);
  return new Set(sessions.filter((s) => s.groupId !== null && workshop.has(s.groupId)).map((s) => s.id));
}
