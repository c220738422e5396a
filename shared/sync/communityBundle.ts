/**
 * The community rule for bundles (architecture: Community approval). A bundle carries records with their history,
 * so it cannot show a note "counted without its text" as a report does: a placeholder would overwrite the words at
 * whoever imports it. The rule is therefore whole records: a community session's notes, speakers, board themes,
 * codings and memos travel only once its community approved quotes (its words leaving). Until then the bundle carries the
 * session record itself (title, the community, the approval it requires) so whoever imports it sees the session is
 * held, and nothing it holds. Sessions named in `returning` are exempt: that is the community's own copy.
 */
import type { ChangeRecord } from '../changes/change';
import type { TableName } from '../domain/schemas';
import { communityStatus } from '../privacy/community';
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

function heldSessions(state: ReturnType<typeof mergeInMemory>, returning: ReadonlySet<string>) {
  const held: CommunityBundleCut['held'] = [];
  for (const row of state.tables.get('sessions')?.values() ?? []) {
    const parsed = sessionSchema.safeParse(row);
    if (!parsed.success || returning.has(parsed.data.id)) continue;
    const status = communityStatus(parsed.data);
    if (status.kind === 'pending' || (status.kind === 'approved' && !status.scope.quotes)) {
      held.push({ sessionId: parsed.data.id, community: status.community });
    }
  }
  return held;
}

export function withholdCommunityRecords(
  changes: readonly ChangeRecord[],
  returning: Iterable<string> = [],
): CommunityBundleCut {
  const state = mergeInMemory(changes);
  const held = heldSessions(state, new Set(returning));
  if (held.length === 0) return { changes: [...changes], held };
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
    changes: changes.filter((c) => !stay.has(rowKey(c.table, c.rowId)) && !(sessionScoped.has(c.table) && !known(c))),
    held,
  };
}
