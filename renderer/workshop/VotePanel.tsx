/** The room's dots on the current theme: today's count, add and remove, and closing the voting. */
import type { Session } from '../../shared/domain/schemas';
import { ariaKeyShortcuts } from '../ui/actions';
import { useT } from '../ui/i18n';
import { WORKSHOP_ACTIONS, type WorkshopContext } from './workshopActions';

const action = (name: string) => WORKSHOP_ACTIONS.find((a) => a.name === name)!;

export function VotePanel({
  themeName,
  todaysVotes,
  running,
  context,
  endVoting,
}: {
  themeName: string;
  todaysVotes: number;
  running: Session | null | undefined;
  context: WorkshopContext;
  endVoting: () => void;
}) {
  const { t, number } = useT();
  return (
    <div className="ws-vote" role="group" aria-label={t('workshop.votesFor', { theme: themeName })}>
      <span>
        {t('workshop.votesHere')} <strong>{number(todaysVotes)}</strong>
      </span>
      <button
        type="button"
        aria-keyshortcuts={ariaKeyShortcuts(action('remove-vote'))}
        onClick={() => context.vote(-1)}
      >
        {t('workshop.removeVote')}
      </button>
      <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('add-vote'))} onClick={() => context.vote(1)}>
        {t('workshop.addVote')}
      </button>
      {running && (
        <button type="button" onClick={endVoting}>
          {t('workshop.closeVoting')}
        </button>
      )}
      <span className="ws-muted">
        {running ? t('workshop.recordedAs', { session: running.title }) : t('workshop.firstVote')}
      </span>
    </div>
  );
}
