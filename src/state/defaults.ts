/** Defaults of the view state that depend on the day or the plan (used by the slices and the selectors). */

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Default year for the yearly views: 2024 when the plan covers it, else its first year (each view: domain/view-years.ts). */
export { defaultYear } from '../domain/view-years';
