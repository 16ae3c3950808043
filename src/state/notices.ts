/**
 * Notices about data the app did not take as given: URL parameters ignored, changes merged with another tab,
 * data refreshed from another tab. Kept apart from the main store; shown by components/StorageNotices.tsx.
 */
import { create } from 'zustand';
import type { QuarantinedRecord } from '../io/storage';

export interface Notice {
  id: number;
  kind: 'info' | 'warn';
  key: string;
  params?: Record<string, string | number>;
}

interface NoticeState {
  notices: Notice[];
  /** Stored records that failed validation when read back (all provinces). */
  quarantined: QuarantinedRecord[];
  push: (n: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  quarantined: [],
  push: (n) =>
    set((s) => ({
      // the same message twice is shown once, the latest
      notices: [...s.notices.filter((x) => x.key !== n.key), { ...n, id: nextId++ }],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const pushNotice = (n: Omit<Notice, 'id'>) => useNotices.getState().push(n);
