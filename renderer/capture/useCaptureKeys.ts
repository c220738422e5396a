/**
 * Capture's one key handler: it works out where the key was pressed (the note box, a feed note, another text
 * field, elsewhere) and runs the first of capture's actions that matches the key and applies there.
 */
import type { KeyboardEvent } from 'react';
import { findKeyAction } from '../ui/actions';
import { CAPTURE_ACTIONS, type CaptureContext, type NoteInFocus } from './captureActions';

export type Overlay =
  | { kind: 'shortcuts' }
  | { kind: 'kind-picker'; note: NoteInFocus | null }
  | { kind: 'note-menu'; note: NoteInFocus }
  | { kind: 'erase-note'; note: NoteInFocus }
  | null;

function placeOf(target: HTMLElement): CaptureContext['place'] {
  if (target.id === 'composer-text') return 'composer';
  if (target.matches('li[data-note-id]')) return 'note';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target.isContentEditable)
    return 'text';
  return 'other';
}

export function useCaptureKeys(
  contextFor: (place: CaptureContext['place'], note: NoteInFocus | null, composerEmpty?: boolean) => CaptureContext,
  noteInFocus: (noteId: string, element: HTMLElement) => NoteInFocus | null,
  overlayOpen: boolean,
) {
  return (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Keys in dialogs and menus (rendered elsewhere in the page) are theirs, not capture's.
    if (overlayOpen || !event.currentTarget.contains(target) || event.defaultPrevented) return;
    const place = placeOf(target);
    const note = place === 'note' ? noteInFocus(target.dataset.noteId!, target) : null;
    const composerEmpty = place === 'composer' && (target as HTMLTextAreaElement).value === '';
    const context = contextFor(place, note, composerEmpty);
    const found = findKeyAction(CAPTURE_ACTIONS, event.nativeEvent, context);
    if (!found) return;
    event.preventDefault();
    void found.action.perform(context, found.trigger);
  };
}
