/**
 * Short notices with one action, e.g. “Note deleted — Undo”, for any screen (capture now, the board later).
 * react-aria's toast region: read out when it appears (role=alert), a landmark that F6 reaches from anywhere
 * (and that gives focus back where it was when it is left), timers paused while it is hovered or focused. A toast
 * with an action stays long enough to use it, and the action is never the only way (Ctrl+Z undoes too).
 */
import { useSyncExternalStore } from 'react';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import './toasts.css';

export interface ToastContentValue {
  message: string;
  action?: { label: string; perform(): unknown };
}

export const toastQueue = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 3 });

/** How long a toast stays when nobody attends to it (react-aria requires at least 5 s). */
export const TOAST_TIMEOUT_MS = 10_000;

export function showToast(content: ToastContentValue, timeout = TOAST_TIMEOUT_MS): string {
  return toastQueue.add(content, { timeout });
}

/** Rendered once, in the app frame. `label` names the region for screen readers and F6. */
export function ToastArea({ label, closeLabel }: { label: string; closeLabel: string }) {
  // Mounted only while there are toasts: react-aria registers the region for F6 when it mounts, and an empty
  // region renders nothing to register.
  const showing = useSyncExternalStore(
    (onChange) => toastQueue.subscribe(onChange),
    () => toastQueue.visibleToasts.length > 0,
  );
  if (!showing) return null;
  return (
    <ToastRegion queue={toastQueue} className="toast-region" aria-label={label}>
      {({ toast }) => (
        <Toast toast={toast} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title">{toast.content.message}</Text>
          </ToastContent>
          {toast.content.action && (
            <Button
              className="toast-action"
              onPress={() => {
                toastQueue.close(toast.key);
                void toast.content.action!.perform();
              }}
            >
              {toast.content.action.label}
            </Button>
          )}
          <Button slot="close" className="toast-close" aria-label={closeLabel}>
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
