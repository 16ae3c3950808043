/**
 * Everything derived from the store's state, each memoised on the inputs it reads (same inputs, same object:
 * components and map layers can compare by identity and skip work). The state itself holds no derived data.
 */
import { inReadingOrder, newCommuneSummaries, type NewCommuneSummary } from '../domain/crosswalk';
import { eraOn, type Era } from '../domain/history';
import type { ProvinceModel } from '../domain/model';
import { applyOverlay } from '../domain/overlay';
import { modelInRearrangedUnits } from '../domain/rearranged';
import { sameScene, sceneOf, type Scene } from '../domain/scene';
import { rearrangedDistrictFeatures } from '../geo/rearranged';
import { districtFeatures } from '../geo/topology';
import { createTranslator, type Translate } from '../i18n/i18n';
import { mapLegend, type MapLegend } from '../ui/map-legend';
import type { AppState } from './types';
import type { SharedState } from './url';
import { todayIso } from './defaults';
import { validYear } from '../domain/view-years';

/** Remembers the last result of `compute` and returns it while every input is the same (===). */
function memoLast<I extends readonly unknown[], R>(compute: (...inputs: I) => R): (...inputs: I) => R {
  let last: { inputs: I; result: R } | null = null;
  return (...inputs) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x === inputs[i])) return last.result;
    last = { inputs, result: compute(...inputs) };
    return last.result;
  };
}

const translator = memoLast(createTranslator);
/** The translator for the interface language. */
export const selectT = (s: Pick<AppState, 'language'>): Translate => translator(s.language);

const planModelOf = memoLast((base: ProvinceModel | null, overlay: AppState['overlay']) => (base && overlay ? applyOverlay(base, overlay) : base));
/** The plan joined to units with the office's overlay on top. */
export const selectPlanModel = (s: Pick<AppState, 'baseModel' | 'overlay'>): ProvinceModel | null => planModelOf(s.baseModel, s.overlay);

/** The model the screens show for a plan model, the province history and the chosen date. */
export function shownModel(planModel: ProvinceModel, history: AppState['history'], unitsAsOf: string | null): { model: ProvinceModel; era: Era } {
  if (!history || history.provinceCode !== planModel.province.code) return { model: planModel, era: 'plan' };
  const era = eraOn(history, unitsAsOf);
  return { model: era === 'rearranged' ? modelInRearrangedUnits(planModel, history) : planModel, era };
}
const shownOf = memoLast((planModel: ProvinceModel | null, history: AppState['history'], unitsAsOf: string | null, national: boolean) =>
  planModel && !national ? shownModel(planModel, history, unitsAsOf) : { model: planModel, era: 'plan' as Era },
);
type ShownInput = Pick<AppState, 'baseModel' | 'overlay' | 'history' | 'unitsAsOf' | 'national'>;
/** What the screens show: the plan model, or the same in the units valid on `unitsAsOf` (rearranged districts). */
export const selectModel = (s: ShownInput): ProvinceModel | null => shownOf(selectPlanModel(s), s.history, s.unitsAsOf, s.national).model;
/** Which units the open province is shown in (the plan's, rearranged, or those of 1 July 2025). */
export const selectEra = (s: ShownInput): Era => shownOf(selectPlanModel(s), s.history, s.unitsAsOf, s.national).era;

let lastScene: Scene | null = null;
/** What the screen shows (../domain/scene): the same object while the scene is the same. */
export function selectScene(s: ShownInput & Pick<AppState, 'tier' | 'communeBoundaries' | 'standalone2025'>): Scene {
  const next = sceneOf({
    national: s.national,
    era: selectEra(s),
    unitsAsOf: s.unitsAsOf,
    tier: s.tier,
    hasCommuneBoundaries: s.communeBoundaries !== null,
    standalone2025: s.standalone2025 !== null,
  });
  if (!lastScene || !sameScene(lastScene, next)) lastScene = next;
  return lastScene;
}

/** The national overview shows the 34 provinces of 1 July 2025 (rather than the 63 before). */
export function selectNewProvincesShown(s: Parameters<typeof selectScene>[0]): boolean {
  const scene = selectScene(s);
  return scene.kind === 'national' && scene.newProvinces;
}

