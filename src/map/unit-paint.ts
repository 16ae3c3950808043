/**
 * What each district or commune looks like in a view, as MapLibre feature-state, and what changed since it was
 * last set: an unchanged view sets nothing (setting feature-state, even to the same values, costs a repaint).
 */
import type { FeatureCollection } from 'geojson';
import type { DistrictFilter } from '../domain/filters';
import type { ProvinceModel } from '../domain/model';
import type { MapView } from '../domain/views';
import type { Translate } from '../i18n/i18n';
import { mapLegend, type MapLegend } from '../ui/map-legend';

export interface UnitPaint {
  fill: string;
  dim: boolean;
  nodata: boolean;
}

/**
 * Each unit's colour from its category in the view's legend (ui/map-legend.ts: the same categories the panel and
 * the legend use; "no data" hatched), dimmed where the filters do not keep it (hatched areas included).
 */
export function unitPaint(legend: MapLegend, codes: readonly string[]): Map<string, UnitPaint> {
  return new Map(
    codes.map((code) => {
      const category = legend.categories.get(code) ?? 'no-data';
      return [code, { fill: legend.colourOf(category), dim: legend.matching !== null && !legend.matching.has(code), nodata: category === 'no-data' }];
    }),
  );
}

/** The codes whose paint says "no data": what the hatching layer hatches (./render/hatch-layer.ts). */
export function hatchedCodes(paint: ReadonlyMap<string, UnitPaint>): Set<string> {
  return new Set([...paint].filter(([, p]) => p.nodata).map(([code]) => code));
}

/** The entries of `next` that differ from `previous` (all of them when there is no previous paint). */
export function changedPaint(previous: ReadonlyMap<string, UnitPaint> | null, next: ReadonlyMap<string, UnitPaint>): [string, UnitPaint][] {
  return [...next].filter(([code, p]) => {
    const before = previous?.get(code);
    return !before || before.fill !== p.fill || before.dim !== p.dim || before.nodata !== p.nodata;
  });
}

const KEYS: Translate = (key) => key;
const plainOptions = (view: MapView, year: number, filter: DistrictFilter) => ({ view, year, filter, agencyPick: null, indicator: null, classMethod: null });

/** The districts' paint for a view (the legend's categories; tests and callers without a legend at hand). */
export function districtPaint(model: ProvinceModel, view: MapView, year: number, filter: DistrictFilter, codes: readonly string[]): Map<string, UnitPaint> {
  return unitPaint(mapLegend(model, plainOptions(view, year, filter), KEYS, 'district'), codes);
}

export function communePaint(model: ProvinceModel, view: MapView, year: number, filter: DistrictFilter, codes: readonly string[]): Map<string, UnitPaint> {
  return unitPaint(mapLegend(model, plainOptions(view, year, filter), KEYS, 'commune'), codes);
}

/**
 * The features as the map takes them, each one's paint written into its properties (copies: the stored features are
 * not changed): MapLibre evaluates it in its worker as it cuts the tiles (./style.ts paintValue), where feature-state
 * would be applied to every tile on the main thread as it arrives. Only what the map uses goes: the code (feature id,
 * hover), the district's code (hover, click), the colour and the dimming; not the name (labels are HTML) nor "no
 * data" (the hatching is its own layer, ./render/hatch-layer.ts), which MapLibre would otherwise copy into every tile.
 * A feature without paint is kept as it is.
 */
export function withPaint(fc: FeatureCollection, paint: ReadonlyMap<string, UnitPaint>): FeatureCollection {
  return {
    ...fc,
    features: fc.features.map((f) => {
      const p = paint.get(String(f.properties?.code));
      if (!p) return f;
      const { code, districtCode } = f.properties ?? {};
      return { type: 'Feature', geometry: f.geometry, properties: { code, districtCode, fill: p.fill, dim: p.dim } };
    }),
  };
}
