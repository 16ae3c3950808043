/** The province picker's choices from 1 July 2025 (../domain/province-choices-2025), memoised on their inputs. */
import { PLAN_SLUGS } from '../data/load';
import { isReformDate } from '../domain/history';
import { provinceChoices2025, type ProvinceChoice2025 } from '../domain/province-choices-2025';
import type { AppState } from './types';

let last: { inputs: unknown[]; result: ProvinceChoice2025[] } | null = null;

/** The 34 provinces of 1 July 2025 when units from that date are shown (null before, or while not loaded). */
export function selectProvinceChoices2025(s: Pick<AppState, 'unitsAsOf' | 'newProvinces' | 'provinces' | 'provinceSlug'>): ProvinceChoice2025[] | null {
  if (!isReformDate(s.unitsAsOf) || !s.newProvinces) return null;
  const inputs = [s.newProvinces, s.provinces, s.provinceSlug];
  if (!last || last.inputs.some((x, i) => x !== inputs[i])) last = { inputs, result: provinceChoices2025(s.newProvinces, s.provinces, PLAN_SLUGS, s.provinceSlug) };
  return last.result;
}

/** The loaded 2025 province when it is the open province's (the previous one stays in the state while the next loads). */
export const selectProvince2025 = (s: Pick<AppState, 'province2025' | 'history'>): AppState['province2025'] =>
  s.province2025 && s.province2025.code === s.history?.newProvince.code ? s.province2025 : null;
