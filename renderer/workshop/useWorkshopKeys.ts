/** The workshop's keys, from its one action list (workshopActions.ts), acting on what is on screen now. */
import { useEffect } from 'react';
import { findKeyAction } from '../ui/actions';
import { WORKSHOP_ACTIONS, type WorkshopContext } from './workshopActions';

/** Keys typed into a field, a dialog or the export panel are theirs, not the deck's. */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], .ws-export');
}

export function useWorkshopKeys(context: WorkshopContext): void {
  // Listening again after each render is cheap and keeps the keys acting on the current context.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || keyBelongsElsewhere(event.target)) return;
      const found = findKeyAction(WORKSHOP_ACTIONS, event, context);
      if (!found) return;
      event.preventDefault();
      found.action.perform(context, found.trigger);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}
