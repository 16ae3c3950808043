/**
 * Numeric indicators per district (issue 15 §2), each read from the plan the same way the panel reads it:
 *   registered:all             communes registered for year Y (all levels)
 *   registered:<level>         communes registered for Y to reach that level
 *   target:<indicator>         the district's target for Y (sum of its rows; a range counts as its maximum)
 *   agencies                   number of agencies responsible for the district
 *   coverage-gap               communes/districts still to be registered to cover Y's targets (coverage.ts)
 * An indicator is offered only where the plan gives it for at least one district. A value is null where the plan
 * is silent for that district ("không có dữ liệu"), 0 where the plan's list for the province simply names none
 * in it. Budget lines in the five plans are province-wide (no district), so there is no budget indicator per
 * district; when a plan gives one, it goes here.
 */
import { agenciesOfDistrict } from './views';
import { districtCoverage } from './coverage';
import { RECOGNITION_LEVELS, type RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import { INDICATORS, type Indicator } from './plan';
import { registrationInYear } from './registrations';
import { addAmounts, type TargetAmount, targetAmount } from './target-values';
import { classify, type ClassMethod, type Classification } from './classify';

export type IndicatorId = 'registered:all' | `registered:${RecognitionLevel}` | `target:${Indicator}` | 'agencies' | 'coverage-gap';

export interface IndicatorValue {
  value: number;
  /** The target range the value stands for (value = its maximum), when a target is a range. */
  range?: TargetAmount;
}

export interface IndicatorInfo {
  id: IndicatorId;
  /** i18n key of the indicator's name and its parameters (e.g. the plan's own wording of a target). */
  labelKey: string;
  labelParams: Record<string, string>;
}

function communeRegistrations(model: ProvinceModel, year: number) {
  return model.registrations.filter((r) => r.unit.tier === 'commune' && registrationInYear(r, year));
}

/** Values per district code for one indicator. */
export function indicatorValues(model: ProvinceModel, id: IndicatorId, year: number): Map<string, IndicatorValue | null> {
  const out = new Map<string, IndicatorValue | null>();
  if (id === 'registered:all' || id.startsWith('registered:')) {
    const level = id === 'registered:all' ? null : (id.slice('registered:'.length) as RecognitionLevel);
    const regs = communeRegistrations(model, year);
    const named = regs.length > 0;
    for (const d of model.districts) {
      const n = regs.filter((r) => r.resolved.districtCode === d.code && (level === null || r.targetLevel === level)).length;
      out.set(d.code, named ? { value: n } : null);
    }
  } else if (id.startsWith('target:')) {
    const indicator = id.slice('target:'.length) as Indicator;
    for (const d of model.districts) {
      const total = model.targets
        .filter((t) => t.scope === 'district' && t.resolved?.code === d.code && t.year === year && t.indicator === indicator)
        .reduce<TargetAmount | null>((sum, t) => addAmounts(sum, targetAmount(t)), null);
      out.set(d.code, total ? { value: total.max, ...(total.min !== total.max ? { range: total } : {}) } : null);
    }
  } else if (id === 'agencies') {
    const any = model.agencyAssignments.length > 0 || model.registrations.some((r) => r.agency);
    for (const d of model.districts) out.set(d.code, any ? { value: agenciesOfDistrict(model, d.code).length } : null);
  } else if (id === 'coverage-gap') {
    for (const d of model.districts) {
      const c = districtCoverage(model, d.code, year);
      out.set(d.code, c.lines.some((l) => l.registered !== null) ? { value: c.gap } : null);
    }
  }
  return out;
}

/** Indicators with a value for at least one district in the year, in a stable order. */
export function availableIndicators(model: ProvinceModel, year: number): IndicatorInfo[] {
  const ids: IndicatorId[] = ['registered:all', ...RECOGNITION_LEVELS.map((l) => `registered:${l}` as IndicatorId)];
  for (const ind of INDICATORS) ids.push(`target:${ind}`);
  ids.push('agencies', 'coverage-gap');
  const infos: IndicatorInfo[] = [];
  for (const id of ids) {
    const values = [...indicatorValues(model, id, year).values()];
    if (!values.some((v) => v !== null && (id === 'registered:all' || id === 'agencies' || id === 'coverage-gap' || v.value > 0))) continue;
    if (id.startsWith('target:')) {
      const indicator = id.slice('target:'.length);
      const row = model.targets.find((t) => t.scope === 'district' && t.year === year && t.indicator === indicator);
      infos.push({ id, labelKey: 'indicator.target', labelParams: { label: row?.label ?? indicator, measure: row?.measure ?? '' } });
    } else {
      infos.push({ id, labelKey: `indicator.${id.replace(':', '.')}`, labelParams: { year: String(year) } });
    }
  }
  return infos;
}

export interface IndicatorMap {
  id: IndicatorId;
  values: Map<string, IndicatorValue | null>;
  classification: Classification;
}

/** An indicator's values and their classes (method: the default rule of classify.ts unless chosen). */
export function classifyIndicator(model: ProvinceModel, id: IndicatorId, year: number, method?: ClassMethod, k?: number): IndicatorMap {
  const values = indicatorValues(model, id, year);
  const numbers = [...values.values()].filter((v): v is IndicatorValue => v !== null).map((v) => v.value);
  return { id, values, classification: classify(numbers, method, k) };
}

/** The text printed on a district when "print values" is on: "5", "4–5" for a target range, "" for no data. */
export function valueLabel(v: IndicatorValue | null, format: (n: number) => string = String): string {
  if (!v) return '';
  return v.range && v.range.min !== v.range.max ? `${format(v.range.min)}–${format(v.range.max)}` : format(v.value);
}
