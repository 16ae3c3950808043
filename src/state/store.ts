/** Application state (zustand). Components read from here; loading goes through the actions. */
import type { Topology } from 'topojson-specification';
import { create } from 'zustand';
import { fetchProvinceIndex, loadProvince, PLAN_SLUGS, type ProvinceIndexEntry } from '../data/load';
import type { ProvinceModel } from '../domain/model';
import { registrationYears, type MapView } from '../domain/views';
import { createTranslator, type Language, type Translate } from '../i18n/i18n';

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

export interface AppState {
  language: Language;
  t: Translate;
  provinces: ProvinceIndexEntry[];
  provinceSlug: string | null;
  view: MapView;
  year: number;
  selectedDistrict: string | null;
  hover: HoverInfo | null;
  model: ProvinceModel | null;
  topology: Topology | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  init: () => Promise<void>;
  selectProvince: (slug: string) => Promise<void>;
  setView: (view: MapView) => void;
  setYear: (year: number) => void;
  selectDistrict: (code: string | null) => void;
  setHover: (hover: HoverInfo | null) => void;
  setLanguage: (language: Language) => void;
}

/** Default year for the registration view: 2024 when the plan covers it, else the plan's first year. */
function defaultYear(model: ProvinceModel): number {
  const years = registrationYears(model);
  return years.includes(2024) ? 2024 : model.plan.document.years[0];
}

export const useAppStore = create<AppState>((set, get) => ({
  language: 'vi',
  t: createTranslator('vi'),
  provinces: [],
  provinceSlug: null,
  view: 'level',
  year: 2024,
  selectedDistrict: null,
  hover: null,
  model: null,
  topology: null,
  status: 'idle',
  error: null,

  async init() {
    set({ status: 'loading', error: null });
    try {
      const provinces = await fetchProvinceIndex();
      set({ provinces });
      const requested = new URLSearchParams(window.location.search).get('province');
      const first = provinces.find((p) => p.slug === requested) ?? provinces.find((p) => p.slug === PLAN_SLUGS[0]) ?? provinces[0];
      if (first) await get().selectProvince(first.slug);
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },

  async selectProvince(slug) {
    const entry = get().provinces.find((p) => p.slug === slug);
    if (!entry) {
      set({ status: 'error', error: `Unknown province ${slug}` });
      return;
    }
    set({ status: 'loading', provinceSlug: slug, selectedDistrict: null, hover: null, error: null });
    try {
      const { model, topology } = await loadProvince(entry);
      if (get().provinceSlug !== slug) return; // a later choice won
      set({ model, topology, status: 'ready', year: defaultYear(model) });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },

  setView: (view) => set({ view }),
  setYear: (year) => set({ year }),
  selectDistrict: (code) => set({ selectedDistrict: code }),
  setHover: (hover) => set({ hover }),
  setLanguage: (language) => {
    document.documentElement.lang = language;
    set({ language, t: createTranslator(language) });
  },
}));
