/**
 * Legend counts that follow the filters (issue 15 §5): how many areas of each category are shown, counting only
 * the areas the filters keep (the others are dimmed on the map), with the total alongside so a legend can say
 * "3 of 7". Pure: the caller passes the categories (view-facts, or class keys of a choropleth) and the set of
 * matching codes (filters.ts matchingDistricts / a commune equivalent), or null when no filter is active.
 */
import { classIndex, type Classification } from './classify';
import type { IndicatorValue } from './indicators';

export interface CategoryCount {
  /** Areas of the category the filters keep. */
  shown: number;
  /** Areas of the category in all. */
  total: number;
}

export function legendCounts(categories: ReadonlyMap<string, string>, matching: ReadonlySet<string> | null): Map<string, CategoryCount> {
  const out = new Map<string, CategoryCount>();
  for (const [code, category] of categories) {
    const c = out.get(category) ?? { shown: 0, total: 0 };
    c.total++;
    if (!matching || matching.has(code)) c.shown++;
    out.set(category, c);
  }
  return out;
}

/** The class key ("class:<i>" or "no-data") of every area under a choropleth. */
export function classCategories(values: ReadonlyMap<string, IndicatorValue | null>, classification: Classification): Map<string, string> {
  return new Map([...values].map(([code, v]) => [code, v === null ? 'no-data' : `class:${classIndex(classification.thresholds, v.value)}`]));
}

/** Whether an area is dimmed: a filter is active and the area does not match it (every category, hatched included). */
export function isDimmed(code: string, matching: ReadonlySet<string> | null): boolean {
  return matching !== null && !matching.has(code);
}
