/**
 * The plans seen in all of today's communes at once (the national overview's "Xã" mode): the paint of every
 * commune of the five 2025 provinces holding a plan, worked out at build time (scripts/lib/plan-paint-2025.ts
 * → generated/2025/plan-paint.json) by the same rule as a 2025 province's own map (province2025Paint), so the
 * national map never loads five plans, five histories and the crosswalk to colour 3,321 communes. Communes of
 * the other 29 provinces are "no data": no plan the app has speaks of them.
 * Pure: encoded and decoded here, drawn by src/map/layers/national-communes-2025.ts.
 */
import type { Province2025Model } from './communes-2025';
import { newCommuneLegend, province2025Paint, type CommunePaint2025, type NewCommuneCategory, type NewCommuneView, type Share } from './new-commune-plan';
import type { Category } from './views';

/** Views worked out for the national map: the levels, and the registrations of each year the plans name. */
export type NationalPlanView = { view: Extract<NewCommuneView, 'level' | 'registration'>; year: number };

/** "level", "registration:2025". */
export const planViewKey = (v: NationalPlanView): string => (v.view === 'level' ? 'level' : `registration:${v.year}`);

export interface PlanPaintProvince {
  /** 2025 province code. */
  code: string;
  /** Old provinces whose plan speaks of its communes (name, plan title). */
  plans: { oldCode: string; oldName: string; planTitle: string }[];
  /** Communes of the province. */
  communes: number;
}

/** generated/2025/plan-paint.json. */
export interface NationalPlanPaint2025 {
  /** View keys, in the order of each commune's entries. */
  views: string[];
  provinces: PlanPaintProvince[];
  /** All of today's provinces and communes (the legend's "other provinces" are the rest). */
  total: { provinces: number; communes: number };
  /**
   * 2025 commune code → one entry per view: "<category>|<share a/s/n>|<1 when a predecessor was split>". Only
   * communes with a planned predecessor; every other commune of these provinces is "no data", unplanned.
   */
  communes: Record<string, string[]>;
}

const SHARE_CODE: Record<Share, string> = { all: 'a', some: 's', none: 'n' };
const SHARE_OF: Record<string, Share> = { a: 'all', s: 'some', n: 'none' };

function encode(p: CommunePaint2025): string {
  return `${p.category}|${SHARE_CODE[p.share]}|${p.partial ? 1 : 0}`;
}

function decode(entry: string): CommunePaint2025 {
  const [category, share, partial] = entry.split('|');
  return { category: category as Category, share: SHARE_OF[share] ?? 'none', partial: partial === '1', planned: true };
}

/** The build step: the paint of every planned commune of these 2025 provinces, for each view. */
export function encodePlanPaint(
  models: readonly Province2025Model[],
  views: readonly NationalPlanView[],
  total: NationalPlanPaint2025['total'],
): NationalPlanPaint2025 {
  const communes: Record<string, string[]> = {};
  for (const model of models) {
    const paints = views.map((v) => province2025Paint(model, v.view, v.year));
    for (const c of model.communes) {
      if (!model.summaries.has(c.code)) continue;
      communes[c.code] = paints.map((paint) => encode(paint.get(c.code)!));
    }
  }
  return {
    views: views.map(planViewKey),
    provinces: models.map((m) => ({ code: m.province.code, plans: m.plans, communes: m.communes.length })),
    total,
    communes,
  };
}

/** The views the file holds (level first, then the registration years in order). */
export function planViewsOf(file: Pick<NationalPlanPaint2025, 'views'>): NationalPlanView[] {
  return file.views.map((key): NationalPlanView => (key === 'level' ? { view: 'level', year: 0 } : { view: 'registration', year: Number(key.split(':')[1]) }));
}

/**
 * The paint of each planned commune in a view (by 2025 code); a view the file lacks falls back to the levels.
 * Communes missing from the map are "no data" (unplanned).
 */
export function planPaintOf(file: NationalPlanPaint2025, view: NationalPlanView): Map<string, CommunePaint2025> {
  let i = file.views.indexOf(planViewKey(view));
  if (i < 0) i = Math.max(0, file.views.indexOf('level'));
  const out = new Map<string, CommunePaint2025>();
  for (const [code, entries] of Object.entries(file.communes)) if (entries[i]) out.set(code, decode(entries[i]));
  return out;
}

/** The paint of a commune the plans are silent on (another province, or no planned predecessor). */
export const UNPLANNED: CommunePaint2025 = { category: 'no-data', share: 'none', partial: false, planned: false };

/** Hatched on the map: only some predecessors have the category, or the plans say nothing (as a 2025 province's map). */
export const isHatched = (p: CommunePaint2025): boolean => p.share === 'some' || p.category === 'no-data';

/**
 * The national legend: rows with counts (as a 2025 province's legend, over the five provinces), communes of the
 * plan provinces without a planned predecessor, and communes of the other provinces (no plan: "no data").
 */
export function nationalPlanLegend(file: NationalPlanPaint2025, view: NationalPlanView) {
  const paint = planPaintOf(file, view);
  const categories: Pick<NewCommuneCategory, 'category' | 'share' | 'partial' | 'agencies'>[] = [...paint.values()].map((p) => ({
    category: p.category,
    share: p.share,
    partial: p.partial,
    agencies: [],
  }));
  const legend = newCommuneLegend(categories as NewCommuneCategory[]);
  const inPlanProvinces = file.provinces.reduce((sum, p) => sum + p.communes, 0);
  return {
    ...legend,
    unplanned: inPlanProvinces - paint.size,
    inPlanProvinces,
    otherProvinces: { provinces: file.total.provinces - file.provinces.length, communes: file.total.communes - inPlanProvinces },
  };
}

/** How many communes a view says something of (not "no data"). */
function known(file: NationalPlanPaint2025, i: number): number {
  let n = 0;
  for (const entries of Object.values(file.communes)) if (entries[i] && !entries[i].startsWith('no-data|')) n += 1;
  return n;
}

/** At first sight: the view that says something of the most communes (the levels, then the earlier year, on a tie). */
export function firstSightPlanView(file: NationalPlanPaint2025): NationalPlanView {
  const views = planViewsOf(file);
  let best = 0;
  for (let i = 1; i < views.length; i++) if (known(file, i) > known(file, best)) best = i;
  return views[best] ?? { view: 'level', year: 0 };
}

/**
 * The view the national communes are coloured in: the levels or the registrations of `year` once one is picked
 * (`view2025`, shared with the 2025 provinces' maps; agencies read as levels: their colours are per plan), else
 * the first-sight view.
 */
export function nationalPlanViewOf(file: NationalPlanPaint2025, view2025: NewCommuneView | null, year: number): NationalPlanView {
  if (view2025 === null) return firstSightPlanView(file);
  if (view2025 !== 'registration') return { view: 'level', year: 0 };
  const years = planViewsOf(file).filter((v) => v.view === 'registration');
  return years.some((v) => v.year === year) ? { view: 'registration', year } : (years.at(-1) ?? { view: 'level', year: 0 });
}
