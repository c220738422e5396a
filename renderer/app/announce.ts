/**
 * One polite live region for the whole app: screen-reader users hear what a keyboard action did
 * ("Note added", "Speaker P3", "Moved to theme Parking") without focus moving.
 * Also carries the error/notice banner, so every screen reports problems the same way.
 */
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
}

interface AnnounceState {
  message: string;
  serial: number;
  notices: Notice[];
  announce(message: string): void;
  notify(tone: Notice['tone'], message: string): void;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

export const useAnnouncer = create<AnnounceState>((set) => ({
  message: '',
  serial: 0,
  notices: [],
  announce: (message) => set((state) => ({ message, serial: state.serial + 1 })),
  notify: (tone, message) =>
    set((state) => ({
      notices: [...state.notices.filter((n) => n.message !== message), { id: nextNoticeId++, tone, message }].slice(-3),
      ...(tone === 'error' ? { message, serial: state.serial + 1 } : {}),
    })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));

export const announce = (message: string) => useAnnouncer.getState().announce(message);
export const notifyError = (message: string) => useAnnouncer.getState().notify('error', message);
export const notifyInfo = (message: string) => useAnnouncer.getState().notify('info', message);
