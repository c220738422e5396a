/**
 * One attribute of a participant (age band, group) as a choice in the participants table, saved when changed.
 * A value that is no longer among the options (a renamed group, an imported value) stays shown and selectable.
 */
import type { Participant } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { updateParticipant } from '../data/commands/sessions';
import { useAct } from '../app/useAct';
import { PARTICIPANT_TEXT as T } from './messages';

export function AttributeSelect({
  participant,
  attribute,
  label,
  options,
  disabled,
}: {
  participant: Participant;
  attribute: string;
  label: string;
  options: readonly string[];
  disabled?: boolean;
}) {
  const { runner } = useData();
  const act = useAct();
  const value = participant.attributes[attribute] ?? '';
  const choices = value && !options.includes(value) ? [...options, value] : options;
  return (
    <select
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const { [attribute]: _previous, ...rest } = participant.attributes;
        const attributes = event.target.value ? { ...rest, [attribute]: event.target.value } : rest;
        void act(updateParticipant(runner, participant.id, { attributes }), T.attributeSaved(participant.code));
      }}
    >
      <option value="">{T.notRecorded}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
