/**
 * Plan coverage (issue 15 §3): without waiting for results, do the registrations a plan names cover the targets
 * it sets each district? For each district and year, each target row about a recognition level is compared with
 * the registrations for that year at that level:
 *   - commune targets (commune-ntm, -advanced, -model) with the communes registered at that level;
 *   - district targets (district-ntm, -advanced, -task-completed) with the district's own registration.
 * A level is counted only against itself (a commune registered for "nâng cao" does not fill a "đạt chuẩn" target:
 * the plans count them apart). A target range ("4–5", issue 17) is covered when registrations reach its minimum;
 * gap is to the minimum, gapToMax to the maximum.
 */
import type { RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import type { Indicator, SourceRef } from './plan';
import { registrationInYear } from './registrations';
import { addAmounts, type TargetAmount, targetAmount } from './target-values';
import { compareVi } from './names';

const COMMUNE_LEVEL: Partial<Record<Indicator, RecognitionLevel>> = {
  'commune-ntm': 'ntm',
  'commune-ntm-advanced': 'ntm-advanced',
  'commune-ntm-model': 'ntm-model',
};
const DISTRICT_LEVEL: Partial<Record<Indicator, RecognitionLevel>> = {
  'district-ntm': 'ntm',
  'district-ntm-advanced': 'ntm-advanced',
  'district-task-completed': 'task-completed',
};

export interface CoverageLine {
  districtCode: string;
  year: number;
  indicator: Indicator;
  tier: 'commune' | 'district';
  level: RecognitionLevel;
  target: TargetAmount;
  /**
   * Registrations for the year at this level (communes, or the district's own); null when the plan names no
   * registration of this tier for the year anywhere in the province (it sets targets without naming units:
   * nothing to compare, so no gap is claimed).
   */
  registered: number | null;
  /** target.min − registered, at least 0. */
  gap: number;
  /** target.max − registered, at least 0 (equals gap for a single-number target). */
  gapToMax: number;
  /** Target rows summed into this line. */
  sources: SourceRef[];
}

/**
 * covered: every comparable target reached by registrations; short: at least one gap; unnamed: targets, but the
 * plan names no registrations of that tier for the year in the province; no-target: registrations but no
 * comparable target; no-data: neither.
 */
export type CoverageState = 'covered' | 'short' | 'unnamed' | 'no-target' | 'no-data';
export const COVERAGE_STATES: readonly CoverageState[] = ['short', 'covered', 'unnamed', 'no-target', 'no-data'];

/** Whether the plan names any registration of the tier for the year (otherwise a target cannot be compared). */
function namesRegistrations(model: ProvinceModel, tier: 'commune' | 'district', year: number): boolean {
  return model.registrations.some((r) => r.unit.tier === tier && registrationInYear(r, year));
}

export interface DistrictCoverage {
  code: string;
  year: number;
  lines: CoverageLine[];
  /** Registrations for the year in the district (all levels, communes and own). */
  registeredTotal: number;
  /** Sum of the gaps over the lines. */
  gap: number;
  state: CoverageState;
}

export function districtCoverage(model: ProvinceModel, code: string, year: number): DistrictCoverage {
  const regs = model.registrations.filter((r) => r.resolved.districtCode === code && registrationInYear(r, year));
  const byKey = new Map<string, CoverageLine>();
  for (const t of model.targets) {
    if (t.scope !== 'district' || t.resolved?.code !== code || t.year !== year) continue;
    const communeLevel = COMMUNE_LEVEL[t.indicator];
    const districtLevel = DISTRICT_LEVEL[t.indicator];
    const level = communeLevel ?? districtLevel;
    const amount = targetAmount(t);
    if (!level || !amount || amount.max <= 0) continue;
    const tier = communeLevel ? 'commune' : 'district';
    const key = `${tier}:${level}`;
    const line = byKey.get(key);
    if (line) {
      line.target = addAmounts(line.target, amount)!;
      line.sources.push(t.source);
    } else {
      byKey.set(key, {
        districtCode: code,
        year,
        indicator: t.indicator,
        tier,
        level,
        target: amount,
        registered: 0,
        gap: 0,
        gapToMax: 0,
        sources: [t.source],
      });
    }
  }
  const named = { commune: namesRegistrations(model, 'commune', year), district: namesRegistrations(model, 'district', year) };
  const lines = [...byKey.values()].map((line) => {
    if (!named[line.tier]) return { ...line, registered: null, gap: 0, gapToMax: 0 };
    const registered = regs.filter((r) => r.unit.tier === line.tier && r.targetLevel === line.level).length;
    return { ...line, registered, gap: Math.max(0, line.target.min - registered), gapToMax: Math.max(0, line.target.max - registered) };
  });
  const gap = lines.reduce((s, l) => s + l.gap, 0);
  const comparable = lines.filter((l) => l.registered !== null);
  const state: CoverageState = gap > 0 ? 'short' : comparable.length ? 'covered' : lines.length ? 'unnamed' : regs.length ? 'no-target' : 'no-data';
  return { code, year, lines, registeredTotal: regs.length, gap, state };
}

export function provinceCoverage(model: ProvinceModel, year: number): DistrictCoverage[] {
  return model.districts.map((d) => districtCoverage(model, d.code, year));
}

export interface ShortfallEntry extends CoverageLine {
  districtName: string;
}

/**
 * The "thiếu đăng ký" list: every (district, level) whose registrations fall short of the target, largest gap
 * first, then the larger target, then the district's name.
 */
export function registrationShortfalls(model: ProvinceModel, year: number): ShortfallEntry[] {
  const name = new Map(model.districts.map((d) => [d.code, d.name]));
  return provinceCoverage(model, year)
    .flatMap((c) => c.lines)
    .filter((l) => l.gap > 0)
    .map((l) => ({ ...l, districtName: name.get(l.districtCode) ?? l.districtCode }))
    .sort((a, b) => b.gap - a.gap || b.target.max - a.target.max || compareVi(a.districtName, b.districtName));
}

/**
 * What the "thiếu đăng ký" list can say for a year when it is empty (or above it): how many districts have a
 * target the plan's registrations can be compared with, how many of those are covered, the totals compared, and
 * how many districts have targets but no named registrations to compare them with.
 */
export interface CoverageSummary {
  year: number;
  districts: number;
  /** Districts with at least one comparable line (a target and registrations named in the province). */
  compared: number;
  /** Of those, districts with no gap. */
  covered: number;
  /** Over the comparable lines: registrations and target minimums. */
  registered: number;
  target: number;
  /** Districts with targets of which none can be compared. */
  unnamed: number;
}

export function coverageSummary(model: ProvinceModel, year: number): CoverageSummary {
  const all = provinceCoverage(model, year);
  const comparable = all.map((c) => ({ c, lines: c.lines.filter((l) => l.registered !== null) })).filter((x) => x.lines.length > 0);
  return {
    year,
    districts: all.length,
    compared: comparable.length,
    covered: comparable.filter((x) => x.c.gap === 0).length,
    registered: comparable.reduce((s, x) => s + x.lines.reduce((n, l) => n + (l.registered ?? 0), 0), 0),
    target: comparable.reduce((s, x) => s + x.lines.reduce((n, l) => n + l.target.min, 0), 0),
    unnamed: all.filter((c) => c.lines.length > 0 && c.lines.every((l) => l.registered === null)).length,
  };
}

/** Years the coverage view can answer for: the years of district target rows about recognition. */
export function coverageYears(model: ProvinceModel): number[] {
  const years = new Set<number>();
  for (const t of model.targets) if (t.scope === 'district' && (COMMUNE_LEVEL[t.indicator] || DISTRICT_LEVEL[t.indicator])) years.add(t.year);
  return [...years].sort();
}
