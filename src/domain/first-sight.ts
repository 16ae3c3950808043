/**
 * First sight (issue 15 §7): what a bare link opens. Each province with a plan is summarised as the number of
 * districts each view shows something for, per year (viewSummary, computed by `npm run generate` into
 * public/generated/view-summary.json). firstSight picks the province, view and year that show the most; when no
 * view of any province shows data for at least `minShare` of its districts, the national overview opens instead
 * of an all-hatched map. bestView does the same within one province (a link naming a province but no view).
 */
import type { ProvinceModel } from './model';
import { VIEW_IDS, viewCategories, type ViewId } from './view-facts';
import { registrationYears } from './views';

export interface ViewSummary {
  slug: string;
  provinceCode: string;
  districts: number;
  /** Districts with something to show, per view and year. */
  counts: { view: ViewId; year: number; withData: number }[];
}

export function viewSummary(model: ProvinceModel): ViewSummary {
  const counts: ViewSummary['counts'] = [];
  for (const year of registrationYears(model))
    for (const view of VIEW_IDS) {
      const withData = [...viewCategories(model, view, year).values()].filter((c) => c !== 'no-data').length;
      counts.push({ view, year, withData });
    }
  return { slug: model.plan.province.slug, provinceCode: model.province.code, districts: model.districts.length, counts };
}

/** The order views are preferred in when they show as much: the meeting's first questions first. */
const VIEW_PREFERENCE: readonly ViewId[] = ['registration', 'coverage', 'targets', 'level', 'progress', 'agency'];

export type Place = { kind: 'national' } | { kind: 'province'; slug: string; view: ViewId; year: number; share: number };

function rank(a: { share: number; view: ViewId; year: number; withData: number }, b: typeof a): number {
  return b.share - a.share || VIEW_PREFERENCE.indexOf(a.view) - VIEW_PREFERENCE.indexOf(b.view) || b.withData - a.withData || b.year - a.year;
}

/** The most informative view and year of one province (null when no view shows anything). */
export function bestView(summary: ViewSummary): { view: ViewId; year: number; share: number } | null {
  const options = summary.counts
    .filter((c) => c.withData > 0)
    .map((c) => ({ ...c, share: summary.districts ? c.withData / summary.districts : 0 }))
    .sort(rank);
  return options.length ? { view: options[0].view, year: options[0].year, share: options[0].share } : null;
}

/**
 * A link naming a province but no view: the province's most informative view (bestView), its year only for a
 * view about a year; null when the province has no summary or no view with data (the level view then opens).
 */
export function provinceFirstSight(summaries: readonly ViewSummary[], slug: string): { view: ViewId; year: number | null } | null {
  const summary = summaries.find((s) => s.slug === slug);
  const best = summary ? bestView(summary) : null;
  if (!best) return null;
  return { view: best.view, year: best.view === 'level' || best.view === 'agency' ? null : best.year };
}

export function firstSight(summaries: readonly ViewSummary[], minShare = 0.5): Place {
  const best = summaries
    .map((s) => ({ s, b: bestView(s) }))
    .filter((x): x is { s: ViewSummary; b: NonNullable<ReturnType<typeof bestView>> } => x.b !== null)
    .sort(
      (x, y) => rank({ ...x.b, withData: x.b.share * x.s.districts }, { ...y.b, withData: y.b.share * y.s.districts }) || x.s.slug.localeCompare(y.s.slug),
    )[0];
  if (!best || best.b.share < minShare) return { kind: 'national' };
  return { kind: 'province', slug: best.s.slug, view: best.b.view, year: best.b.year, share: best.b.share };
}