export type DistrictFeatures = ReturnType<typeof districtFeatures>;
const districtFeaturesFrom = memoLast(
  (topology: AppState['topology'], boundaries: AppState['districtBoundaries'], history: AppState['history']): DistrictFeatures | null =>
    boundaries
      ? (boundaries.features as unknown as DistrictFeatures)
      : topology
        ? history
          ? rearrangedDistrictFeatures(topology, history)
          : districtFeatures(topology)
        : null,
);
/**
 * The district polygons the map shows: the office's own district file, else the built-in topology (merged where
 * districts were merged, in rearranged units).
 */
export function selectDistrictFeatures(s: ShownInput & Pick<AppState, 'topology' | 'districtBoundaries'>): DistrictFeatures | null {
  // The history matters only in rearranged units (a new object would otherwise mean a second setData).
  const history = selectEra(s) === 'rearranged' && !s.districtBoundaries ? s.history : null;
  return districtFeaturesFrom(s.topology, s.districtBoundaries, history);
}

/** No 2025 communes (a constant, so that an empty result keeps its identity). */
export const NO_NEW_COMMUNES: NewCommuneSummary[] = [];
const summariesOf = memoLast((planModel: ProvinceModel | null, history: AppState['history']) =>
  planModel && history ? inReadingOrder(newCommuneSummaries(planModel, history)) : NO_NEW_COMMUNES,
);
/** The 2025 communes of the open province with their predecessors and summaries, in reading order. */
export const selectNewCommuneSummaries = (s: Pick<AppState, 'baseModel' | 'overlay' | 'history'>): NewCommuneSummary[] =>
  summariesOf(selectPlanModel(s), s.history);

/** The shareable state, for the URL (./effects/url). */
export function selectShared(s: AppState): SharedState {
  const model = selectModel(s);
  return {
    province: s.provinceSlug,
    // Always named for a province (a link without a view opens the province's most informative one).
    view: s.provinceSlug && !s.national ? s.view : null,
    year: model && s.year !== validYear(model, s.view, null) ? s.year : null,
    district: s.selectedDistrict,
    levels: s.filter.levels ?? [],
    registrationYear: s.filter.registrationYear ?? null,
    agency: s.filter.agencyKey ?? null,
    asOf: s.asOf !== todayIso() ? s.asOf : null,
    language: s.language,
    presenting: s.presenting,
    tier: s.tier,
    unitsAsOf: s.unitsAsOf,
    link: {
      commune: s.focusedCommune,
      tab: s.tab !== 'overview' ? s.tab : null,
      indicator: s.view === 'indicator' ? s.indicator : null,
      classes: s.view === 'indicator' ? s.classMethod : null,
      values: s.view === 'indicator' && s.showValues,
      agencyPick: s.view === 'agency' ? s.agencyPick : null,
    },
  };
}

/** The map legend of a tier; each tier has its own one-entry cache, so the two do not evict each other. */
const legendFor = (
  model: ProvinceModel | null,
  t: Translate,
  view: AppState['view'],
  year: number,
  filter: AppState['filter'],
  agencyPick: string | null,
  indicator: AppState['indicator'],
  classMethod: AppState['classMethod'],
  tier: 'district' | 'commune',
) => (model ? mapLegend(model, { view, year, filter, agencyPick, indicator, classMethod }, t, tier) : null);
const legendOf = memoLast(legendFor);
const communeLegendOf = memoLast(legendFor);

/** The view's categories, colours and legend for the districts (ui/map-legend.ts), memoised. */
export function selectMapLegend(s: AppState): MapLegend | null {
  return legendOf(selectModel(s), selectT(s), s.view, s.year, s.filter, s.agencyPick, s.indicator, s.classMethod, 'district');
}

/** The same for the office's communes (the commune tier). */
export function selectCommuneLegend(s: AppState): MapLegend | null {
  return communeLegendOf(selectModel(s), selectT(s), s.view, s.year, s.filter, s.agencyPick, s.indicator, s.classMethod, 'commune');
}
