/**
 * Data & overlay slice: the province index, the open province's plan model, boundaries and history, the
 * national topology, and the office's own data (overlay of facts, imported boundaries) with its change history.
 * Loading goes through these actions; persistence of the overlay is awaited here (if saving fails, nothing
 * changes on screen); the other side effects run in ../effects.
 */
import type { Topology } from 'topojson-specification';
import {
  fetchHistory,
  fetchNationalTopology,
  fetchNewProvinces,
  loadProvince,
  NATIONAL_SLUG,
  PLAN_SLUGS,
  prefetchProvince,
  fetchProvinceIndex,
  fetchViewSummary,
  loadDistricts,
} from '../../data/load';
import type { NewProvinceEntry, ProvinceIndexEntry } from '../../data/contracts';
import type { ProvinceHistory } from '../../domain/history';
import type { ProvinceModel } from '../../domain/model';
import { emptyOverlay, makeChangeSet, undoLast, type ChangeSet, type Overlay, type UnitFacts } from '../../domain/overlay';
import { parseOverlay } from '../../domain/overlay-validate';
import type { Tier } from '../../domain/scene';
import { validateStoredBoundaries } from '../../domain/boundaries-validate';
import { deleteBoundaries, deleteProvinceData, loadBoundaries, loadOverlay, loadSetting, saveBoundaries, type StoredBoundaries } from '../../io/storage';
import { commitChangeSet, commitOverlay } from '../overlay-commit';
import { loadPublished } from '../../sync/published';
import type { DissolveResult } from '../../workers/dissolve.worker';
import { selectModel } from '../selectors';
import { isReformDate } from '../../domain/history';
import type { SliceOf } from '../types';
import { DEFAULT_SHARED, type SharedState } from '../url';
import { EMPTY_LINK_PARAMS } from '../../domain/link-params';
import { firstSight, provinceFirstSight } from '../../domain/first-sight';
import type { PanelTab } from './ui';
import { validYear } from '../../domain/view-years';
import { whenIdle } from '../when-idle';

/** The longest a confirmed import waits for an idle moment before it is written (ms). */
const SAVE_WAIT_MS = 1000;

export interface DataSlice {
  provinces: ProvinceIndexEntry[];
  provinceSlug: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** The national overview is open and loaded (all provinces; the five with plans highlighted). */
  national: boolean;
  /**
   * The open province's districts (pre-2025 boundaries). Null while a link in the units of 1 July 2025 shows only
   * the 2025 communes: fetched once the plan's units are shown (ensureDistricts; issue 19, first load and heap).
   */
  topology: Topology | null;
  nationalTopology: Topology | null;
  /** The 34 provinces of 1 July 2025 (for the national overview after that date). */
  newProvinces: NewProvinceEntry[] | null;
  /** The plan joined to units, without the office's overlay (selectors.ts derives the model shown). */
  baseModel: ProvinceModel | null;
  overlay: Overlay | null;
  /** The province's units over time (loaded on demand). */
  history: ProvinceHistory | null;
  communeBoundaries: StoredBoundaries | null;
  /**
   * The commune polygons of an import waiting for the user's confirmation (its dialog shows the report): the map
   * hands them to MapLibre's worker while they are not shown (./map/layers/commune.ts), so that a confirmation draws
   * them without that step. Null when no such import is open.
   */
  stagedCommunes: StoredBoundaries['features'] | null;
  /** District polygons the office imported in place of the built-in ones. */
  districtBoundaries: StoredBoundaries | null;
  /** The office's commune polygons dissolved into the 2025 communes (../effects/dissolve). */
  newCommuneBoundaries: DissolveResult | null;
  /** Loads the index and the first view from the shared state (read from the URL by the caller); runs once. */
  init: (shared?: SharedState) => Promise<void>;
  selectProvince: (slug: string, keep?: Partial<SharedState>) => Promise<void>;
  applyShared: (shared: SharedState) => Promise<void>;
  /** Loads the province's unit history if it is not loaded yet. */
  ensureHistory: () => Promise<ProvinceHistory | null>;
  /** Loads the open province's districts if they were left out (opened in the units of 1 July 2025). */
  ensureDistricts: () => Promise<void>;
  /** Applies office facts as one change set (an import or an edit); false when nothing changed. */
  applyFacts: (updates: { code: string; facts: UnitFacts }[], origin: ChangeSet['origin'], label: string) => Promise<boolean>;
  undo: () => Promise<void>;
  resetToPlan: () => Promise<void>;
  importOverlayText: (text: string) => Promise<void>;
  /** The polygons of the commune import being confirmed (null: none; ImportDialog). */
  stageCommunes: (features: StoredBoundaries['features'] | null) => void;
  setBoundaries: (b: StoredBoundaries) => Promise<void>;
  removeBoundaries: (tier: Tier) => Promise<void>;
}

