/**
 * Classing numeric values for a choropleth (issue 15 §2), with simple-statistics:
 *   ckmeans (natural breaks, Wang & Song's optimal 1-D k-means), quantile, equal intervals, or unique values.
 * Default: unique values when there are at most 5 distinct values (each its own class: nothing to group),
 * natural breaks otherwise.
 * A classification is a list of thresholds: class i holds v with thresholds[i-1] ≤ v < thresholds[i]
 * (the first class everything below thresholds[0], the last everything from the last threshold up), so a
 * d3 scaleThreshold with the same thresholds gives the same class.
 */
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

export const CLASS_METHODS = ['ckmeans', 'quantile', 'equal', 'unique'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export interface ValueClass {
  /** Smallest and largest value actually in the class (what the legend prints). */
  min: number;
  max: number;
  count: number;
}

export interface Classification {
  method: ClassMethod;
  thresholds: number[];
  classes: ValueClass[];
}

export const MAX_UNIQUE_CLASSES = 5;
export const DEFAULT_CLASS_COUNT = 5;

function distinct(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

export function defaultMethod(values: readonly number[]): ClassMethod {
  return distinct(values).length <= MAX_UNIQUE_CLASSES ? 'unique' : 'ckmeans';
}

/** Index of the class a value falls in. */
export function classIndex(thresholds: readonly number[], value: number): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]) i++;
  return i;
}

function thresholdsFor(values: number[], method: ClassMethod, k: number): number[] {
  const uniq = distinct(values);
  if (method === 'unique' || uniq.length <= k) return uniq.slice(1);
  const sorted = [...values].sort((a, b) => a - b);
  let cuts: number[];
  if (method === 'ckmeans')
    cuts = ckmeans(sorted, k)
      .slice(1)
      .map((cluster) => cluster[0]);
  else if (method === 'quantile') cuts = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
  else cuts = equalIntervalBreaks(sorted, k).slice(1, -1);
  // Equal cuts collapse (many equal values under quantiles): keep each once, and only inside the range.
  return distinct(cuts).filter((c) => c > uniq[0] && c <= uniq[uniq.length - 1]);
}

/** Classes for the values (no-data values are left out by the caller). k is capped by the number of distinct values. */
export function classify(values: readonly number[], method: ClassMethod = defaultMethod(values), k = DEFAULT_CLASS_COUNT): Classification {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { method, thresholds: [], classes: [] };
  const thresholds = thresholdsFor(finite, method, Math.max(1, Math.min(k, distinct(finite).length)));
  const classes: ValueClass[] = Array.from({ length: thresholds.length + 1 }, () => ({ min: Infinity, max: -Infinity, count: 0 }));
  for (const v of finite) {
    const c = classes[classIndex(thresholds, v)];
    c.min = Math.min(c.min, v);
    c.max = Math.max(c.max, v);
    c.count++;
  }
  // A class no value falls in (equal intervals over a gap) keeps its nominal bounds.
  classes.forEach((c, i) => {
    if (c.count === 0) {
      c.min = i === 0 ? Math.min(...finite) : thresholds[i - 1];
      c.max = i < thresholds.length ? thresholds[i] : Math.max(...finite);
    }
  });
  return { method, thresholds, classes };
}
