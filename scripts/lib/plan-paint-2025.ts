/**
 * Build step: the plans seen in today's communes, for the national overview's "Xã" mode
 * (→ generated/2025/plan-paint.json, src/domain/national-plan-paint-2025.ts): every 2025 province holding a plan
 * province, modelled as the app models it (loadProvince2025Model), painted for the levels and each year's
 * registrations.
 */
import { encodePlanPaint, type NationalPlanPaint2025, type NationalPlanView } from '../../src/domain/national-plan-paint-2025';
import { registrationYears } from '../../src/domain/views';
import planProvinces from '../../data/plan-provinces.json';
import { loadProvince2025Model, provinces2025 } from './province-2025';
import { loadProvinceModel } from './province-model';
import { newProvinceList } from './reform';

/** The 2025 provinces with a plan province among their members (slugs, in code order). */
export function planProvinces2025(): string[] {
  const planned = new Set(planProvinces.provinces.map((p) => p.gsoCode));
  const withPlan = new Set(
    newProvinceList()
      .filter((p) => p.members.some((m) => planned.has(m)))
      .map((p) => p.code),
  );
  return provinces2025()
    .filter((p) => withPlan.has(p.code))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => p.slug);
}

export function buildNationalPlanPaint(): NationalPlanPaint2025 {
  const years = [...new Set(planProvinces.provinces.flatMap((p) => registrationYears(loadProvinceModel(p.slug))))].sort();
  const views: NationalPlanView[] = [{ view: 'level', year: 0 }, ...years.map((year) => ({ view: 'registration' as const, year }))];
  const all = provinces2025();
  const total = { provinces: all.length, communes: all.reduce((sum, p) => sum + p.communeCount, 0) };
  return encodePlanPaint(
    planProvinces2025().map((slug) => loadProvince2025Model(slug)),
    views,
    total,
  );
}
