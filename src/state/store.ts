/** Application state (zustand). Components read from here; loading goes through the actions. */
import type { Topology } from 'topojson-specification';
import { create } from 'zustand';
import { fetchHistory, fetchNationalTopology, fetchNewProvinces, fetchProvinceIndex, prefetchProvince, type NewProvinceEntry, loadProvince, NATIONAL_SLUG, PLAN_SLUGS, type ProvinceIndexEntry } from '../data/load';
import { eraOn, type Era, type ProvinceHistory } from '../domain/history';
import { modelInRearrangedUnits } from '../domain/rearranged';
import { dissolveIntoNewCommunes } from '../io/dissolve-client';
import type { DissolveResult } from '../workers/dissolve.worker';
import type { DistrictFilter } from '../domain/filters';
import type { ProvinceModel } from '../domain/model';
import type { MapView } from '../domain/views';
import { createTranslator, type Language, type Translate } from '../i18n/i18n';
import { fromQuery, toQuery, type SharedState } from './url';
import { applyChangeSet, applyOverlay, emptyOverlay, makeChangeSet, parseOverlay, undoLast, type ChangeSet, type Overlay, type UnitFacts } from '../domain/overlay';
import { deleteBoundaries, deleteOverlay, loadBoundaries, loadOverlay, loadSetting, saveBoundaries, saveOverlay, saveSetting, type StoredBoundaries } from '../io/storage';
import { loadPublished } from '../sync/published';

export interface HoverInfo {
  /** District under the pointer. */
  code: string;
  /** Commune under the pointer, when commune polygons are shown. */
  commune?: string;
  /** In the national overview, `code` is a province code. */
  province?: boolean;
  /** From 1 July 2025, `code` is a new commune drawn from the office's polygons. */
  newCommune?: boolean;
  x: number;
  y: number;
}

export type PanelTab = 'overview' | 'lagging' | 'deadlines' | 'data';
export type Tier = 'district' | 'commune';

export interface DataMessage {
  kind: 'ok' | 'error';
  key: string;
  params?: Record<string, string | number>;
}
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
  /** The plan joined to units; `planModel` is this with the office's overlay on top. */
  baseModel: ProvinceModel | null;
  planModel: ProvinceModel | null;
  /** What the screens show: `planModel`, or the same in the units valid on `unitsAsOf` (rearranged districts). */
  model: ProvinceModel | null;
  /** Show the units valid on this date; null = the units the plan was written for. */
  unitsAsOf: string | null;
  /** The province's units over time (loaded on demand). */
  history: ProvinceHistory | null;
  era: Era;
  /** The office's commune polygons dissolved into the 2025 communes (from 1 July 2025, when polygons are loaded). */
  newCommuneBoundaries: DissolveResult | null;
  /** The 2025 commune opened in the new-units panel (also from a click on the map). */
  focusedNewCommune: string | null;
  setFocusedNewCommune: (code: string | null) => void;
  overlay: Overlay | null;
  communeBoundaries: StoredBoundaries | null;
  /** District polygons the office imported in place of the built-in ones. */
  districtBoundaries: StoredBoundaries | null;
  tier: Tier;
  userName: string;
  dataMessage: DataMessage | null;
  topology: Topology | null;
  /** The national overview is open (all provinces; the five with plans highlighted). */
  national: boolean;
  nationalTopology: Topology | null;
  /** The 34 provinces of 1 July 2025 (for the national overview after that date). */
  newProvinces: NewProvinceEntry[] | null;
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
  setUnitsAsOf: (date: string | null) => Promise<void>;
  /** Loads the province's unit history if it is not loaded yet. */
  ensureHistory: () => Promise<ProvinceHistory | null>;
  setTab: (tab: PanelTab) => void;
  setPresenting: (on: boolean) => void;
  setPresentOrder: (order: PresentOrder) => void;
  applyShared: (shared: SharedState) => Promise<void>;
  setTier: (tier: Tier) => void;
  setUserName: (name: string) => void;
  /** Applies office facts as one change set (an import or an edit); false when nothing changed. */
  applyFacts: (updates: { code: string; facts: UnitFacts }[], origin: ChangeSet['origin'], label: string) => Promise<boolean>;
  undo: () => Promise<void>;
  resetToPlan: () => Promise<void>;
  importOverlayText: (text: string) => Promise<void>;
  setBoundaries: (b: StoredBoundaries) => Promise<void>;
  removeBoundaries: (tier: Tier) => Promise<void>;
  setDataMessage: (m: DataMessage | null) => void;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Default year for the registration and progress views: 2024 when the plan covers it, else its first year. */
