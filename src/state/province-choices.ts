/**
 * Today's communes in the store: the province picker's choices from 1 July 2025 (../domain/province-choices-2025),
 * the open 2025 province, and the view its communes are coloured in by the plans; memoised on their inputs.
 */
import { PLAN_SLUGS } from '../data/load';
import { isReformDate } from '../domain/history';
import { provinceChoices2025, type ProvinceChoice2025 } from '../domain/province-choices-2025';
import type { AppState } from './types';
import type { Province2025Model } from '../domain/communes-2025';
import { province2025Paint, type NewCommuneView } from '../domain/new-commune-plan';

let last: { inputs: unknown[]; result: ProvinceChoice2025[] } | null = null;

/** The 34 provinces of 1 July 2025 when units from that date are shown (null before, or while not loaded). */
export function selectProvinceChoices2025(s: Pick<AppState, 'unitsAsOf' | 'newProvinces' | 'provinces' | 'provinceSlug'>): ProvinceChoice2025[] | null {
  if (!isReformDate(s.unitsAsOf) || !s.newProvinces) return null;
  const inputs = [s.newProvinces, s.provinces, s.provinceSlug];
  if (!last || last.inputs.some((x, i) => x !== inputs[i]))
    last = { inputs, result: provinceChoices2025(s.newProvinces, s.provinces, PLAN_SLUGS, s.provinceSlug) };
  return last.result;
}

/** The loaded 2025 province when it is the open province's (the previous one stays in the state while the next loads). */
export const selectProvince2025 = (s: Pick<AppState, 'province2025' | 'history'>): AppState['province2025'] =>
  s.province2025 && s.province2025.code === s.history?.newProvince.code ? s.province2025 : null;

/** The view of the plans that colours the most of today's communes in `year` (the rest "no data"); levels on a tie. */
function firstSightView(model: Province2025Model, year: number): NewCommuneView {
  const known = (view: NewCommuneView) => [...province2025Paint(model, view, year).values()].filter((p) => p.category !== 'no-data').length;
  let best: { view: NewCommuneView; n: number } = { view: 'level', n: known('level') };
  for (const view of ['registration', 'agency'] as const) {
    const n = known(view);
    if (n > best.n) best = { view, n };
  }
  return best.view;
}
let lastAuto: { model: Province2025Model; year: number; view: NewCommuneView } | null = null;

/**
 * The view today's communes are coloured in by the plans: the one chosen in their legend, else at first sight the
 * view (levels, registrations of the year, agencies) that says something of the most communes (levels on a tie).
 * Kept apart from the district maps' view, which it does not change.
 */
export function selectView2025(s: Pick<AppState, 'province2025' | 'history' | 'view2025' | 'year'>): NewCommuneView {
  if (s.view2025) return s.view2025;
  const p = selectProvince2025(s);
  if (!p) return 'level';
  if (lastAuto?.model !== p.model || lastAuto.year !== s.year)
    lastAuto = { model: p.model, year: s.year, view: p.model.plans.length ? firstSightView(p.model, s.year) : 'level' };
  return lastAuto.view;
}
