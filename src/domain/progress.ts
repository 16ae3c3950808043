/** Progress figures a target carries when the plan gives both numbers (e.g. 65/119 with 15 planned in the year). */
import type { TargetRecord } from './plan';

export interface TargetProgress {
  /** Cumulative target at the end of the year. */
  target: number;
  /** Total the target is out of, when given. */
  of?: number;
  /** Share of the total the cumulative target represents (0–1). */
  targetShare?: number;
  /** Units already reached before the year: cumulative − planned, when both are given. */
  baseline?: number;
  baselineShare?: number;
  planned?: number;
}

export function targetProgress(t: Pick<TargetRecord, 'planned' | 'cumulative'>): TargetProgress | null {
  if (!t.cumulative) return null;
  const { value, of } = t.cumulative;
  const baseline = t.planned !== undefined ? value - t.planned : undefined;
  return {
    target: value,
    of,
    targetShare: of ? value / of : undefined,
    baseline: baseline !== undefined && baseline >= 0 ? baseline : undefined,
    baselineShare: of && baseline !== undefined && baseline >= 0 ? baseline / of : undefined,
    planned: t.planned,
  };
}
