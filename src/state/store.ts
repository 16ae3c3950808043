/** Application state (zustand). Components read from here; loading goes through the actions. */
import type { Topology } from 'topojson-specification';
import { create } from 'zustand';
import { fetchProvinceIndex, loadProvince, PLAN_SLUGS, type ProvinceIndexEntry } from '../data/load';
import type { DistrictFilter } from '../domain/filters';
import type { ProvinceModel } from '../domain/model';
import { registrationYears, type MapView } from '../domain/views';
import { createTranslator, type Language, type Translate } from '../i18n/i18n';
import { fromQuery, toQuery, type SharedState } from './url';

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

export type PanelTab = 'overview' | 'lagging' | 'deadlines';
export type PresentOrder = 'all' | 'lagging';

export interface AppState {
  language: Language;
  t: Translate;
  provinces: ProvinceIndexEntry[];
  provinceSlug: string | null;
  view: MapView;
  year: number;
  selectedDistrict: string | null;
  /** Commune picked in search: shown highlighted in its district's panel. */
  focusedCommune: string | null;
  hover: HoverInfo | null;
  filter: DistrictFilter;
  asOf: string;
  tab: PanelTab;
  presenting: boolean;
  presentOrder: PresentOrder;
  model: ProvinceModel | null;
  topology: Topology | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Bumped to ask the map to zoom to the selected district. */
  zoomRequest: number;
  init: () => Promise<void>;
  selectProvince: (slug: string, keep?: Partial<SharedState>) => Promise<void>;
  setView: (view: MapView) => void;
  setYear: (year: number) => void;
  selectDistrict: (code: string | null, options?: { zoom?: boolean; commune?: string | null }) => void;
  setHover: (hover: HoverInfo | null) => void;
  setLanguage: (language: Language) => void;
  setFilter: (filter: DistrictFilter) => void;
  setAsOf: (date: string) => void;
  setTab: (tab: PanelTab) => void;
  setPresenting: (on: boolean) => void;
  setPresentOrder: (order: PresentOrder) => void;
  applyShared: (shared: SharedState) => Promise<void>;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Default year for the registration and progress views: 2024 when the plan covers it, else its first year. */
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
  focusedCommune: null,
  hover: null,
  filter: {},
  asOf: todayIso(),
  tab: 'overview',
  presenting: false,
  presentOrder: 'all',
  model: null,
  topology: null,
  status: 'idle',
  error: null,
  zoomRequest: 0,

  async init() {
    set({ status: 'loading', error: null });
    try {
      const provinces = await fetchProvinceIndex();
      set({ provinces });
      await get().applyShared(fromQuery(window.location.search));
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },

  async applyShared(shared) {
    const provinces = get().provinces;
    const slug =
      provinces.find((p) => p.slug === shared.province)?.slug ??
      provinces.find((p) => p.slug === PLAN_SLUGS[0])?.slug ??
      provinces[0]?.slug;
    if (shared.language !== get().language) get().setLanguage(shared.language);
    if (slug && slug !== get().provinceSlug) await get().selectProvince(slug, shared);
    else {
      const model = get().model;
      set({
        view: shared.view,
        year: shared.year ?? (model ? defaultYear(model) : get().year),
        selectedDistrict: model?.districts.some((d) => d.code === shared.district) ? shared.district : null,
        filter: { levels: shared.levels, registrationYear: shared.registrationYear ?? undefined, agencyKey: shared.agency ?? undefined },
        asOf: shared.asOf ?? get().asOf,
        presenting: shared.presenting,
      });
    }
  },

  async selectProvince(slug, keep) {
    const entry = get().provinces.find((p) => p.slug === slug);
    if (!entry) {
      set({ status: 'error', error: `Unknown province ${slug}` });
      return;
    }
    set({ status: 'loading', provinceSlug: slug, selectedDistrict: null, focusedCommune: null, hover: null, error: null, filter: {} });
    try {
      const { model, topology } = await loadProvince(entry);
      if (get().provinceSlug !== slug) return; // a later choice won
      set({
        model,
        topology,
        status: 'ready',
        year: keep?.year ?? defaultYear(model),
        view: keep?.view ?? get().view,
        selectedDistrict: keep?.district && model.districts.some((d) => d.code === keep.district) ? keep.district : null,
        filter: keep ? { levels: keep.levels, registrationYear: keep.registrationYear ?? undefined, agencyKey: keep.agency ?? undefined } : {},
        asOf: keep?.asOf ?? get().asOf,
        presenting: keep?.presenting ?? get().presenting,
      });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },

  setView: (view) => set({ view }),
  setYear: (year) => set({ year }),
  selectDistrict: (code, options) =>
    set((s) => ({
      selectedDistrict: code,
      focusedCommune: options?.commune ?? null,
      zoomRequest: options?.zoom ? s.zoomRequest + 1 : s.zoomRequest,
    })),
  setHover: (hover) => set({ hover }),
  setLanguage: (language) => {
    document.documentElement.lang = language;
    set({ language, t: createTranslator(language) });
  },
  setFilter: (filter) => set({ filter }),
  setAsOf: (asOf) => set({ asOf }),
  setTab: (tab) => set({ tab }),
  setPresenting: (presenting) => set({ presenting }),
  setPresentOrder: (presentOrder) => set({ presentOrder }),
}));

/** The shareable state of the store, for the URL. */
export function sharedOf(s: AppState): SharedState {
  return {
    province: s.provinceSlug,
    view: s.view,
    year: s.model && s.year !== defaultYear(s.model) ? s.year : null,
    district: s.selectedDistrict,
    levels: s.filter.levels ?? [],
    registrationYear: s.filter.registrationYear ?? null,
    agency: s.filter.agencyKey ?? null,
    asOf: s.asOf !== todayIso() ? s.asOf : null,
    language: s.language,
    presenting: s.presenting,
  };
}

/** Keeps the URL in step with the store (push on change) and the store with the URL (back/forward). */
export function syncUrl(): () => void {
  let applying = false;
  const unsubscribe = useAppStore.subscribe((state) => {
    if (applying || state.status !== 'ready') return;
    const query = toQuery(sharedOf(state));
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  });
  const onPop = () => {
    applying = true;
    void useAppStore
      .getState()
      .applyShared(fromQuery(window.location.search))
      .finally(() => {
        applying = false;
      });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
