/**
 * Today's communes slice (from 1 July 2025): the 34 provinces, the 2025 province containing the open province with
 * its real communes and the plans seen through their predecessors, and the office's 2025 status table (keyed by the
 * 5-digit codes, stored as "<code>@2025"). The plan-era data stays in ./data.
 */
import type { Topology } from 'topojson-specification';
import { fetchNewProvinces, fetchProvinces2025Index, load2025Province } from '../../data/load';
import type { Province2025Entry, Province2025Model } from '../../domain/communes-2025';
import type { NewCommuneView } from '../../domain/new-commune-plan';
import { applyChangeSet, makeChangeSet, type Overlay } from '../../domain/overlay';
import { validateOverlay } from '../../domain/overlay-validate';
import type { ImportReport } from '../../domain/status-import';
import { emptyOverlay2025, overlayKey2025 } from '../../domain/overlay-2025';
import { loadOverlay, saveOverlay } from '../../io/storage';
import { selectPlanModel } from '../selectors';
import type { SliceOf } from '../types';
import { REFORM_DATE, isReformDate } from '../../domain/history';
import { standaloneEntry2025 } from '../../domain/province-choices-2025';
import { selectCode2025 } from '../province-choices';
import type { SharedState } from '../url';

export interface Communes2025Slice {
  /** The 34 provinces of 1 July 2025 (2025/index.json), loaded once units from that date are asked for. */
  provinces2025: Province2025Entry[] | null;
  /**
   * The 2025 province containing the open province, from 1 July 2025: its real communes (topology) and model
   * (predecessors and plan facts for the plan provinces), and the office's 2025 status overlay ("37@2025").
   */
  province2025: { code: string; model: Province2025Model; topology: Topology; overlay: Overlay } | null;
  /**
   * The 2025 province opened by itself, from the 2025 files alone (code), when none of its old provinces has
   * pre-2025 files (Quảng Ninh); null when the open province is an old one (its 2025 province follows its history).
   */
  standalone2025: string | null;
  /**
   * Opens a 2025 province by its 2025 slug from the 2025 files alone (../../domain/province-choices-2025
   * standaloneEntry2025); false when the slug is not one (then nothing changes).
   */
  openProvince2025: (slug: string, keep?: Partial<SharedState>) => Promise<boolean>;
  /** The 34 provinces' real outlines (2025/provinces.topo.json), for the national overview from 1 July 2025. */
  provinces2025Topology: Topology | null;
  /** What today's communes are coloured by: the plans seen through their predecessors, or the office's 2025 status table. */
  colours2025: 'plans' | 'office';
  setColours2025: (source: 'plans' | 'office') => void;
  /** The view today's communes are coloured in by the plans (null: first sight, ../province-choices selectView2025). */
  view2025: NewCommuneView | null;
  setView2025: (view: NewCommuneView) => void;
  /** Loads the 2025 province of the open province (once per province); no-op outside the 2025 units. */
  ensureProvince2025: () => Promise<void>;
  /** Saves the office's 2025 status overlay (the 5-digit status import) for the open 2025 province. */
  setOverlay2025: (overlay: Overlay) => Promise<void>;
  /**
   * Imports a status table keyed by the 5-digit codes (or names) into the open 2025 province's overlay, as one
   * change set, then colours today's communes by it. Returns the matching report.
   */
  importStatus2025: (table: { header: string[]; rows: string[][] }, label: string) => Promise<ImportReport | null>;
}

