/**
 * The note box's draft, kept on this device as it is typed (see localCapture.ts for why and where): written
 * 250 ms after the last change at most, and at once when the page is hidden or left (pagehide, visibilitychange),
 * when the capture screen closes, and when the desktop app's window is about to close. It comes back, with the
 * caret where it was, when the session's capture opens again — after a reload, a crash or a closed window.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { readDraft, writeDraft } from './localCapture';

export const DRAFT_DELAY_MS = 250;

export interface DraftBox {
  text: string;
  /** True when the box opened with a draft from before. */
  restored: boolean;
  /** False once the browser refused to keep a copy (storage full or off). */
  kept: boolean;
  change(text: string): void;
  /** The caret moved (select, click, arrow keys): remembered for the draft. */
  caretMoved(start: number, end: number): void;
  /** Writes the draft now (and cancels the pending write). */
  flush(): void;
  /** Empties the box and forgets the draft at once (the note is kept elsewhere by then). */
  clear(): void;
}

export function useDraft(sessionId: string, fieldRef: RefObject<HTMLTextAreaElement | null>): DraftBox {
  const [initial] = useState(() => readDraft(sessionId));
  const [text, setText] = useState(initial?.text ?? '');
  const [kept, setKept] = useState(true);
  const [restored, setRestored] = useState(Boolean(initial?.text));
  const latest = useRef(text);
  const timer = useRef<number | null>(null);
  // The caret as last seen: when the screen closes, the box is gone before the last write.
  const caret = useRef({ start: initial?.selectionStart ?? 0, end: initial?.selectionEnd ?? 0 });

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const box = fieldRef.current;
    if (box) caret.current = { start: box.selectionStart, end: box.selectionEnd };
    const length = latest.current.length;
    const ok = writeDraft(sessionId, {
      text: latest.current,
      selectionStart: Math.min(caret.current.start, length),
      selectionEnd: Math.min(caret.current.end, length),
    });
    setKept(ok);
  }, [fieldRef, sessionId]);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      caret.current = { start: next.length, end: next.length };
      setText(next);
      if (timer.current === null) timer.current = window.setTimeout(flush, DRAFT_DELAY_MS);
    },
    [flush],
  );

  const clear = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    latest.current = '';
    setText('');
    setRestored(false);
    writeDraft(sessionId, null);
  }, [sessionId]);

  // The caret goes back where it was.
  useEffect(() => {
    if (!initial || !fieldRef.current) return;
    fieldRef.current.setSelectionRange(initial.selectionStart, initial.selectionEnd);
  }, [fieldRef, initial]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush]);
  // Leaving the screen writes the draft too; a layout effect, so the box (and its caret) is still there.
  useLayoutEffect(() => flush, [flush]);

  const caretMoved = useCallback((start: number, end: number) => {
    caret.current = { start, end };
  }, []);

  return { text, restored, kept, change, caretMoved, flush, clear };
}