const PANEL_TABS: readonly PanelTab[] = ['overview', 'lagging', 'deadlines', 'data'];

/** The link's issue-15 state: the panel tab, the commune (only one of the district's), indicator, classes, agency. */
function linkStateOf(shared: Partial<SharedState>, model: ProvinceModel | null, district: string | null) {
  const l = shared.link ?? EMPTY_LINK_PARAMS;
  const commune = l.commune && model?.communes.some((c) => c.code === l.commune && (!district || c.parentCode === district)) ? l.commune : null;
  return {
    tab: (PANEL_TABS as readonly string[]).includes(l.tab ?? '') ? (l.tab as PanelTab) : 'overview',
    focusedCommune: commune,
    indicator: l.indicator,
    classMethod: l.classes,
    showValues: l.values,
    agencyPick: l.agencyPick,
  } as const;
}

/**
 * A bare link (no province) opens the most informative place (domain/first-sight.ts over the generated view
 * summary): the province, view and year that show the most, or the national overview when every view of every
 * plan would be mostly hatched. Without the summary (offline first visit, tests), the first plan as before.
 */
async function firstSightShared(shared: SharedState): Promise<SharedState> {
  try {
    const place = firstSight((await fetchViewSummary()).provinces);
    if (place.kind === 'national') return { ...shared, province: NATIONAL_SLUG };
    return { ...shared, province: place.slug, view: place.view, year: place.year };
  } catch {
    return shared;
  }
}

/** A link naming a province but no view opens the province's most informative view (first-sight.ts), else the level view. */
async function provinceSightShared(shared: SharedState, summary: ReturnType<typeof fetchViewSummary>): Promise<SharedState> {
  try {
    const sight = provinceFirstSight((await summary).provinces, shared.province ?? '');
    if (sight) return { ...shared, view: sight.view, year: shared.year ?? sight.year };
  } catch {
    // No summary (offline first visit): the level view, as before.
  }
  return { ...shared, view: 'level' };
}

const filterOf = (shared: Partial<SharedState>) => ({
  levels: shared.levels,
  registrationYear: shared.registrationYear ?? undefined,
  agencyKey: shared.agency ?? undefined,
});

