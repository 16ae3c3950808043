/**
 * The amount a target asks for, as a min–max pair over issue 17's Quantity (quantity.ts is the one module for
 * ranges: this file only gives the "always a pair" view the numeric code of issue 15 reads):
 *   - coverage: registrations cover the target when they reach the range's minimum (what the plan requires
 *     at least); the gap to the maximum is reported alongside;
 *   - choropleths: the value mapped is the maximum (the plan's ambition), and the label keeps the range.
 */
import type { TargetRecord } from './plan';
import { addQuantities, isRange, lowerBound, upperBound, type Quantity, type Range } from './quantity';

export type TargetAmount = Range;

/** A Quantity as a pair ({min: n, max: n} for a single number); null for a missing or non-finite figure. */
export function amountOf(q: Quantity | undefined | null): TargetAmount | null {
  if (q === undefined || q === null) return null;
  if (!isRange(q)) return Number.isFinite(q) ? { min: q, max: q } : null;
  if (!Number.isFinite(q.min) || !Number.isFinite(q.max)) return null;
  return { min: Math.min(lowerBound(q), upperBound(q)), max: Math.max(lowerBound(q), upperBound(q)) };
}

/** The planned amount of a target row as a range, or null. */
export function targetAmount(t: Pick<TargetRecord, 'planned'> | { planned?: Quantity | null }): TargetAmount | null {
  return amountOf((t as { planned?: Quantity | null }).planned);
}

export function addAmounts(a: TargetAmount | null, b: TargetAmount | null): TargetAmount | null {
  if (!a) return b;
  if (!b) return a;
  return amountOf(addQuantities(a, b));
}

/** "5" or "4–5" (en dash), as the plan words a range. */
export function formatAmount(a: TargetAmount, format: (n: number) => string = String): string {
  return a.min === a.max ? format(a.min) : `${format(a.min)}–${format(a.max)}`;
}
