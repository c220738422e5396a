/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo the last command anywhere in the app,
 * except inside a text field that has its own text to undo (the browser's text undo wins there).
 */
import { msg } from '../ui/i18n';
import { useEffect } from 'react';
import { useData } from './DataContext';
import { announce, notifyError } from './announce';
import { describeError } from '../data/errors';

function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return target.value.length > 0;
  return target.isContentEditable;
}

export function useGlobalUndo(): void {
  const { runner } = useData();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
      if (!isUndo && !isRedo) return;
      if (isEditingText(event.target)) return;
      event.preventDefault();
      const action = isUndo ? runner.undo() : runner.redo();
      action
        .then((label) =>
          announce(
            label
              ? msg(isUndo ? 'app.undid' : 'app.redid', { label: msg(label.id, label.values) })
              : msg(isUndo ? 'app.nothingToUndo' : 'app.nothingToRedo'),
          ),
        )
        .catch((error: unknown) => notifyError(describeError(error)));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runner]);
}