export const dataSlice: SliceOf<DataSlice> = (set, get) => {
  let initPromise: Promise<void> | null = null;
  let historyLoading: { code: string; promise: Promise<ProvinceHistory> } | null = null;
  let districtsLoading: string | null = null;
  const fail = (error: unknown) => set({ status: 'error', error: (error as Error).message });

  async function doInit(shared: SharedState): Promise<void> {
    set({ status: 'loading', error: null });
    prefetchProvince(shared.province, !isReformDate(shared.unitsAsOf));
    // A link without a view: the province's best view comes from the view summary, fetched beside the index (not
    // for a units date: the units of another date have their own first view, province-choices.ts).
    const summary = !shared.view && !shared.unitsAsOf ? fetchViewSummary() : null;
    summary?.catch(() => undefined);
    try {
      const [name, provinces] = await Promise.all([loadSetting('userName').catch(() => undefined), fetchProvinceIndex()]);
      performance.mark('ntm:index');
      set({ provinces, ...(name ? { userName: name } : {}) });
      await get().applyShared(!shared.province ? await firstSightShared(shared) : summary ? await provinceSightShared(shared, summary) : shared);
    } catch (error) {
      fail(error);
    }
  }

  async function openNational(): Promise<void> {
    set({ status: 'loading', provinceSlug: NATIONAL_SLUG, standalone2025: null, selectedDistrict: null, focusedCommune: null, hover: null, presenting: false });
    try {
      // Today's communes (the overview's "Xã" tier from 1 July 2025) come from their own file: the old national
      // layer is fetched once the provinces are shown (../effects loadNationalTopology).
      const communes = isReformDate(get().unitsAsOf) && get().tier === 'commune';
      const [nationalTopology, newProvinces] = await Promise.all([
        communes ? Promise.resolve(get().nationalTopology) : fetchNationalTopology(),
        fetchNewProvinces(),
      ]);
      if (get().provinceSlug !== NATIONAL_SLUG) return;
      set({ national: true, nationalTopology, newProvinces, status: 'ready' });
    } catch (error) {
      fail(error);
    }
  }

  return {
    provinces: [],
    provinceSlug: null,
    status: 'idle',
    error: null,
    national: false,
    topology: null,
    nationalTopology: null,
    newProvinces: null,
    baseModel: null,
    overlay: null,
    history: null,
    communeBoundaries: null,
    stagedCommunes: null,
    districtBoundaries: null,
    newCommuneBoundaries: null,

    init(shared) {
      // Started once, as early as possible (main.tsx), and awaited by the App.
      initPromise ??= doInit(shared ?? DEFAULT_SHARED);
      return initPromise;
    },

    async applyShared(shared) {
      const provinces = get().provinces;
      if (shared.language !== get().language) void get().setLanguage(shared.language);
      if (shared.province === NATIONAL_SLUG) {
        // The tier picks the 34 provinces or today's communes in the overview from 1 July 2025.
        set({ unitsAsOf: shared.unitsAsOf, tier: shared.tier });
        if (get().provinceSlug !== NATIONAL_SLUG) await get().selectProvince(NATIONAL_SLUG);
        return;
      }
      // A 2025 province opened by itself (no pre-2025 files: Quảng Ninh) is named by its 2025 slug.
      if (shared.province && !provinces.some((p) => p.slug === shared.province) && shared.province !== get().provinceSlug) {
        if (await get().openProvince2025(shared.province, shared)) return;
      }
      if (get().standalone2025 && shared.province === get().provinceSlug) {
        set({ filter: filterOf(shared), presenting: shared.presenting, view: shared.view ?? get().view, asOf: shared.asOf ?? get().asOf });
        return;
      }
      const slug = provinces.find((p) => p.slug === shared.province)?.slug ?? provinces.find((p) => p.slug === PLAN_SLUGS[0])?.slug ?? provinces[0]?.slug;
      if (slug && slug !== get().provinceSlug) return get().selectProvince(slug, shared);
      const model = selectModel(get());
      const view = shared.view ?? get().view;
      set({
        view,
        year: model ? validYear(model, view, shared.year) : (shared.year ?? get().year),
        selectedDistrict: model?.districts.some((d) => d.code === shared.district) ? shared.district : null,
        filter: filterOf(shared),
        asOf: shared.asOf ?? get().asOf,
        presenting: shared.presenting,
        tier: shared.tier,
        ...linkStateOf(shared, model, model?.districts.some((d) => d.code === shared.district) ? shared.district : null),
      });
      if (shared.unitsAsOf !== get().unitsAsOf) await get().setUnitsAsOf(shared.unitsAsOf);
    },

    async selectProvince(slug, keep) {
      if (slug === NATIONAL_SLUG) return openNational();
      const entry = get().provinces.find((p) => p.slug === slug);
      if (
        !entry &&
        (await get()
          .openProvince2025(slug, keep)
          .catch(() => false))
      )
        return;
      if (!entry) {
        set({ status: 'error', error: `Unknown province ${slug}` });
        return;
      }
      set({
        status: 'loading',
        provinceSlug: slug,
        standalone2025: null,
        selectedDistrict: null,
        focusedCommune: null,
        hover: null,
        error: null,
        filter: {},
        dataMessage: null,
      });
      // In the units of 1 July 2025 the map draws the 2025 communes: the districts come when the plan's units are shown.
      const unitsAsOf = keep ? (keep.unitsAsOf ?? null) : get().unitsAsOf;
      try {
        const [{ model, topology }, stored, boundaries, districtBoundaries, published] = await Promise.all([
          loadProvince(entry, !isReformDate(unitsAsOf)),
          loadOverlay(entry.code).catch(() => undefined),
          loadBoundaries(entry.code, 'commune').catch(() => undefined),
          loadBoundaries(entry.code, 'district').catch(() => undefined),
          loadPublished(entry.slug).catch(() => null),
        ]);
        performance.mark('ntm:province-data');
        if (get().provinceSlug !== slug) return; // a later choice won
        set({
          national: false,
          standalone2025: null,
          baseModel: model,
          history: null,
          newCommuneBoundaries: null,
          focusedNewCommune: null,
          unitsAsOf,
          // The office's own edits on this device, else the data published with the app (npm run publish), else none.
          overlay: stored ?? published?.overlay ?? emptyOverlay(entry.code),
          communeBoundaries: boundaries ?? null,
          stagedCommunes: null,
          districtBoundaries: districtBoundaries ?? null,
          tier: keep?.tier ?? get().tier,
          topology,
          status: 'ready',
          year: validYear(model, keep?.view ?? get().view, keep?.year ?? null),
          view: keep?.view ?? get().view,
          selectedDistrict: keep?.district && model.districts.some((d) => d.code === keep.district) ? keep.district : null,
          filter: keep ? filterOf(keep) : {},
          asOf: keep?.asOf ?? get().asOf,
          presenting: keep?.presenting ?? get().presenting,
          ...(keep
            ? linkStateOf(keep, model, keep.district && model.districts.some((d) => d.code === keep.district) ? keep.district : null)
            : { agencyPick: null, indicator: null, classMethod: null, showValues: false }),
        });
        // The units over time: needed at once for a date, otherwise fetched after the map is drawn (../effects/history).
        // (The units date may have changed while the files came: then the districts are fetched now.)
        if (get().unitsAsOf) await get().setUnitsAsOf(get().unitsAsOf);
        else void get().ensureDistricts();
      } catch (error) {
        fail(error);
      }
    },

    async ensureHistory() {
      const { provinces, provinceSlug, history } = get();
      const entry = provinces.find((p) => p.slug === provinceSlug);
      if (!entry || get().national) return null;
      if (history?.provinceCode === entry.code) return history;
      // One fetch per province at a time (the background prefetch and a date change may both ask).
      if (historyLoading?.code !== entry.code) historyLoading = { code: entry.code, promise: fetchHistory(entry.code) };
      const loading = historyLoading;
      const loaded = await loading.promise.finally(() => {
        if (historyLoading === loading) historyLoading = null;
      });
      if (get().provinceSlug !== provinceSlug) return null;
      const now = get().history;
      if (now?.provinceCode === entry.code) return now;
      set({ history: loaded });
      return loaded;
    },

    async ensureDistricts() {
      const { provinces, provinceSlug, topology, baseModel, national, standalone2025 } = get();
      const entry = provinces.find((p) => p.slug === provinceSlug);
      if (!entry || topology || !baseModel || national || standalone2025 || districtsLoading === entry.code) return;
      districtsLoading = entry.code;
      try {
        const loaded = await loadDistricts(entry.code);
        if (get().provinceSlug === provinceSlug && !get().topology) set({ topology: loaded });
      } catch (error) {
        fail(error);
      } finally {
        if (districtsLoading === entry.code) districtsLoading = null;
      }
    },

    async applyFacts(updates, origin, label) {
      const { overlay, baseModel, userName } = get();
      if (!overlay || !baseModel) return false;
      const change = makeChangeSet(overlay, updates, {
        id: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}`,
        at: new Date().toISOString(),
        by: userName.trim(),
        origin,
        label,
      });
      if (change.changes.length === 0) return false;
      // Validated and applied, then saved (merged if another tab saved first): if any step fails, nothing changes.
      const saved = await commitChangeSet(baseModel, overlay, change);
      set({ overlay: saved.overlay });
      return true;
    },

    async undo() {
      const { overlay, baseModel } = get();
      if (!overlay || !baseModel || overlay.history.length === 0) return;
      const saved = await commitOverlay(baseModel, undoLast(overlay));
      set({ overlay: saved.overlay });
    },

    async resetToPlan() {
      const { baseModel, provinceSlug, provinces } = get();
      const code = provinces.find((p) => p.slug === provinceSlug)?.code;
      if (!baseModel || !code) return;
      await deleteProvinceData(code);
      set({ overlay: emptyOverlay(code), communeBoundaries: null, districtBoundaries: null });
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
      const saved = await commitOverlay(baseModel, { ...parsed.overlay, revision: get().overlay?.revision });
      set({ overlay: saved.overlay, dataMessage: { kind: 'ok', key: 'data.restored', params: { count: Object.keys(parsed.overlay.units).length } } });
    },

    async setBoundaries(b) {
      // Checked first, then drawn while it is written (one store update); a write that fails puts back what was there.
      const error = validateStoredBoundaries(b, b.provinceCode, b.tier);
      if (error) throw new Error(error.params.reason);
      const { communeBoundaries, tier, newCommuneBoundaries, districtBoundaries } = get();
      if (b.tier === 'commune') set({ communeBoundaries: b, stagedCommunes: null, tier: 'commune', newCommuneBoundaries: null });
      else set({ districtBoundaries: b });
      try {
        // Written when the page is next idle (at most a second later): the polygons reach the map's worker and are
        // drawn first; the write copies them on this thread, which would hold up the map's first frame (issue 19).
        await whenIdle(SAVE_WAIT_MS);
        await saveBoundaries(b, { checked: true });
      } catch (e) {
        const now = get();
        if (b.tier === 'commune' && now.communeBoundaries === b) set({ communeBoundaries, tier, newCommuneBoundaries });
        if (b.tier === 'district' && now.districtBoundaries === b) set({ districtBoundaries });
        throw e;
      }
    },

    stageCommunes(features) {
      if (get().stagedCommunes !== features) set({ stagedCommunes: features });
    },

    async removeBoundaries(tier) {
      const code = get().baseModel?.province.code;
      if (!code) return;
      await deleteBoundaries(code, tier);
      if (tier === 'commune') set({ communeBoundaries: null, newCommuneBoundaries: null });
      else set({ districtBoundaries: null });
    },
  };
};
