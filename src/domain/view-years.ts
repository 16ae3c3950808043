/**
 * The years each view can show (the year picker, the URL): a view offers the years it has something for.
 *   registration — years with a registration counting for them (registrationInYear: for Y, or carried over to Y);
 *   targets      — years of the plan's district target rows;
 *   coverage     — years where some district has a recognition target and the plan names registrations to
 *                  compare it with (coverage.ts: covered or short);
 *   progress     — years where some district has a progress ratio (needs recognition results);
 *   indicator    — years with a numeric indicator about that year (the agency count is the same every year);
 *   level, agency — no year (the picker is hidden).
 * A yearly view with no year of its own offers the plan's own years, where the map says it has no data.
 */
import { availableIndicators } from './indicators';
import type { ProvinceModel } from './model';
import { registrationInYear } from './registrations';
import { viewCategory, type ViewId } from './view-facts';
import { districtCoverage } from './coverage';
import type { MapView } from './views';

/** Whether the view is about a year (the year picker shows). */
export function viewHasYear(view: MapView): boolean {
  return view !== 'level' && view !== 'agency';
}

/** The plan's default year: 2024 when the plan covers it, else its first year. */
export function defaultYear(model: ProvinceModel): number {
  return model.plan.document.years.includes(2024) ? 2024 : model.plan.document.years[0];
}

/** Every year any view might be about: the plan's years, 2024 and 2025, registration, deadline and target years. */
function candidateYears(model: ProvinceModel): number[] {
  const years = new Set<number>([2024, 2025, ...model.plan.document.years]);
  for (const r of model.registrations) {
    years.add(r.targetYear);
    for (const d of r.deadlines) if (d.due && /^\d{4}/.test(d.due)) years.add(Number(d.due.slice(0, 4)));
  }
  for (const t of model.targets) years.add(t.year);
  return [...years].sort((a, b) => a - b);
}

function hasData(model: ProvinceModel, view: MapView, year: number): boolean {
  switch (view) {
    case 'registration':
      return model.registrations.some((r) => registrationInYear(r, year));
    case 'targets':
      return model.targets.some((t) => t.scope === 'district' && t.year === year);
    case 'coverage':
      return model.districts.some((d) => {
        const state = districtCoverage(model, d.code, year).state;
        return state === 'covered' || state === 'short';
      });
    case 'progress':
      return model.districts.some((d) => viewCategory(model, d.code, view as ViewId, year) !== 'no-data');
    case 'indicator':
      return availableIndicators(model, year).some((i) => i.id !== 'agencies');
    default:
      return false;
  }
}

const cache = new WeakMap<ProvinceModel, Map<MapView, number[]>>();

/** The years the view has data for, oldest first ([] for a view without a year, or with no data at all). */
export function viewYears(model: ProvinceModel, view: MapView): number[] {
  if (!viewHasYear(view)) return [];
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  let years = perModel.get(view);
  if (!years) perModel.set(view, (years = candidateYears(model).filter((y) => hasData(model, view, y))));
  return years;
}

/** The years the picker offers: the view's years, or the plan's own years when the view has none. */
export function yearChoices(model: ProvinceModel, view: MapView): number[] {
  if (!viewHasYear(view)) return [];
  const years = viewYears(model, view);
  return years.length ? years : [...model.plan.document.years].sort((a, b) => a - b);
}

/**
 * The year to show the view in: `wanted` when the view offers it, else the offered year nearest to it (the later
 * of two as near), `wanted` defaulting to the plan's default year. A view without a year keeps `wanted`.
 */
export function validYear(model: ProvinceModel, view: MapView, wanted: number | null): number {
  const target = wanted ?? defaultYear(model);
  const choices = yearChoices(model, view);
  if (!choices.length || choices.includes(target)) return target;
  return choices.reduce((best, y) =>
    Math.abs(y - target) < Math.abs(best - target) || (Math.abs(y - target) === Math.abs(best - target) && y > best) ? y : best,
  );
}
