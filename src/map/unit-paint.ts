/**
 * What each district or commune looks like in a view, as MapLibre feature-state, and what changed since it was
 * last set: an unchanged view sets nothing (setting feature-state, even to the same values, costs a repaint).
 */
import { communeMatches, isFilterActive, matchingDistricts, type DistrictFilter } from '../domain/filters';
import type { ProvinceModel } from '../domain/model';
import { communeCategories, districtCategories, type Category, type MapView } from '../domain/views';
import { scaleFor } from '../ui/scale';

export interface UnitPaint {
  fill: string;
  dim: boolean;
  nodata: boolean;
}

/** Each unit's colour from its category in the view ("no data" when it has none), dimmed where the filter says. */
function unitPaint(
  model: ProvinceModel,
  categories: Map<string, Category>,
  dimmed: (code: string) => boolean,
  codes: readonly string[],
): Map<string, UnitPaint> {
  const colorOf = scaleFor(model);
  return new Map(
    codes.map((code) => {
      const category = categories.get(code) ?? 'no-data';
      return [code, { fill: colorOf(category), dim: dimmed(code), nodata: category === 'no-data' }];
    }),
  );
}

export function districtPaint(model: ProvinceModel, view: MapView, year: number, filter: DistrictFilter, codes: readonly string[]): Map<string, UnitPaint> {
  const matching = matchingDistricts(model, filter);
  return unitPaint(model, districtCategories(model, view, year), (code) => !matching.has(code), codes);
}

export function communePaint(model: ProvinceModel, view: MapView, year: number, filter: DistrictFilter, codes: readonly string[]): Map<string, UnitPaint> {
  const active = isFilterActive(filter);
  return unitPaint(model, communeCategories(model, view, year), (code) => active && !communeMatches(model, code, filter), codes);
}

/** The entries of `next` that differ from `previous` (all of them when there is no previous paint). */
export function changedPaint(previous: ReadonlyMap<string, UnitPaint> | null, next: ReadonlyMap<string, UnitPaint>): [string, UnitPaint][] {
  return [...next].filter(([code, p]) => {
    const before = previous?.get(code);
    return !before || before.fill !== p.fill || before.dim !== p.dim || before.nodata !== p.nodata;
  });
}
