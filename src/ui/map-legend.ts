/**
 * What the province map shows, once for the map layers, the legend, the tooltip and the exports (issue 15):
 * each area's category in the view (view-facts.ts, or the class of a numeric indicator), its colour, the legend
 * rows with "shown of total" counts that follow the filters, and the question the view answers in words.
 * The map colours from these categories and the panel lists panelLines of the same facts, so they cannot disagree.
 */
import { classCategories, legendCounts } from '../domain/legend-counts';
import type { ClassMethod } from '../domain/classify';
import { communeMatches, isFilterActive, matchingDistricts, type DistrictFilter } from '../domain/filters';
import { availableIndicators, classifyIndicator, type IndicatorId, type IndicatorInfo, type IndicatorValue } from '../domain/indicators';
import type { ProvinceModel } from '../domain/model';
import { communeViewCategory, viewCategories, type ViewId } from '../domain/view-facts';
import type { MapView } from '../domain/views';
import type { MessageKey, Translate } from '../i18n/i18n';
import { NO_DATA_FILL } from './level-colours';
import { choroplethLegend } from './sequential-scale';
import { viewLegend, type LegendRow } from './view-legend';

export interface MapViewOptions {
  view: MapView;
  year: number;
  filter: DistrictFilter;
  /** Agency picked in the agency view (agency key). */
  agencyPick: string | null;
  /** Indicator of the numeric view (null: the first available). */
  indicator: IndicatorId | null;
  /** Classing method chosen (null: classify.ts's default rule). */
  classMethod: ClassMethod | null;
}

export type MapLegendRow = LegendRow;

export interface MapLegend {
  question: string;
  rows: MapLegendRow[];
  /** Area code → category key (a row's key). */
  categories: Map<string, string>;
  colourOf: (category: string) => string;
  /** Codes the filters keep (null: no filter active, nothing dimmed). */
  matching: Set<string> | null;
  tier: 'district' | 'commune';
  /** The numeric view: its indicator, values per district, method used, indicators to choose from. */
  choropleth?: { indicator: IndicatorId; values: Map<string, IndicatorValue | null>; method: ClassMethod; indicators: IndicatorInfo[] };
}

/** The indicator the numeric view shows: the chosen one when the year has values for it, else the first available. */
export function effectiveIndicator(model: ProvinceModel, year: number, chosen: IndicatorId | null): { id: IndicatorId | null; indicators: IndicatorInfo[] } {
  const indicators = availableIndicators(model, year);
  const id = indicators.find((i) => i.id === chosen)?.id ?? indicators[0]?.id ?? null;
  return { id, indicators };
}

function districtOf(model: ProvinceModel): Map<string, string> {
  return new Map(model.communes.map((c) => [c.code, c.parentCode ?? '']));
}

const cache = new WeakMap<ProvinceModel, Map<string, MapLegend>>();

/** The legend and categories of the view for the districts, or for the communes (the office's polygons). */
export function mapLegend(model: ProvinceModel, o: MapViewOptions, t: Translate, tier: 'district' | 'commune' = 'district'): MapLegend {
  const key = JSON.stringify([o.view, o.year, o.filter, o.agencyPick, o.indicator, o.classMethod, tier, t('legend.title')]);
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const hit = perModel.get(key);
  if (hit) return hit;
  const made = computeLegend(model, o, t, tier);
  if (perModel.size > 40) perModel.clear();
  perModel.set(key, made);
  return made;
}

function computeLegend(model: ProvinceModel, o: MapViewOptions, t: Translate, tier: 'district' | 'commune'): MapLegend {
  const active = isFilterActive(o.filter);
  const matching = !active
    ? null
    : tier === 'district'
      ? matchingDistricts(model, o.filter)
      : new Set(model.communes.filter((c) => communeMatches(model, c.code, o.filter)).map((c) => c.code));

  if (o.view === 'indicator') {
    const { id, indicators } = effectiveIndicator(model, o.year, o.indicator);
    if (!id) {
      const categories = new Map((tier === 'district' ? model.districts : model.communes).map((u) => [u.code, 'no-data']));
      return {
        question: t('indicator.none', { year: String(o.year) }),
        rows: noDataOnly(categories, matching, t),
        categories,
        colourOf: () => NO_DATA_FILL,
        matching,
        tier,
      };
    }
    const im = classifyIndicator(model, id, o.year, o.classMethod ?? undefined);
    const districtClasses = classCategories(im.values, im.classification);
    const parents = districtOf(model);
    const categories =
      tier === 'district' ? districtClasses : new Map(model.communes.map((c) => [c.code, districtClasses.get(parents.get(c.code) ?? '') ?? 'no-data']));
    const counts = legendCounts(categories, matching);
    const shown = new Map([...counts].map(([k, c]) => [k, c.shown]));
    const rows = choroplethLegend(im.classification, { label: t('level.no-data'), count: 0 }, { counts: shown }).map((r) => ({
      key: r.key,
      colour: r.colour,
      label: r.label,
      shown: counts.get(r.key)?.shown ?? 0,
      total: counts.get(r.key)?.total ?? 0,
      hatched: r.key === 'no-data',
    }));
    const colours = new Map(rows.map((r) => [r.key, r.colour]));
    const info = indicators.find((i) => i.id === id)!;
    return {
      question: t('question.indicator', { indicator: t(info.labelKey as MessageKey, info.labelParams) }),
      rows: rows.filter((r) => r.key !== 'no-data' || r.total > 0),
      categories,
      colourOf: (c) => colours.get(c) ?? NO_DATA_FILL,
      matching,
      tier,
      choropleth: { indicator: id, values: im.values, method: im.classification.method, indicators },
    };
  }

  const view = o.view as ViewId;
  const options = { agency: view === 'agency' ? o.agencyPick : null };
  let categories: Map<string, string>;
  if (tier === 'district') categories = viewCategories(model, view, o.year, options);
  else if (view === 'level' || view === 'registration' || view === 'agency')
    categories = new Map(model.communes.map((c) => [c.code, communeViewCategory(model, c.code, view, o.year, options)]));
  else {
    // Targets, coverage and progress are set per district: a commune shows its district's answer.
    const byDistrict = viewCategories(model, view, o.year, options);
    const parents = districtOf(model);
    categories = new Map(model.communes.map((c) => [c.code, byDistrict.get(parents.get(c.code) ?? '') ?? 'no-data']));
  }
  const legend = viewLegend(model, view, o.year, t, { ...options, matching, categories });
  return { question: legend.question, rows: legend.rows, categories, colourOf: (c) => legend.colours.get(c) ?? NO_DATA_FILL, matching, tier };
}

function noDataOnly(categories: Map<string, string>, matching: Set<string> | null, t: Translate): MapLegendRow[] {
  const c = legendCounts(categories, matching).get('no-data');
  return c ? [{ key: 'no-data', colour: NO_DATA_FILL, label: t('level.no-data'), shown: c.shown, total: c.total, hatched: true }] : [];
}

/** The label of an area's category (tooltip, screen-reader summary). */
export function categoryText(legend: MapLegend, code: string): string {
  const category = legend.categories.get(code) ?? 'no-data';
  return legend.rows.find((r) => r.key === category)?.label ?? '';
}
