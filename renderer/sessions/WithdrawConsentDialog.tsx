/**
 * Withdrawing a participant's consent: an erasure, so the dialog says what goes, where, that it cannot be
 * undone and what it cannot reach, and asks for the participant's code to be typed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { withdrawConsent } from '../data/commands/sessions';
import { countParticipantNotes } from '../data/queries';
import { ErasureLimits } from '../ui/ErasureLimits';
import { TypedConfirmDialog } from '../ui/TypedConfirmDialog';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';

export function WithdrawConsentDialog({ participant, onClose }: { participant: Participant | null; onClose(): void }) {
  const { db, runner } = useData();
  const act = useAct();
  const { t } = useT();
  const code = participant?.code ?? '';
  const notes = useLiveQuery(() => (participant ? countParticipantNotes(db, participant) : 0), [db, participant]);
  return (
    <TypedConfirmDialog
      isOpen={participant !== null}
      title={t('participants.withdrawTitle', { code })}
      word={code}
      confirmLabel={t('participants.withdrawConfirm', { code })}
      onClose={onClose}
      onConfirm={() =>
        act(withdrawConsent(runner, participant!.id), (erased) =>
          t('participants.withdrawDone', { code, count: erased }),
        )
      }
    >
      <p>
        {t('participants.withdrawWhat', { code, known: notes === undefined ? 'no' : 'yes', count: notes ?? 0 })}{' '}
        <strong>{t('participants.withdrawFinal')}</strong>
      </p>
      <ErasureLimits />
    </TypedConfirmDialog>
  );
}
