/** Defaults of the view state that depend on the day or the plan (used by the slices and the selectors). */
import type { ProvinceModel } from '../domain/model';

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Default year for the registration and progress views: 2024 when the plan covers it, else its first year. */
export function defaultYear(model: ProvinceModel): number {
  return model.plan.document.years.includes(2024) ? 2024 : model.plan.document.years[0];
}
