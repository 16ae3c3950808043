/** UI slice: language, panel tab, presentation mode, the user's name and the data tab's last message. */
import type { Language } from '../../i18n/i18n';
import type { SliceOf } from '../types';

export type PanelTab = 'overview' | 'lagging' | 'deadlines' | 'data';
export type PresentOrder = 'all' | 'lagging';

export interface DataMessage {
  kind: 'ok' | 'error';
  key: string;
  params?: Record<string, string | number>;
}

export interface UiSlice {
  language: Language;
  tab: PanelTab;
  presenting: boolean;
  presentOrder: PresentOrder;
  /** Recorded with every import and edit (saved in IndexedDB by ../effects/storage). */
  userName: string;
  dataMessage: DataMessage | null;
  setLanguage: (language: Language) => void;
  setTab: (tab: PanelTab) => void;
  setPresenting: (on: boolean) => void;
  setPresentOrder: (order: PresentOrder) => void;
  setUserName: (name: string) => void;
  setDataMessage: (m: DataMessage | null) => void;
}

export const uiSlice: SliceOf<UiSlice> = (set) => ({
  language: 'vi',
  tab: 'overview',
  presenting: false,
  presentOrder: 'all',
  userName: '',
  dataMessage: null,
  setLanguage: (language) => set({ language }),
  setTab: (tab) => set({ tab }),
  setPresenting: (presenting) => set({ presenting }),
  setPresentOrder: (presentOrder) => set({ presentOrder }),
  setUserName: (userName) => set({ userName }),
  setDataMessage: (dataMessage) => set({ dataMessage }),
});
