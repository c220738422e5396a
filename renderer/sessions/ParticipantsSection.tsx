/**
 * Participants of a session: pseudonymous codes only (P1, P2, ...), added several at once, their age band and
 * group set in the table, their consent, and withdrawal — which erases every note attributed to that person,
 * after a typed confirmation (WithdrawConsentDialog).
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsentStatus, Participant, Project, Session, StakeholderGroup } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { listGroups, listParticipants, listUsedParticipantCodes } from '../data/queries';
import { updateParticipant } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { AddParticipantsForm } from './AddParticipantsForm';
import { AttributeSelect } from './AttributeSelect';
import { AGE_BANDS, PARTICIPANT_TEXT as T } from './messages';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

export function ParticipantsSection({ project, session }: { project: Project; session: Session }) {
  const { db } = useData();
  const data = useLiveQuery(
    async () => ({
      participants: await listParticipants(db, session.id),
      usedCodes: await listUsedParticipantCodes(db, session.id),
      groups: await listGroups(db, project.id),
    }),
    [db, session.id, project.id],
  );
  const participants = data?.participants ?? [];
  const [withdrawing, setWithdrawing] = useState<Participant | null>(null);
  return (
    <section aria-labelledby="participants-heading" className="setup-section">
      <h2 id="participants-heading">{T.heading}</h2>
      <p className="muted">{T.intro(project.defaults.speakerPrefix)}</p>
      {participants.length > 0 && (
        <table className="data-table participants-table">
          <caption className="visually-hidden">{T.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.code}</th>
              <th scope="col">{T.ageBand}</th>
              <th scope="col">{T.group}</th>
              <th scope="col">{T.consent}</th>
              <th scope="col">
                <span className="visually-hidden">{T.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <ParticipantRow
                key={participant.id}
                participant={participant}
                groups={data?.groups ?? []}
                onWithdraw={setWithdrawing}
              />
            ))}
          </tbody>
        </table>
      )}
      {data && <AddParticipantsForm project={project} session={session} everyCode={data.usedCodes} />}
      <WithdrawConsentDialog participant={withdrawing} onClose={() => setWithdrawing(null)} />
    </section>
  );
}

function ParticipantRow({
  participant,
  groups,
  onWithdraw,
}: {
  participant: Participant;
  groups: StakeholderGroup[];
  onWithdraw(participant: Participant): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const withdrawn = participant.consent === 'withdrawn';
  return (
    <tr>
      <th scope="row">{participant.code}</th>
      <td>
        <AttributeSelect
          participant={participant}
          attribute="ageBand"
          label={T.ageBandOf(participant.code)}
          options={AGE_BANDS}
          disabled={withdrawn}
        />
      </td>
      <td>
        <AttributeSelect
          participant={participant}
          attribute="group"
          label={T.groupOf(participant.code)}
          options={groups.map((g) => g.name)}
          disabled={withdrawn}
        />
      </td>
      <td>
        {withdrawn ? (
          T.withdrawn
        ) : (
          <select
            aria-label={T.consentOf(participant.code)}
            value={participant.consent}
            onChange={(e) =>
              act(
                updateParticipant(runner, participant.id, { consent: e.target.value as ConsentStatus }),
                T.consentSaved,
              )
            }
          >
            <option value="given">{T.consentGiven}</option>
            <option value="pending">{T.consentPending}</option>
          </select>
        )}
      </td>
      <td>
        {!withdrawn && (
          <button
            type="button"
            className="small-button danger"
            aria-label={T.withdrawOf(participant.code)}
            onClick={() => onWithdraw(participant)}
          >
            {T.withdraw}
          </button>
        )}
      </td>
    </tr>
  );
}
