/**
 * The community rule for bundles (architecture: Community approval). A bundle carries records with their history,
 * so it cannot show a note "counted without its text" as a report does: a placeholder would overwrite the words at
 * whoever imports it. The rule is therefore whole records: a community session's notes, speakers, board themes,
 * codings and memos travel only once its community approved quotes (its words leaving). Until then the bundle carries the
 * session record itself (title, the community, the approval it requires) so whoever imports it sees the session is
 * held, and nothing it holds. Sessions named in `returning` are exempt: that is the community's own copy.
 *
 * What a counts-only session's community approved does travel: its tally (communityTally.ts), numbers and theme names
 * on the session record. Every other session's tally field is cut from its changes, whatever it holds, so a tally
 * left from an approval since withdrawn or narrowed never leaves; a session approved for quotes carries its notes,
 * which say more than any tally. The rule holds for the community's own copy too: it gets the notes themselves.
 */
import type { ChangeRecord } from '../changes/change';
import type { Session, TableName } from '../domain/schemas';
import { communityStatus, sharesCountsOnly } from '../privacy/community';
import { sessionSchema } from '../domain/schemas';
import { mergeInMemory } from './memoryMerge';
import { rowKey } from './merge';

/** Tables whose records belong to one session through their `sessionId` (a memo: the session of what it is about). */
const SESSION_TABLES: readonly TableName[] = ['participants', 'notes', 'themes', 'codingPasses', 'codings', 'memos'];

export interface CommunityBundleCut {
  changes: ChangeRecord[];
  /** Sessions whose words stayed home, with the community each belongs to. */
  held: { sessionId: string; community: string }[];
}

/** The sessions the changes make, each read once against the schema (a row that fails it is no session here). */
function sessionsOf(state: ReturnType<typeof mergeInMemory>): Session[] {
  return [...(state.tables.get('sessions')?.values() ?? [])].flatMap((row) => {
    const parsed = sessionSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

function heldSessions(sessions: readonly Session[], returning: ReadonlySet<string>) {
  const held: CommunityBundleCut['held'] = [];
  for (const session of sessions) {
    if (returning.has(session.id)) continue;
    const status = communityStatus(session);
    if (status.kind === 'pending' || (status.kind === 'approved' && !status.scope.quotes)) {
      held.push({ sessionId: session.id, community: status.community });
    }
  }
  return held;
}

/**
 * The changes without a tally of a session whose tally may not travel. A tally is set by a command of its own (its
 * change sets the tally and the time), so such a change is left out whole, like every other change that stays home:
 * a change that travels keeps the content its stamp was given, or whoever already holds it would meet the same stamp
 * with other content (a forgery's mark). A null tally says nothing and travels as it is. Only a change that set a
 * tally along with other fields (none of the app's commands does) travels with the tally cut.
 */
function withoutStaleTallies(changes: readonly ChangeRecord[], tallied: ReadonlySet<string>): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  for (const change of changes) {
    const tally = change.table === 'sessions' ? change.fields.communityTally : undefined;
    if (tally === undefined || tally === null || tallied.has(change.rowId)) {
      out.push(change);
      continue;
    }
    const { communityTally: _cut, ...fields } = change.fields;
    if (Object.keys(fields).some((field) => field !== 'updatedAt')) out.push({ ...change, fields });
  }
  return out;
}

export function withholdCommunityRecords(
  changes: readonly ChangeRecord[],
  returning: Iterable<string> = [],
): CommunityBundleCut {
  const state = mergeInMemory(changes);
  const sessions = sessionsOf(state);
  const held = heldSessions(sessions, new Set(returning));
  // Sessions whose tally may travel: approved for counts but not quotes.
  const tallied = new Set(sessions.filter(sharesCountsOnly).map((session) => session.id));
  const kept = withoutStaleTallies(changes, tallied);
  if (held.length === 0) return { changes: kept, held };
  const heldIds = new Set(held.map((h) => h.sessionId));
  const stay = new Set<string>();
  const sessionScoped = new Set(SESSION_TABLES);
  for (const table of SESSION_TABLES) {
    for (const row of state.tables.get(table)?.values() ?? []) {
      if (typeof row.sessionId === 'string' && heldIds.has(row.sessionId)) stay.add(rowKey(table, row.id));
    }
  }
  const known = (change: ChangeRecord) => state.tables.get(change.table)?.has(change.rowId) ?? false;
  return {
    // A session-scoped record whose creation is not among the changes cannot be placed: it stays home too.
    changes: kept.filter((c) => !stay.has(rowKey(c.table, c.rowId)) && !(sessionScoped.has(c.table) && !known(c))),
    held,
  };
}
