/**
 * What each district looks like in a view, as MapLibre feature-state, and only what changed since it was last
 * set: an unchanged view sets nothing (setting feature-state, even to the same values, costs a repaint).
 */
import { matchingDistricts, type DistrictFilter } from '../domain/filters';
import { nameKey } from '../domain/names';
import type { ProvinceModel } from '../domain/model';
import { districtCategories, provinceAgencies, type MapView } from '../domain/views';
import { categoryColor } from '../ui/palette';

export interface DistrictPaint {
  fill: string;
  dim: boolean;
  nodata: boolean;
}

export function districtPaint(model: ProvinceModel, view: MapView, year: number, filter: DistrictFilter, codes: readonly string[]): Map<string, DistrictPaint> {
  const agencyKeys = provinceAgencies(model).map((a) => nameKey(a.name));
  const categories = districtCategories(model, view, year);
  const matching = matchingDistricts(model, filter);
  return new Map(
    codes.map((code) => {
      const category = categories.get(code) ?? 'no-data';
      return [code, { fill: categoryColor(category, agencyKeys), dim: !matching.has(code), nodata: category === 'no-data' }];
    }),
  );
}

/** The entries of `next` that differ from `previous` (all of them when there is no previous paint). */
export function changedPaint(previous: ReadonlyMap<string, DistrictPaint> | null, next: ReadonlyMap<string, DistrictPaint>): [string, DistrictPaint][] {
  return [...next].filter(([code, p]) => {
    const before = previous?.get(code);
    return !before || before.fill !== p.fill || before.dim !== p.dim || before.nodata !== p.nodata;
  });
}
