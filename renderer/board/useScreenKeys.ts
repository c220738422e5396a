/**
 * Keys that work anywhere on the board screen (search, shortcuts, a new note), except while typing in a field
 * or inside a dialog or menu, from the board's screen actions (actions/screenActions.ts).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { runKey, SCREEN_ACTIONS } from './actions/boardActions';
import type { CanvasControls } from './BoardCanvas';

export function useScreenKeys(controls: CanvasControls | null): void {
  const latest = useRef(controls);
  useLayoutEffect(() => {
    latest.current = controls;
  }, [controls]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.defaultPrevented ||
        target?.closest?.(
          'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"], [role="menu"]',
        )
      )
        return;
      const canvas = latest.current;
      if (runKey(SCREEN_ACTIONS, event, { canvas: canvas ? (target) => canvas.contextFor(target) : null }))
        event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
