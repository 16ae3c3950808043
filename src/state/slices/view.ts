/** View & filters slice: what the map shows of the open province (view, year, filters, date, tier, units date). */
import type { ClassMethod } from '../../domain/classify';
import type { DistrictFilter } from '../../domain/filters';
import type { IndicatorId } from '../../domain/indicators';
import type { Tier } from '../../domain/scene';
import type { MapView } from '../../domain/views';
import { selectModel, selectPlanModel } from '../selectors';
import { todayIso } from '../defaults';
import { validYear } from '../../domain/view-years';
import { isReformDate } from '../../domain/history';
import type { SliceOf } from '../types';

export interface ViewSlice {
  view: MapView;
  year: number;
  filter: DistrictFilter;
  /** "As of" date for deadlines and lagging (dd/mm/yyyy on screen). */
  asOf: string;
  tier: Tier;
  /** Show the units valid on this date; null = the units the plan was written for. */
  unitsAsOf: string | null;
  /** The agency picked in the agency view (agency key); null = colour by the number of agencies. */
  agencyPick: string | null;
  /** The numeric view's indicator (null: the first available), classing method (null: default), values printed. */
  indicator: IndicatorId | null;
  classMethod: ClassMethod | null;
  showValues: boolean;
  setView: (view: MapView) => void;
  setAgencyPick: (key: string | null) => void;
  setIndicator: (id: IndicatorId | null) => void;
  setClassMethod: (method: ClassMethod | null) => void;
  setShowValues: (on: boolean) => void;
  setYear: (year: number) => void;
  setFilter: (filter: DistrictFilter) => void;
  setAsOf: (date: string) => void;
  setTier: (tier: Tier) => void;
  /** Loads the province's history when needed, then keeps the selection only if its district still exists. */
  setUnitsAsOf: (date: string | null) => Promise<void>;
}

export const viewSlice: SliceOf<ViewSlice> = (set, get) => ({
  view: 'level',
  year: 2024,
  filter: {},
  asOf: todayIso(),
  tier: 'district',
  unitsAsOf: null,
  agencyPick: null,
  indicator: null,
  classMethod: null,
  showValues: false,
  // A view keeps the year when it has data for it, else the nearest year it has (domain/view-years.ts).
  setView: (view) => {
    const model = selectModel(get());
    set({ view, year: model ? validYear(model, view, get().year) : get().year });
  },
  setAgencyPick: (agencyPick) => set({ agencyPick }),
  setIndicator: (indicator) => set({ indicator, classMethod: null }),
  setClassMethod: (classMethod) => set({ classMethod }),
  setShowValues: (showValues) => set({ showValues }),
  setYear: (year) => set({ year }),
  setFilter: (filter) => set({ filter }),
  setAsOf: (asOf) => set({ asOf }),
  setTier: (tier) => set({ tier }),
  async setUnitsAsOf(unitsAsOf) {
    set({ unitsAsOf });
    if (get().national) return; // the overview reads the date itself
    // The plan's units (or the rearranged ones) are drawn on the districts, left out of a link in the 2025 units.
    if (!isReformDate(unitsAsOf)) void get().ensureDistricts();
    try {
      if (unitsAsOf) await get().ensureHistory();
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
      return;
    }
    if (!selectPlanModel(get()) || get().unitsAsOf !== unitsAsOf) return;
    const keepSelection = selectModel(get())?.districts.some((d) => d.code === get().selectedDistrict) ?? false;
    set({ selectedDistrict: keepSelection ? get().selectedDistrict : null, focusedCommune: null });
    // From 1 July 2025 the old provinces' outlines come with the 2025 province's own file (effects loadProvince2025).
  },
});
