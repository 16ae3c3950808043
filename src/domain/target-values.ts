/**
 * The amount a target asks for. Plans give one number ("5 xã") and, soon (issue 17), ranges ("4–5").
 * Everything numeric in issue 15 goes through targetAmount, so a range is handled in one place:
 *   - coverage: registrations cover the target when they reach the range's minimum (what the plan requires
 *     at least); the gap to the maximum is reported alongside;
 *   - choropleths: the value mapped is the maximum (the plan's ambition), and the label keeps the range.
 */
import type { TargetRecord } from './plan';

export interface TargetAmount {
  min: number;
  max: number;
}

type Planned = number | { min: number; max: number } | undefined | null;

/** The planned amount of a target row as a range ({min: n, max: n} for a single number), or null. */
export function targetAmount(t: Pick<TargetRecord, 'planned'> | { planned?: Planned }): TargetAmount | null {
  const p = (t as { planned?: Planned }).planned;
  if (p === undefined || p === null) return null;
  if (typeof p === 'number') return Number.isFinite(p) ? { min: p, max: p } : null;
  if (typeof p.min === 'number' && typeof p.max === 'number') return { min: Math.min(p.min, p.max), max: Math.max(p.min, p.max) };
  return null;
}

export function addAmounts(a: TargetAmount | null, b: TargetAmount | null): TargetAmount | null {
  if (!a) return b;
  if (!b) return a;
  return { min: a.min + b.min, max: a.max + b.max };
}

/** "5" or "4–5" (en dash), as the plan words a range. */
export function formatAmount(a: TargetAmount, format: (n: number) => string = String): string {
  return a.min === a.max ? format(a.min) : `${format(a.min)}–${format(a.max)}`;
}
