/** The room's dots on the current theme: today's count, add and remove, and closing the voting. */
import type { Session } from '../../shared/domain/schemas';
import { ariaKeyShortcuts } from '../ui/actions';
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
  return (
    <div className="ws-vote" role="group" aria-label={`Votes for ${themeName}`}>
      <span>
        Votes at this workshop: <strong>{todaysVotes}</strong>
      </span>
      <button
        type="button"
        aria-keyshortcuts={ariaKeyShortcuts(action('remove-vote'))}
        onClick={() => context.vote(-1)}
      >
        − Remove a vote
      </button>
      <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('add-vote'))} onClick={() => context.vote(1)}>
        + Add a vote
      </button>
      {running && (
        <button type="button" onClick={endVoting}>
          Close the voting
        </button>
      )}
      <span className="ws-muted">
        {running
          ? `Recorded as “${running.title}”; Ctrl+Z undoes a vote.`
          : 'The first vote starts a Council workshop session; its votes count in the priorities.'}
      </span>
    </div>
  );
}
