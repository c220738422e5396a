/** Step 1 and 2 of the privacy gate: which sessions leave (by group or one by one), and what flagged notes do. */
import type { NoteFlags } from '../../shared/domain/schemas';
import type { FlagAction } from '../../shared/findings/documentSchema';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import type { FlagPolicy } from '../../shared/privacy/flags';
import { communityStatus } from '../../shared/privacy/community';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../ui/i18n';

export function ScopeFields({
  snapshot,
  excluded,
  onChange,
}: {
  snapshot: FindingsSnapshot;
  excluded: ReadonlySet<string>;
  onChange(next: Set<string>): void;
}) {
  const { t } = useT();
  const groups = [...snapshot.groups].sort((a, b) => a.order - b.order);
  const buckets = [
    ...groups.map((g) => ({ id: g.id, name: g.name, sessions: snapshot.sessions.filter((s) => s.groupId === g.id) })),
    {
      id: 'none',
      name: t('export.scope.noGroup'),
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

  if (snapshot.sessions.length === 0) return <p className="empty">{t('export.scope.none')}</p>;
  return (
    <fieldset className="scope-fields">
      <legend>{t('export.scope.legend')}</legend>
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
              <strong>{bucket.name}</strong> {t('export.scope.included', { included, total: ids.length })}
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
                      <span className="muted"> · {t('export.scope.pending')}</span>
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

const FLAG_LABELS: Record<keyof NoteFlags, MessageId> = {
  sensitive: 'export.flags.sensitive',
  doNotQuote: 'export.flags.doNotQuote',
  culturalProtocol: 'export.flags.culturalProtocol',
};

const ACTION_LABELS: Record<FlagAction, MessageId> = {
  keep: 'export.flags.keep',
  withhold: 'export.flags.withhold',
  drop: 'export.flags.drop',
};

export function FlagPolicyFields({ policy, onChange }: { policy: FlagPolicy; onChange(next: FlagPolicy): void }) {
  const { t } = useT();
  return (
    <fieldset className="flag-fields">
      <legend>{t('export.flags.legend')}</legend>
      {(Object.keys(FLAG_LABELS) as (keyof NoteFlags)[]).map((flag) => (
        <div key={flag} className="field">
          <label htmlFor={`flag-${flag}`}>{t(FLAG_LABELS[flag])}</label>
          <select
            id={`flag-${flag}`}
            value={policy[flag]}
            onChange={(e) => onChange({ ...policy, [flag]: e.target.value as FlagAction })}
          >
            {(Object.keys(ACTION_LABELS) as FlagAction[]).map((action) => (
              <option key={action} value={action}>
                {t(ACTION_LABELS[action])}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
