/** The fields of a session, shared by “New session” and “Edit details”. */
import { useT } from '../ui/i18n';
import { useState } from 'react';
import type { Session, StakeholderGroup } from '../../shared/domain/schemas';
import type { SessionInput } from '../data/commands/sessions';

export function emptySessionInput(): SessionInput {
  return {
    title: '',
    groupId: null,
    date: new Date().toISOString().slice(0, 10),
    location: '',
    facilitator: '',
    noteTaker: '',
    attendance: null,
  };
}

export function sessionToInput(session: Session): SessionInput {
  const { title, groupId, date, location, facilitator, noteTaker, attendance, consent } = session;
  return { title, groupId, date, location, facilitator, noteTaker, attendance, consent };
}

export function SessionForm({
  initial,
  groups,
  submitLabel,
  onSubmit,
  idPrefix,
}: {
  initial: SessionInput;
  groups: StakeholderGroup[];
  submitLabel: string;
  onSubmit(input: SessionInput): Promise<boolean>;
  idPrefix: string;
}) {
  const [input, setInput] = useState<SessionInput>(initial);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof SessionInput>(key: K, value: SessionInput[K]) =>
    setInput((prev) => ({ ...prev, [key]: value }));
  const field = (name: string) => `${idPrefix}-${name}`;
  const { t } = useT();

  return (
    <form
      className="session-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!input.title.trim()) {
          setError(t('sessions.form.needTitle'));
          document.getElementById(field('title'))?.focus();
          return;
        }
        setError(null);
        if (await onSubmit({ ...input, title: input.title.trim() })) setInput(initial);
      }}
    >
      <div className="form-grid">
        <label className="field" htmlFor={field('title')}>
          <span>{t('sessions.form.title')}</span>
          <input
            id={field('title')}
            type="text"
            required
            value={input.title}
            onChange={(e) => set('title', e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <label className="field" htmlFor={field('group')}>
          <span>{t('sessions.form.group')}</span>
          <select
            id={field('group')}
            value={input.groupId ?? ''}
            onChange={(e) => set('groupId', e.target.value || null)}
          >
            <option value="">{t('sessions.form.noGroup')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={field('date')}>
          <span>{t('sessions.form.date')}</span>
          <input
            id={field('date')}
            type="date"
            value={input.date ?? ''}
            onChange={(e) => set('date', e.target.value || null)}
          />
        </label>
        <TextInput
          id={field('location')}
          label={t('sessions.form.place')}
          value={input.location ?? ''}
          onChange={(v) => set('location', v)}
        />
        <TextInput
          id={field('facilitator')}
          label={t('sessions.form.facilitator')}
          value={input.facilitator ?? ''}
          onChange={(v) => set('facilitator', v)}
        />
        <TextInput
          id={field('noteTaker')}
          label={t('sessions.form.noteTaker')}
          value={input.noteTaker ?? ''}
          onChange={(v) => set('noteTaker', v)}
        />
        <label className="field" htmlFor={field('attendance')}>
          <span>{t('sessions.form.attendance')}</span>
          <input
            id={field('attendance')}
            type="number"
            min={0}
            value={input.attendance ?? ''}
            onChange={(e) =>
              set('attendance', e.target.value === '' ? null : Math.max(0, Math.round(Number(e.target.value))))
            }
          />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary-button">
        {submitLabel}
      </button>
    </form>
  );
}

/** A labelled one-line text field of the session form. */
function TextInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
