/** Step 1 and 2 of the privacy gate: which sessions leave (by group or one by one), and what flagged notes do. */
import type { NoteFlags } from '../../shared/domain/schemas';
import type { FlagAction } from '../../shared/findings/documentSchema';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { FlagPolicy } from '../../shared/privacy/flags';
import { communityStatus } from '../../shared/privacy/community';

export function ScopeFields({
  snapshot,
  excluded,
  onChange,
}: {
  snapshot: FindingsSnapshot;
  excluded: ReadonlySet<string>;
  onChange(next: Set<string>): void;
}) {
  const groups = [...snapshot.groups].sort((a, b) => a.order - b.order);
  const buckets = [
    ...groups.map((g) => ({ id: g.id, name: g.name, sessions: snapshot.sessions.filter((s) => s.groupId === g.id) })),
    {
      id: 'none',
      name: 'Sessions without a group',
      sessions: snapshot.sessions.filter((s) => !s.groupId || !groups.some((g) => g.id === s.groupId)),
    },
  ].filter((b) => b.sessions.length > 0);
  const setMany = (ids: string[], include: boolean) => {
    const next = new Set(excluded);
    for (const id of ids) {
      if (include) next.delete(id);
      else next.add(id);
    }
    onChange(next);
  };

  if (snapshot.sessions.length === 0)
    return <p className="empty">This project has no sessions yet, so there is nothing to export.</p>;
  return (
    <fieldset className="scope-fields">
      <legend>Sessions to include</legend>
      {buckets.map((bucket) => {
        const ids = bucket.sessions.map((s) => s.id);
        const included = ids.filter((id) => !excluded.has(id)).length;
        return (
          <div key={bucket.id} className="scope-group">
            <label className="check">
              <input
                type="checkbox"
                checked={included === ids.length}
                ref={(el) => {
                  if (el) el.indeterminate = included > 0 && included < ids.length;
                }}
                onChange={(e) => setMany(ids, e.target.checked)}
              />
              <strong>{bucket.name}</strong> ({included} of {ids.length})
            </label>
            <ul className="plain-list scope-sessions">
              {bucket.sessions.map((s) => (
                <li key={s.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={!excluded.has(s.id)}
                      onChange={(e) => setMany([s.id], e.target.checked)}
                    />
                    {s.title}
                    {s.date && <span className="muted"> · {s.date}</span>}
                    {communityStatus(s).kind === 'pending' && (
                      <span className="muted"> · withheld pending community approval</span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}

const FLAG_LABELS: Record<keyof NoteFlags, string> = {
  sensitive: 'Notes flagged sensitive',
  doNotQuote: 'Notes flagged do not quote',
  culturalProtocol: 'Notes under cultural protocol',
};

const ACTION_LABELS: Record<FlagAction, string> = {
  keep: 'Keep the text (never quoted)',
  withhold: 'Count them, withhold the text',
  drop: 'Leave them out entirely',
};

export function FlagPolicyFields({ policy, onChange }: { policy: FlagPolicy; onChange(next: FlagPolicy): void }) {
  return (
    <fieldset className="flag-fields">
      <legend>Flagged notes</legend>
      {(Object.keys(FLAG_LABELS) as (keyof NoteFlags)[]).map((flag) => (
        <div key={flag} className="field">
          <label htmlFor={`flag-${flag}`}>{FLAG_LABELS[flag]}</label>
          <select
            id={`flag-${flag}`}
            value={policy[flag]}
            onChange={(e) => onChange({ ...policy, [flag]: e.target.value as FlagAction })}
          >
            {(Object.keys(ACTION_LABELS) as FlagAction[]).map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
