/**
 * Capture's frame around the note box: the top bar (where you are, the session's status and what can be done
 * with it, the shortcuts) and the dialogs and menus that open over the screen. All controls are capture's
 * actions, so they do what their keys do.
 */
import type { RefObject } from 'react';
import type { Project, Session } from '../../shared/domain/schemas';
import { routePath } from '../app/router';
import { ActionButton, ActionMenu } from '../ui/ActionMenu';
import { StatusBadge } from '../ui/StatusBadge';
import { CAPTURE_ACTIONS, captureAction, type CaptureContext, type NoteInFocus } from './captureActions';
import { applyKind, type CaptureDeps } from './captureCommands';
import { EraseNoteDialog } from './EraseNoteDialog';
import { KindPicker } from './KindPicker';
import { ACTION_TEXT as A, CAPTURE_TEXT as T } from './messages';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import type { Overlay } from './useCaptureKeys';

const SESSION_ACTIONS = ['start-session', 'close-session', 'reopen-session'].map(captureAction);

export function CaptureTopBar({
  project,
  session,
  context,
}: {
  project: Project;
  session: Session;
  context: CaptureContext;
}) {
  return (
    <div className="capture-top">
      <p className="breadcrumb">
        <a href={routePath({ name: 'session', projectId: project.id, sessionId: session.id })}>{session.title}</a> ›{' '}
        {T.breadcrumbHere}
      </p>
      <h1 id="capture-heading" className="visually-hidden">
        {T.screenTitle(session.title)}
      </h1>
      <StatusBadge status={session.status} />
      {SESSION_ACTIONS.filter((action) => action.when?.(context)).map((action) => (
        <ActionButton key={action.name} action={action} context={context} />
      ))}
      <ActionButton action={captureAction('show-shortcuts')} context={context} showKeys />
    </div>
  );
}

export function CaptureOverlays({
  overlay,
  deps,
  kindRef,
  noteContext,
  screenContext,
  onClose,
}: {
  overlay: Overlay;
  deps: CaptureDeps;
  kindRef: RefObject<HTMLDivElement | null>;
  noteContext(note: NoteInFocus): CaptureContext;
  screenContext: CaptureContext;
  /** `backToComposer`: focus returns to the note box (otherwise it returns where it was). */
  onClose(backToComposer: boolean): void;
}) {
  if (!overlay) return null;
  switch (overlay.kind) {
    case 'shortcuts':
      return <ShortcutsOverlay context={screenContext} onClose={() => onClose(true)} />;
    case 'kind-picker':
      return (
        <KindPicker
          kinds={deps.kinds}
          current={overlay.note ? overlay.note.kind : deps.state.kind}
          triggerRef={overlay.note ? { current: overlay.note.element } : kindRef}
          onChoose={(kind) => void applyKind(deps, kind, overlay.note)}
          onClose={() => onClose(false)}
          returnFocus={() => (overlay.note ? overlay.note.element?.focus() : deps.ui.composer()?.focus())}
        />
      );
    case 'erase-note':
      return (
        <EraseNoteDialog
          note={overlay.note}
          onClose={() => onClose(false)}
          onErased={(noteId) => focusComposerOnceGone(noteId, () => deps.ui.composer()?.focus())}
        />
      );
    case 'note-menu':
      return (
        <ActionMenu
          actions={CAPTURE_ACTIONS}
          menu="note"
          context={noteContext(overlay.note)}
          label={A.noteActions()}
          triggerRef={{ current: overlay.note.element }}
          onClose={() => onClose(false)}
        />
      );
  }
}

/**
 * After an erasure the dialog cannot give focus back to the note (it is gone), so the note box gets it: once the
 * dialog has closed and the note has left the feed, a frame later than the dialog's own focus restore.
 */
function focusComposerOnceGone(noteId: string, focusComposer: () => void, framesLeft = 60): void {
  const waiting =
    document.querySelector('.modal-overlay') ?? document.querySelector(`#note-feed [data-note-id="${noteId}"]`);
  if (waiting && framesLeft > 0) {
    requestAnimationFrame(() => focusComposerOnceGone(noteId, focusComposer, framesLeft - 1));
    return;
  }
  requestAnimationFrame(focusComposer);
}
