/**
 * Withdrawing a participant's consent: an erasure, so the dialog says what goes, where, that it cannot be
 * undone and what it cannot reach, and asks for the participant's code to be typed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '../../shared/domain/schemas';
import { plural } from '../../shared/i18n/plural';
import { useData } from '../app/DataContext';
import { withdrawConsent } from '../data/commands/sessions';
import { countParticipantNotes } from '../data/queries';
import { ErasureLimits } from '../ui/ErasureLimits';
import { TypedConfirmDialog } from '../ui/TypedConfirmDialog';
import { useAct } from '../app/useAct';

export function WithdrawConsentDialog({ participant, onClose }: { participant: Participant | null; onClose(): void }) {
  const { db, runner } = useData();
  const act = useAct();
  const code = participant?.code ?? '';
  const notes = useLiveQuery(() => (participant ? countParticipantNotes(db, participant) : 0), [db, participant]);
  const count = notes === undefined ? 'every note' : plural(notes, { one: 'the # note', other: 'the # notes' });
  return (
    <TypedConfirmDialog
      isOpen={participant !== null}
      title={`Withdraw ${code}’s consent?`}
      word={code}
      confirmLabel={`Withdraw and erase ${code}’s notes`}
      onClose={onClose}
      onConfirm={() =>
        act(
          withdrawConsent(runner, participant!.id),
          (erased) => `${code} withdrawn; ${plural(erased, { one: '# note', other: '# notes' })} erased for ever`,
        )
      }
    >
      <p>
        This erases {count} attributed to {code}, here and on every device that syncs this project — also notes another
        device adds for {code} later. Their words leave the notes, the history, undo and the shared folder.{' '}
        <strong>This cannot be undone.</strong>
      </p>
      <ErasureLimits />
    </TypedConfirmDialog>
  );
}
