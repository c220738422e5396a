/**
 * Adding the people in the room at once: how many, then one button that names the codes it will add
 * (“Add P4 … P9”). Their age band and group are set afterwards in the table.
 */
import { useState } from 'react';
import type { Participant, Project, Session } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { addParticipants, MAX_PARTICIPANTS_AT_ONCE, nextParticipantCode } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { PARTICIPANT_TEXT as T } from './messages';

/** The codes the next `count` participants will get (as the command will give them). */
function nextCodes(prefix: string, existing: Pick<Participant, 'code'>[], count: number): string[] {
  const codes: string[] = [];
  const taken = [...existing];
  for (let i = 0; i < count; i++) {
    const code = nextParticipantCode(prefix, taken);
    codes.push(code);
    taken.push({ code });
  }
  return codes;
}

export function AddParticipantsForm({
  project,
  session,
  everyCode,
}: {
  project: Project;
  session: Session;
  /** Every code the session has used, withdrawn and removed ones too: codes are never reused. */
  everyCode: Pick<Participant, 'code'>[];
}) {
  const { runner } = useData();
  const act = useAct();
  const [count, setCount] = useState('4');
  const n = Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_PARTICIPANTS_AT_ONCE;
  const codes = valid ? nextCodes(project.defaults.speakerPrefix, everyCode, n) : [];
  return (
    <form
      className="inline-form add-participants"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!valid) return;
        await act(addParticipants(runner, session.id, n), (added) => T.added(added.map((p) => p.code)));
      }}
    >
      <label className="field">
        <span>{T.howMany}</span>
        <input
          type="number"
          min={1}
          max={MAX_PARTICIPANTS_AT_ONCE}
          inputMode="numeric"
          value={count}
          aria-invalid={!valid || undefined}
          aria-describedby="add-participants-hint"
          onChange={(event) => setCount(event.target.value)}
        />
      </label>
      <button type="submit" disabled={!valid}>
        {valid ? T.addButton(codes[0]!, codes.at(-1)!, n) : T.addSome}
      </button>
      <p id="add-participants-hint" className={valid ? 'muted' : 'field-error'}>
        {valid ? T.addHint : T.countProblem(MAX_PARTICIPANTS_AT_ONCE)}
      </p>
    </form>
  );
}
