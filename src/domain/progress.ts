/** Progress figures a target carries when the plan gives both numbers (e.g. 65/119 with 15 planned in the year). */
import { levelRank } from './levels';
import type { ProvinceModel, WithUnit } from './model';
import type { RegistrationRecord, TargetRecord } from './plan';
import { registrationInYear } from './registrations';
import { compareVi } from './names';
import { isRange, lowerBound, subtractExact, sumQuantities, type Quantity } from './quantity';

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
  planned?: Quantity;
}

export function targetProgress(t: Pick<TargetRecord, 'planned' | 'cumulative'>): TargetProgress | null {
  // A cumulative range ("04-05") has no single share to draw; the panel shows the range as text.
  if (!t.cumulative || isRange(t.cumulative.value)) return null;
  const { value, of } = t.cumulative as { value: number; of?: number };
  const baseline = t.planned !== undefined ? subtractExact(value, t.planned) : undefined;
  return {
    target: value,
    of,
    targetShare: of ? value / of : undefined,
    baseline: baseline !== undefined && baseline >= 0 ? baseline : undefined,
    baselineShare: of && baseline !== undefined && baseline >= 0 ? baseline / of : undefined,
    planned: t.planned,
  };
}

// ---------------------------------------------------------------------------------------------
// District progress for a year: communes recognised against what the plan asks of the district.

const COMMUNE_INDICATORS = new Set(['commune-ntm', 'commune-ntm-advanced', 'commune-ntm-model']);

export type RecognitionState = 'recognised' | 'not-recognised' | 'unknown';

/** Whether a registered unit has reached its target level, from the registration itself or the unit's statuses. */
export function recognitionState(model: ProvinceModel, r: WithUnit<RegistrationRecord>): RecognitionState {
  if (r.status === 'recognised') return 'recognised';
  if (!r.resolved.code) return 'unknown';
  const statuses = model.statuses.filter((s) => s.resolved.code === r.resolved.code);
  if (statuses.length === 0) return 'unknown';
  const best = Math.max(...statuses.map((s) => levelRank(s.level)));
  return best >= levelRank(r.targetLevel) ? 'recognised' : 'not-recognised';
}

export interface DistrictProgress {
  code: string;
  year: number;
  /** Communes the plan asks the district to bring to a level in the year (target rows, else named registrations); a range when the plan gives one. */
  planned: Quantity | null;
  plannedBasis: 'targets' | 'registrations' | null;
  /** Communes named as registered for the year. */
  registered: number;
  /** Registered communes known to be recognised; null when no result is known for any of them. */
  recognised: number | null;
  /** Registered communes whose result is not known. */
  unknown: number;
  /** recognised / planned (its lower end for a range: reaching it meets the plan), when both are known. */
  ratio: number | null;
}

export function districtProgress(model: ProvinceModel, code: string, year: number): DistrictProgress {
  const regs = model.registrations.filter((r) => r.unit.tier === 'commune' && r.resolved.districtCode === code && registrationInYear(r, year));
  const targetRows = model.targets.filter((t) => t.scope === 'district' && t.resolved?.code === code && t.year === year && COMMUNE_INDICATORS.has(t.indicator));
  const plannedFromTargets = sumQuantities(targetRows.map((t) => t.planned ?? 0));
  const planned = targetRows.length ? plannedFromTargets : regs.length ? regs.length : null;
  const states = regs.map((r) => recognitionState(model, r));
  const known = states.filter((s) => s !== 'unknown');
  const recognised = known.length ? states.filter((s) => s === 'recognised').length : null;
  return {
    code,
    year,
    planned,
    plannedBasis: targetRows.length ? 'targets' : regs.length ? 'registrations' : null,
    registered: regs.length,
    recognised,
    unknown: states.length - known.length,
    ratio: recognised !== null && planned !== null && lowerBound(planned) > 0 ? Math.min(1, recognised / lowerBound(planned)) : null,
  };
}

/** Five classes of progress for the map; null ratio is "no data". */
export function progressClass(ratio: number | null): number | null {
  if (ratio === null) return null;
  return Math.min(4, Math.floor(ratio * 5));
}

export interface LaggingEntry {
  code: string;
  progress: DistrictProgress;
  /** Communes still to be recognised to meet the plan. */
  gap: number;
}

/**
 * Districts furthest behind in `year`: lowest recognised/planned ratio first, then the largest gap,
 * then name. Districts with nothing planned are left out; those with no result data are listed apart.
 */
export function laggingDistricts(model: ProvinceModel, year: number): { ranked: LaggingEntry[]; withoutResults: DistrictProgress[] } {
  const all = model.districts.map((d) => districtProgress(model, d.code, year)).filter((p) => lowerBound(p.planned ?? 0) > 0);
  const name = (code: string) => model.districts.find((d) => d.code === code)?.name ?? code;
  const ranked = all
    .filter((p) => p.ratio !== null)
    .map((p) => ({ code: p.code, progress: p, gap: Math.max(0, lowerBound(p.planned ?? 0) - (p.recognised ?? 0)) }))
    .sort((a, b) => a.progress.ratio! - b.progress.ratio! || b.gap - a.gap || compareVi(name(a.code), name(b.code)));
  const withoutResults = all.filter((p) => p.ratio === null).sort((a, b) => compareVi(name(a.code), name(b.code)));
  return { ranked, withoutResults };
}

/** Communes known to meet fewer than `threshold` criteria (the plans' "xã dưới 15 tiêu chí"). */
export function communesBelowCriteria(model: ProvinceModel, threshold = 15) {
  return model.criteria.filter((c) => c.code.length === 5 && c.met < threshold).sort((a, b) => a.met - b.met || compareVi(a.name, b.name));
}

export interface HeadlineProgress {
  targetId: string;
  label: string;
  year: number;
  of: number;
  target: number;
  baseline: number | null;
  /** Units of this indicator recognised within the target's period, when known. */
  recognisedInPeriod: number | null;
}

/** Province targets that give "x of y" (65/119, 154/193) with what is known to be reached so far. */
export function provinceHeadlines(model: ProvinceModel): HeadlineProgress[] {
  const levelOf: Record<string, string> = { 'commune-ntm': 'ntm', 'commune-ntm-advanced': 'ntm-advanced', 'commune-ntm-model': 'ntm-model' };
  return model.targets
    .filter((t) => t.scope === 'province' && t.cumulative?.of && targetProgress(t))
    .map((t) => {
      const p = targetProgress(t)!;
      const level = levelOf[t.indicator];
      let recognisedInPeriod: number | null = null;
      if (level) {
        const from = t.periodStart ?? t.year;
        const regs = model.registrations.filter((r) => r.unit.tier === 'commune' && r.targetLevel === level && r.targetYear >= from && r.targetYear <= t.year);
        const states = regs.map((r) => recognitionState(model, r));
        if (states.some((s) => s !== 'unknown')) recognisedInPeriod = states.filter((s) => s === 'recognised').length;
      }
      return { targetId: t.id, label: t.label, year: t.year, of: p.of!, target: p.target, baseline: p.baseline ?? null, recognisedInPeriod };
    });
}
