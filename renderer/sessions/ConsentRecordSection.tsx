/** How the room's consent was recorded (verbal, written), by whom, and any note on it. */
import { useState } from 'react';
import type { ConsentRecord, Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { updateSession } from '../data/commands/sessions';
import { useAct } from '../app/useAct';

export function ConsentRecordSection({ session }: { session: Session }) {
  const { runner } = useData();
  const act = useAct();
  const [draft, setDraft] = useState<ConsentRecord>(session.consent);
  return (
    <section aria-labelledby="consent-heading" className="setup-section">
      <h2 id="consent-heading">Consent record</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(updateSession(runner, session.id, { consent: draft }), 'Consent record saved');
        }}
      >
        <label className="field">
          <span>How consent was given</span>
          <select
            value={draft.method}
            onChange={(e) => setDraft({ ...draft, method: e.target.value as ConsentRecord['method'] })}
          >
            <option value="not-recorded">Not recorded yet</option>
            <option value="verbal">Verbal, at the start of the session</option>
            <option value="written">Written consent forms</option>
          </select>
        </label>
        <label className="field">
          <span>Recorded by</span>
          <input
            type="text"
            value={draft.recordedBy}
            onChange={(e) => setDraft({ ...draft, recordedBy: e.target.value })}
          />
        </label>
        <label className="field grow">
          <span>Notes on consent</span>
          <input type="text" value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
        </label>
        <button type="submit">Save consent record</button>
      </form>
    </section>
  );
}