function defaultYear(model: ProvinceModel): number {
  return model.plan.document.years.includes(2024) ? 2024 : model.plan.document.years[0];
}

/** The model the screens show for a plan model, the province history and the chosen date. */
export function shownModel(planModel: ProvinceModel, history: ProvinceHistory | null, unitsAsOf: string | null): { model: ProvinceModel; era: Era } {
  if (!history || history.provinceCode !== planModel.province.code) return { model: planModel, era: 'plan' };
  const era = eraOn(history, unitsAsOf);
  return { model: era === 'rearranged' ? modelInRearrangedUnits(planModel, history) : planModel, era };
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
  baseModel: null,
  planModel: null,
  model: null,
  unitsAsOf: null,
  history: null,
  era: 'plan',
  newCommuneBoundaries: null,
  focusedNewCommune: null,
  overlay: null,
  communeBoundaries: null,
  districtBoundaries: null,
  tier: 'district',
  userName: '',
  dataMessage: null,
  topology: null,
  national: false,
  nationalTopology: null,
  newProvinces: null,
  status: 'idle',
  error: null,
  zoomRequest: 0,

  init() {
    // Started once, as early as possible (main.tsx), and awaited by the App.
    initPromise ??= doInit();
    return initPromise;
  },

  async applyShared(shared) {
    const provinces = get().provinces;
    if (shared.province === NATIONAL_SLUG) {
      if (shared.language !== get().language) get().setLanguage(shared.language);
      set({ unitsAsOf: shared.unitsAsOf });
      if (get().provinceSlug !== NATIONAL_SLUG) await get().selectProvince(NATIONAL_SLUG);
      return;
    }
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
        tier: shared.tier,
      });
      if (shared.unitsAsOf !== get().unitsAsOf) await get().setUnitsAsOf(shared.unitsAsOf);
    }
  },

  async selectProvince(slug, keep) {
    if (slug === NATIONAL_SLUG) {
      set({ status: 'loading', provinceSlug: slug, selectedDistrict: null, focusedCommune: null, hover: null, presenting: false });
      try {
        const [nationalTopology, newProvinces] = await Promise.all([fetchNationalTopology(), fetchNewProvinces()]);
        if (get().provinceSlug !== slug) return;
        set({ national: true, nationalTopology, newProvinces, status: 'ready', era: 'plan' });
      } catch (error) {
        set({ status: 'error', error: (error as Error).message });
      }
      return;
    }
    const entry = get().provinces.find((p) => p.slug === slug);
    if (!entry) {
      set({ status: 'error', error: `Unknown province ${slug}` });
      return;
    }
    set({ status: 'loading', provinceSlug: slug, selectedDistrict: null, focusedCommune: null, hover: null, error: null, filter: {}, dataMessage: null });
    try {
      const [{ model, topology }, stored, boundaries, districtBoundaries, published] = await Promise.all([
        loadProvince(entry),
        loadOverlay(entry.code).catch(() => undefined),
        loadBoundaries(entry.code, 'commune').catch(() => undefined),
        loadBoundaries(entry.code, 'district').catch(() => undefined),
        loadPublished(entry.slug).catch(() => null),
      ]);
      performance.mark('ntm:province-data');
      if (get().provinceSlug !== slug) return; // a later choice won
      // The office's own edits on this device, else the data published with the app (npm run publish), else none.
      const overlay = stored ?? published?.overlay ?? emptyOverlay(entry.code);
      const planModel = applyOverlay(model, overlay);
      set({
        national: false,
        baseModel: model,
        planModel,
        model: planModel,
        history: null,
        era: 'plan',
        newCommuneBoundaries: null,
        focusedNewCommune: null,
        unitsAsOf: keep ? (keep.unitsAsOf ?? null) : get().unitsAsOf,
        overlay,
        communeBoundaries: boundaries ?? null,
        districtBoundaries: districtBoundaries ?? null,
        tier: keep?.tier ?? get().tier,
        topology,
        status: 'ready',
        year: keep?.year ?? defaultYear(model),
        view: keep?.view ?? get().view,
        selectedDistrict: keep?.district && model.districts.some((d) => d.code === keep.district) ? keep.district : null,
        filter: keep ? { levels: keep.levels, registrationYear: keep.registrationYear ?? undefined, agencyKey: keep.agency ?? undefined } : {},
        asOf: keep?.asOf ?? get().asOf,
        presenting: keep?.presenting ?? get().presenting,
      });
      // The units over time: needed at once for a date, otherwise fetched after the map is drawn.
      if (get().unitsAsOf) await get().setUnitsAsOf(get().unitsAsOf);
      else whenIdle(() => void get().ensureHistory().catch(() => undefined));
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
  async ensureHistory() {
    const { provinces, provinceSlug, history } = get();
    const entry = provinces.find((p) => p.slug === provinceSlug);
    if (!entry || get().national) return null;
    if (history?.provinceCode === entry.code) return history;
    const loaded = await fetchHistory(entry.code);
    if (get().provinceSlug !== provinceSlug) return null;
    const planModel = get().planModel;
    const shown = planModel ? shownModel(planModel, loaded, get().unitsAsOf) : null;
    // Same units as before (the plan's): keep the model object, so nothing is recomputed or repainted.
    set(shown && (shown.model !== get().model || shown.era !== get().era) ? { history: loaded, ...shown } : { history: loaded });
    return loaded;
  },
  async setUnitsAsOf(unitsAsOf) {
    set({ unitsAsOf });
    if (get().national) return; // the overview reads the date itself
    let history: ProvinceHistory | null = null;
    try {
      history = unitsAsOf ? await get().ensureHistory() : get().history;
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
      return;
    }
    const planModel = get().planModel;
    if (!planModel || get().unitsAsOf !== unitsAsOf) return;
    const shown = shownModel(planModel, history, unitsAsOf);
    const keepSelection = shown.model.districts.some((d) => d.code === get().selectedDistrict);
    set({ ...shown, selectedDistrict: keepSelection ? get().selectedDistrict : null, focusedCommune: null });
    void refreshNewCommuneBoundaries();
    if (shown.era === 'reform' && !get().nationalTopology) {
      try {
        set({ nationalTopology: await fetchNationalTopology() });
      } catch (error) {
        set({ status: 'error', error: (error as Error).message });
      }
    }
  },
  setTab: (tab) => set({ tab }),
  setPresenting: (presenting) => set({ presenting }),
  setPresentOrder: (presentOrder) => set({ presentOrder }),
  setTier: (tier) => set({ tier }),
  setUserName: (userName) => {
    set({ userName });
    void saveSetting('userName', userName).catch(() => undefined);
  },
  setDataMessage: (dataMessage) => set({ dataMessage }),

  async applyFacts(updates, origin, label) {
    const { overlay, baseModel, userName } = get();
    if (!overlay || !baseModel) return false;
    const set1 = makeChangeSet(overlay, updates, {
      id: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}`,
      at: new Date().toISOString(),
      by: userName.trim(),
      origin,
      label,
    });
    if (set1.changes.length === 0) return false;
    const next = applyChangeSet(overlay, set1);
    // Saved first: if storage fails, nothing changes on screen either.
    await saveOverlay(next);
    set({ overlay: next, ...shownFor(applyOverlay(baseModel, next)) });
    return true;
  },

  async undo() {
    const { overlay, baseModel } = get();
    if (!overlay || !baseModel || overlay.history.length === 0) return;
    const next = undoLast(overlay);
    await saveOverlay(next);
    set({ overlay: next, ...shownFor(applyOverlay(baseModel, next)) });
  },

  async resetToPlan() {
    const { baseModel, provinceSlug, provinces } = get();
    const code = provinces.find((p) => p.slug === provinceSlug)?.code;
    if (!baseModel || !code) return;
    await deleteOverlay(code);
    await deleteBoundaries(code, 'commune');
    await deleteBoundaries(code, 'district');
    set({ overlay: emptyOverlay(code), ...shownFor(baseModel), communeBoundaries: null, districtBoundaries: null });
  },

  async importOverlayText(text) {
    const { baseModel } = get();
    if (!baseModel) return;
    const codes = new Set([...baseModel.districts, ...baseModel.communes].map((u) => u.code));
    const parsed = parseOverlay(text, baseModel.province.code, codes);
    if ('error' in parsed) {
      set({ dataMessage: { kind: 'error', key: parsed.error.key, params: 'params' in parsed.error ? parsed.error.params : {} } });
      return;
    }
    await saveOverlay(parsed.overlay);
    set({ overlay: parsed.overlay, ...shownFor(applyOverlay(baseModel, parsed.overlay)), dataMessage: { kind: 'ok', key: 'data.restored', params: { count: Object.keys(parsed.overlay.units).length } } });
  },

  async setBoundaries(b) {
    await saveBoundaries(b);
    if (b.tier === 'commune') set({ communeBoundaries: b, tier: 'commune', newCommuneBoundaries: null });
    else set({ districtBoundaries: b });
    void refreshNewCommuneBoundaries();
  },
  setFocusedNewCommune: (focusedNewCommune) => set({ focusedNewCommune }),

  async removeBoundaries(tier) {
    const code = get().baseModel?.province.code;
    if (!code) return;
    await deleteBoundaries(code, tier);
    if (tier === 'commune') set({ communeBoundaries: null, newCommuneBoundaries: null });
    else set({ districtBoundaries: null });
  },
}));

let initPromise: Promise<void> | null = null;

async function doInit(): Promise<void> {
  const { setState: set, getState: get } = useAppStore;
  set({ status: 'loading', error: null });
  prefetchProvince(fromQuery(window.location.search).province);
  try {
    const [name, provinces] = await Promise.all([loadSetting('userName').catch(() => undefined), fetchProvinceIndex()]);
    performance.mark('ntm:index');
    set({ provinces, ...(name ? { userName: name } : {}) });
    await get().applyShared(fromQuery(window.location.search));
  } catch (error) {
    set({ status: 'error', error: (error as Error).message });
  }
}

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
    tier: s.tier,
    unitsAsOf: s.unitsAsOf,
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

/** planModel and the model shown from it, for the current history and date. */
function shownFor(planModel: ProvinceModel): Pick<AppState, 'planModel' | 'model' | 'era'> {
  const { history, unitsAsOf } = useAppStore.getState();
  return { planModel, ...shownModel(planModel, history, unitsAsOf) };
}

let dissolving: string | null = null;

/** From 1 July 2025, with the office's commune polygons loaded: draws the 2025 communes by dissolving them (worker). */
async function refreshNewCommuneBoundaries(): Promise<void> {
  const { era, history, communeBoundaries, newCommuneBoundaries } = useAppStore.getState();
  if (era !== 'reform' || !history || !communeBoundaries || newCommuneBoundaries) return;
  const key = `${history.provinceCode}|${communeBoundaries.importedAt}`;
  if (dissolving === key) return;
  dissolving = key;
  try {
    const result = await dissolveIntoNewCommunes(communeBoundaries.features, history);
    const now = useAppStore.getState();
    if (now.communeBoundaries === communeBoundaries && now.history === history) useAppStore.setState({ newCommuneBoundaries: result });
  } catch {
    // Drawn as a list only; the panel says so.
  } finally {
    dissolving = null;
  }
}

/** Runs low-priority work when the browser is idle (after the map has drawn), or within 3 s at the latest. */
function whenIdle(work: () => void): void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(work, { timeout: 3000 });
  else window.setTimeout(work, 500);
}