export const communes2025Slice: SliceOf<Communes2025Slice> = (set, get) => {
  let province2025Loading: string | null = null;
  const fail = (error: unknown) => set({ status: 'error', error: (error as Error).message });
  return {
    provinces2025: null,
    province2025: null,
    colours2025: 'plans',
    provinces2025Topology: null,
    standalone2025: null,
    setColours2025: (colours2025) => set({ colours2025 }),
    view2025: null,
    setView2025: (view2025) => set({ view2025 }),

    async openProvince2025(slug, keep) {
      const index = await fetchProvinces2025Index();
      const entry = standaloneEntry2025(slug, index, get().provinces);
      if (!entry) return false;
      const unitsAsOf = keep ? keep.unitsAsOf : get().unitsAsOf;
      set({
        status: 'loading',
        provinceSlug: slug,
        national: false,
        standalone2025: entry.code,
        // Nothing of the pre-2025 units: no districts, plan, history or office data of an old province.
        baseModel: null,
        overlay: null,
        topology: null,
        history: null,
        communeBoundaries: null,
        stagedCommunes: null,
        districtBoundaries: null,
        newCommuneBoundaries: null,
        selectedDistrict: null,
        focusedCommune: null,
        focusedNewCommune: null,
        hover: null,
        error: null,
        dataMessage: null,
        // Only the units of 1 July 2025 exist for it here.
        unitsAsOf: isReformDate(unitsAsOf ?? null) ? unitsAsOf! : REFORM_DATE,
        filter: keep ? { levels: keep.levels, registrationYear: keep.registrationYear ?? undefined, agencyKey: keep.agency ?? undefined } : {},
        view: keep?.view ?? get().view,
        year: keep?.year ?? get().year,
        asOf: keep?.asOf ?? get().asOf,
        presenting: keep?.presenting ?? get().presenting,
      });
      await get().ensureProvince2025();
      if (get().provinceSlug === slug && get().status === 'loading') set({ status: 'ready' });
      return true;
    },

    async ensureProvince2025() {
      const { provinceSlug } = get();
      const code = selectCode2025(get());
      if (!code || get().province2025?.code === code) return;
      if (province2025Loading === code) return;
      province2025Loading = code;
      try {
        const plan = selectPlanModel(get());
        const models = new Map(plan ? [[plan.province.code, plan]] : []);
        const [loaded, provinces2025, newProvinces, stored] = await Promise.all([
          load2025Province(code, models),
          fetchProvinces2025Index(),
          fetchNewProvinces(),
          loadOverlay(overlayKey2025(code)).catch(() => undefined),
        ]);
        if (get().provinceSlug !== provinceSlug || selectCode2025(get()) !== code) return;
        set({ provinces2025, newProvinces, province2025: { code, ...loaded, overlay: stored ?? emptyOverlay2025(code) } });
      } catch (error) {
        fail(error);
      } finally {
        if (province2025Loading === code) province2025Loading = null;
      }
    },

    async importStatus2025(table, label) {
      const current = get().province2025;
      if (!current) return null;
      // The matching is loaded with the first import (issue 19): the first view does not need it.
      const [{ canImport, guessMapping, importUpdates }, { matchStatusRows2025 }] = await Promise.all([
        import('../../domain/status-import'),
        import('../../domain/status-import-2025'),
      ]);
      const mapping = guessMapping(table.header);
      if (!canImport(mapping)) {
        set({ dataMessage: { kind: 'error', key: 'communes2025.status.noColumns', params: {} } });
        return null;
      }
      const report = matchStatusRows2025(current.model, table.rows, mapping);
      const updates = importUpdates(report);
      const change = makeChangeSet(current.overlay, updates, {
        id: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}`,
        at: new Date().toISOString(),
        by: get().userName.trim(),
        origin: 'import',
        label,
      });
      const next = applyChangeSet(current.overlay, change);
      // The same validation as every stored overlay (issue 18), under the 2025 key.
      const check = validateOverlay(next, overlayKey2025(current.code), new Set(current.model.byCode.keys()));
      if ('error' in check) {
        set({ dataMessage: { kind: 'error', key: check.error.key, params: 'params' in check.error ? check.error.params : {} } });
        return report;
      }
      await get().setOverlay2025(next);
      set({ colours2025: 'office', dataMessage: { kind: 'ok', key: 'communes2025.status.saved', params: { count: updates.length } } });
      return report;
    },

    async setOverlay2025(overlay) {
      const current = get().province2025;
      if (!current) return;
      const saved = await saveOverlay(overlay);
      if (get().province2025?.code === current.code) set({ province2025: { ...current, overlay: saved } });
    },
  };
};
