/**
 * What the facilitator has “set” while capturing a session: current question, speaker, kind, the flags for the
 * next note and each question's time box. UI state (zustand), kept per session in localStorage (written at once on
 * every change), so a reload or a crash puts the facilitator back exactly where they were.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STOPPED, type QuestionClock } from './timebox';

export interface SessionCaptureState {
  questionId: string | null;
  participantId: string | null;
  kind: string | null;
  sensitive: boolean;
  doNotQuote: boolean;
  culturalProtocol: boolean;
  /** Each question's time box, by question id. */
  clocks: Record<string, QuestionClock>;
}

interface CaptureStore {
  sessions: Record<string, SessionCaptureState>;
  patch(sessionId: string, patch: Partial<SessionCaptureState>): void;
  /** Changes one question's time box. */
  setClock(sessionId: string, questionId: string, change: (clock: QuestionClock) => QuestionClock): void;
}

export const defaultCaptureState = (): SessionCaptureState => ({
  questionId: null,
  participantId: null,
  kind: null,
  sensitive: false,
  doNotQuote: false,
  culturalProtocol: false,
  clocks: {},
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
      setClock: (sessionId, questionId, change) =>
        set((state) => {
          const current = state.sessions[sessionId] ?? defaultCaptureState();
          const clock = current.clocks[questionId] ?? STOPPED;
          const next = change(clock);
          if (next === clock) return state;
          const clocks = { ...current.clocks, [questionId]: next };
          return { sessions: { ...state.sessions, [sessionId]: { ...current, clocks } } };
        }),
    }),
    {
      name: 'fieldnotes.capture',
      version: 3,
      // Version 1 kept one start time per session, which ran whether or not anyone captured: each question's
      // time box now starts stopped. Version 2 had no cultural-protocol flag: it starts off.
      migrate: (persisted, version) => {
        const sessions = (persisted as { sessions?: Record<string, Partial<SessionCaptureState>> })?.sessions ?? {};
        const migrated: Record<string, SessionCaptureState> = {};
        for (const [id, state] of Object.entries(sessions)) {
          const { questionStartedAt: _dropped, ...kept } = state as Partial<SessionCaptureState> & {
            questionStartedAt?: number;
          };
          migrated[id] = { ...defaultCaptureState(), ...kept, ...(version < 2 ? { clocks: {} } : {}) };
        }
        return { sessions: migrated };
      },
    },
  ),
);

export function useSessionCaptureState(sessionId: string): SessionCaptureState {
  return useCaptureStore((state) => state.sessions[sessionId]) ?? FALLBACK;
}

const FALLBACK = defaultCaptureState();
