/**
 * The keys of "Like this note" on a focused sticky: L moves to the first similar note that can be ticked, A
 * accepts the likely theme; each says so when there is nothing to move to or accept. The board's own handler
 * leaves L and A alone. One window listener for the panel's life, reading the latest state through a ref.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { announce } from '../app/announce';
import { isSimilarNotesKey } from './similarKeys';
import { msg } from '../ui/i18n';

export function useSimilarNotesKeys(current: {
  acceptSuggestion(): Promise<void>;
  hasSuggestion: boolean;
  neighbours: number;
}) {
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = isSimilarNotesKey(event);
      if (!key) return;
      event.preventDefault();
      const now = latest.current;
      if (key === 'list') {
        const first = document.querySelector<HTMLInputElement>('#similar-notes input:not(:disabled)');
        if (first) first.focus();
        else announce(msg(now.neighbours ? 'board.allSimilarHere' : 'board.noSimilar'));
      } else if (now.hasSuggestion) void now.acceptSuggestion();
      else announce(msg('board.noLikely'));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
