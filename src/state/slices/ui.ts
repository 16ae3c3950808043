/** UI slice: language, panel tab, presentation mode, the user's name and the data tab's last message. */
import { languageLoaded, loadLanguage, type Language } from '../../i18n/i18n';
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
  /** Switches once the language's messages are in (English is fetched on first use); the last call wins. Never rejects. */
  setLanguage: (language: Language) => Promise<void>;
  setTab: (tab: PanelTab) => void;
  setPresenting: (on: boolean) => void;
  setPresentOrder: (order: PresentOrder) => void;
  setUserName: (name: string) => void;
  setDataMessage: (m: DataMessage | null) => void;
}

/** The language asked for last: a slower earlier load does not switch back to its language. */
let wanted: Language | null = null;

export const uiSlice: SliceOf<UiSlice> = (set) => ({
  language: 'vi',
  tab: 'overview',
  presenting: false,
  presentOrder: 'all',
  userName: '',
  dataMessage: null,
  setLanguage: async (language) => {
    wanted = language;
    // Offline before the English chunk was cached: the language stays as it is (the picker shows it).
    if (!languageLoaded(language)) await loadLanguage(language).catch(() => undefined);
    if (wanted === language && languageLoaded(language)) set({ language });
  },
  setTab: (tab) => set({ tab }),
  setPresenting: (presenting) => set({ presenting }),
  setPresentOrder: (presentOrder) => set({ presentOrder }),
  setUserName: (userName) => set({ userName }),
  setDataMessage: (dataMessage) => set({ dataMessage }),
});
