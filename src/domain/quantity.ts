/**
 * A figure the plan prints: one number, or a range it writes "04-05" (kept as min–max, never collapsed).
 * Sums of ranges are ranges (4–5 + 2 = 6–7).
 */
export interface Range {
  min: number;
  max: number;
}
export type Quantity = number | Range;

export function isRange(q: Quantity): q is Range {
  return typeof q === 'object';
}

export function lowerBound(q: Quantity): number {
  return isRange(q) ? q.min : q;
}

export function upperBound(q: Quantity): number {
  return isRange(q) ? q.max : q;
}

/** A range whose ends are equal is a number. */
function make(min: number, max: number): Quantity {
  return min === max ? min : { min, max };
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return make(lowerBound(a) + lowerBound(b), upperBound(a) + upperBound(b));
}

export function sumQuantities(values: readonly Quantity[]): Quantity {
  return values.reduce<Quantity>((s, q) => addQuantities(s, q), 0);
}

/** a − b for a cumulative figure minus the units planned in the year; undefined when a range makes it unknown. */
export function subtractExact(a: Quantity, b: Quantity): number | undefined {
  return isRange(a) || isRange(b) ? undefined : a - b;
}

/** "4–5" for a range, the number otherwise; numbers in the reader's locale. */
export function formatQuantity(q: Quantity, locale = 'vi-VN'): string {
  const f = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 3 });
  return isRange(q) ? `${f(q.min)}–${f(q.max)}` : f(q);
}

/** For a table cell: numbers stay numbers (spreadsheets sum them), ranges become "4–5". */
export function quantityCell(q: Quantity | undefined, locale = 'vi-VN'): string | number | null {
  if (q === undefined) return null;
  return isRange(q) ? formatQuantity(q, locale) : q;
}
