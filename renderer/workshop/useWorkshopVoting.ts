/**
 * Voting from the workshop screen: each press is one command, run one after another, so a quick "+ + +" before
 * the screen has caught up still lands in one workshop session (the first press starts it) and counts three.
 */
import { useRef } from 'react';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { castWorkshopVote, setSessionStatus } from '../data';
import { describeError } from '../data/errors';
import { msg, uiTranslator } from '../ui/i18n';

export function useWorkshopVoting(projectId: string, runningSessionId: string | null) {
  const { runner } = useData();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const started = useRef<string | null>(null);

  const vote = (themeId: string, themeName: string, delta: 1 | -1) => {
    queue.current = queue.current.then(async () => {
      try {
        const result = await castWorkshopVote(runner, {
          projectId,
          sessionId: runningSessionId ?? started.current,
          themeId,
          delta,
        });
        started.current = result.sessionId;
        announce(msg('workshop.voted', { count: result.votes, theme: themeName }));
      } catch (error) {
        notifyError(describeError(error, uiTranslator()));
      }
    });
  };

  const endVoting = () => {
    if (!runningSessionId) return;
    started.current = null;
    setSessionStatus(runner, runningSessionId, 'closed').then(
      () => announce(msg('workshop.votingClosed')),
      (error: unknown) => notifyError(describeError(error, uiTranslator())),
    );
  };

  return { vote, endVoting };
}
