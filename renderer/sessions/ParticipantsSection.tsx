/**
 * Participants of a session: pseudonymous codes only (P1, P2, ...), their consent, and withdrawal —
 * which erases every note attributed to that person, after a typed confirmation (WithdrawConsentDialog).
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsentStatus, Participant, Project, Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { listParticipants } from '../data/queries';
import { addParticipant, updateParticipant } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

export function ParticipantsSection({ project, session }: { project: Project; session: Session }) {
  const { db, runner } = useData();
  const act = useAct();
  const participants = useLiveQuery(() => listParticipants(db, session.id), [db, session.id]) ?? [];
  const [ageBand, setAgeBand] = useState('');
  const [withdrawing, setWithdrawing] = useState<Participant | null>(null);

  return (
    <section aria-labelledby="participants-heading" className="setup-section">
      <h2 id="participants-heading">Participants</h2>
      <p className="muted">
        Speakers are recorded by code ({project.defaults.speakerPrefix}1, {project.defaults.speakerPrefix}2, …), never
        by name. In capture, Alt+1 … Alt+9 picks or adds a speaker.
      </p>
      {participants.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Participants</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Age band</th>
              <th scope="col">Consent</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <ParticipantRow key={participant.id} participant={participant} onWithdraw={setWithdrawing} />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const attributes: Record<string, string> = ageBand ? { ageBand } : {};
          if (await act(addParticipant(runner, session.id, { attributes }), (p) => `Participant ${p.code} added`))
            setAgeBand('');
        }}
      >
        <label className="field">
          <span>Age band (optional)</span>
          <select value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
            <option value="">(not recorded)</option>
            {['under 18', '18–24', '25–44', '45–64', '65+'].map((band) => (
              <option key={band}>{band}</option>
            ))}
          </select>
        </label>
        <button type="submit">Add participant</button>
      </form>
      <WithdrawConsentDialog participant={withdrawing} onClose={() => setWithdrawing(null)} />
    </section>
  );
}

function ParticipantRow({
  participant,
  onWithdraw,
}: {
  participant: Participant;
  onWithdraw(participant: Participant): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const withdrawn = participant.consent === 'withdrawn';
  return (
    <tr>
      <th scope="row">{participant.code}</th>
      <td>{participant.attributes.ageBand ?? '—'}</td>
      <td>
        {withdrawn ? (
          'Withdrawn (notes erased)'
        ) : (
          <select
            aria-label={`Consent of ${participant.code}`}
            value={participant.consent}
            onChange={(e) =>
              act(
                updateParticipant(runner, participant.id, { consent: e.target.value as ConsentStatus }),
                'Consent saved',
              )
            }
          >
            <option value="given">Given</option>
            <option value="pending">Pending</option>
          </select>
        )}
      </td>
      <td>
        {!withdrawn && (
          <button
            type="button"
            className="small-button danger"
            aria-label={`Withdraw consent of ${participant.code}`}
            onClick={() => onWithdraw(participant)}
          >
            Withdraw consent…
          </button>
        )}
      </td>
    </tr>
  );
}
