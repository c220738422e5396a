/** How the room's consent was recorded (verbal, written), by whom, and any note on it. */
import { useState } from 'react';
import type { ConsentRecord, Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { updateSession } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { CONSENT_TEXT as T } from './messages';

export function ConsentRecordSection({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const [draft, setDraft] = useState<ConsentRecord>(session.consent);
  return (
    <section aria-labelledby="consent-heading" className="setup-section">
      <h2 id="consent-heading">{T.heading}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(updateSession(runner, session.id, { consent: draft }), T.saved);
        }}
      >
        <label className="field">
          <span>{T.method}</span>
          <select
            value={draft.method}
            onChange={(e) => setDraft({ ...draft, method: e.target.value as ConsentRecord['method'] })}
          >
            <option value="not-recorded">{T.notRecorded}</option>
            <option value="verbal">{T.verbal}</option>
            <option value="written">{T.written}</option>
          </select>
        </label>
        <label className="field">
          <span>{T.recordedBy}</span>
          <input
            type="text"
            value={draft.recordedBy}
            onChange={(e) => setDraft({ ...draft, recordedBy: e.target.value })}
          />
        </label>
        <label className="field grow">
          <span>{T.notes}</span>
          <input type="text" value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
        </label>
        <button type="submit">{T.save}</button>
      </form>
    </section>
  );
}
