/**
 * What the facilitator has “set” while capturing a session: current question, speaker, kind, and the flags
 * for the next note. UI state (zustand), kept per session in localStorage so a reload or a crash puts the
 * facilitator back exactly where they were.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface SessionCaptureState {
  questionId: string | null;
  /** When the current question became current (ms), for its time box. */
  questionStartedAt: number;
  participantId: string | null;
  kind: string | null;
  sensitive: boolean;
  doNotQuote: boolean;
}

interface CaptureStore {
  sessions: Record<string, SessionCaptureState>;
  patch(sessionId: string, patch: Partial<SessionCaptureState>): void;
}

export const defaultCaptureState = (): SessionCaptureState => ({
  questionId: null,
  questionStartedAt: Date.now(),
  participantId: null,
  kind: null,
  sensitive: false,
  doNotQuote: false,
});

export const useCaptureStore = create<CaptureStore>()(
  persist(
    (set) => ({
      sessions: {},
      patch: (sessionId, patch) =>
        set((state) => ({
          sessions: {
            ...state.sessions,
            [sessionId]: { ...(state.sessions[sessionId] ?? defaultCaptureState()), ...patch },
          },
        })),
    }),
    { name: 'fieldnotes.capture', version: 1 },
  ),
);

export function useSessionCaptureState(sessionId: string): SessionCaptureState {
  return useCaptureStore((state) => state.sessions[sessionId]) ?? FALLBACK;
}

const FALLBACK = defaultCaptureState();
