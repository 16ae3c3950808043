/**
 * The plans seen in today's communes: for each 2025 commune formed from planned communes, a category per map
 * view (level, registration in a year, agency) worked out from its predecessors, how many predecessors that
 * covers ("2 of 3 predecessor communes registered for NTM nâng cao 2024"), and whether a predecessor was split.
 * The map colours, the legend counts, the panel and the export table all come from newCommuneCategory, so
 * they cannot disagree. A category is never the new commune's own status: it has none until recognised again.
 *
 * Rule, per view:
 * - level: the highest level any predecessor has (plan or office data); "all" when every predecessor has it.
 * - registration Y: the highest level any predecessor is registered for in year Y; "all" when every one is.
 * - agency: the agency supporting the predecessors when there is one; "several-agencies" when they differ.
 * Predecessors outside the plan (other old provinces) count in the total and as "no data".
 */
import { agencyKey } from './agencies';
import type { NewCommuneSummary, PredecessorFacts } from './crosswalk';
import { highestLevel, LEGEND_LEVELS, levelRank, type LevelState } from './levels';
import { compareVi } from './names';
import { SEVERAL_AGENCIES, type Category } from './views';
import type { Province2025Model } from './communes-2025';

export const NEW_COMMUNE_VIEWS = ['level', 'registration', 'agency'] as const;
export type NewCommuneView = (typeof NEW_COMMUNE_VIEWS)[number];

/** "all": every predecessor; "some": part of them; "none": no predecessor has anything stated (category no-data). */
export type Share = 'all' | 'some' | 'none';

export interface NewCommuneCategory {
  code: string;
  /** A LevelState, "agency:<key>", "several-agencies" or "no-data" (same keys as the district maps). */
  category: Category;
  share: Share;
  /** Predecessors the category rests on (at the level, registered for it, or supported by the agency). */
  count: number;
  /** All predecessors, in every old province. */
  total: number;
  /** Some predecessor was split between several 2025 communes: its facts are counted here only in part. */
  partial: boolean;
  /** Names of the split predecessors. */
  splitNames: string[];
  /** Predecessors in other old provinces (this plan is silent on them). */
  outside: number;
  /** For the agency view: the agency's name (one agency) or the names (several). */
  agencies: string[];
  /** The view and year it was worked out for (the count text needs them). */
  view: NewCommuneView;
  year: number;
}

function base(s: NewCommuneSummary, view: NewCommuneView, year: number): Omit<NewCommuneCategory, 'category' | 'share' | 'count' | 'agencies'> {
  const split = s.predecessors.filter((p) => p.split);
  return {
    code: s.code,
    total: s.predecessors.length + s.otherPredecessors.length,
    partial: split.length > 0,
    splitNames: split.map((p) => p.name),
    outside: s.otherPredecessors.length,
    view,
    year,
  };
}

function shareOf(count: number, total: number): Share {
  if (count === 0) return 'none';
  return count === total ? 'all' : 'some';
}

/** The highest level registered for `year` by one predecessor ("no-data" when none). */
export function registeredLevel(p: PredecessorFacts, year: number): LevelState {
  return highestLevel(p.registrations.filter((r) => r.years.includes(year)).map((r) => r.targetLevel));
}

export function newCommuneCategory(s: NewCommuneSummary, view: NewCommuneView, year: number): NewCommuneCategory {
  const b = base(s, view, year);
  switch (view) {
    case 'level': {
      const levels = s.predecessors.map((p) => p.level);
      const top = highestLevel(levels);
      const count = top === 'no-data' ? 0 : levels.filter((l) => levelRank(l) >= levelRank(top)).length;
      return { ...b, category: top, share: shareOf(count, b.total), count, agencies: [] };
    }
    case 'registration': {
      const levels = s.predecessors.map((p) => registeredLevel(p, year));
      const top = highestLevel(levels);
      const count = top === 'no-data' ? 0 : levels.filter((l) => l === top).length;
      return { ...b, category: top, share: shareOf(count, b.total), count, agencies: [] };
    }
    case 'agency': {
      const byKey = new Map<string, { name: string; count: number }>();
      for (const p of s.predecessors) {
        for (const name of p.agencies) {
          const key = agencyKey(name);
          const entry = byKey.get(key) ?? { name, count: 0 };
          entry.count += 1;
          byKey.set(key, entry);
        }
      }
      const withAgency = s.predecessors.filter((p) => p.agencies.length > 0).length;
      if (byKey.size === 0) return { ...b, category: 'no-data', share: 'none', count: 0, agencies: [] };
      const names = [...byKey.values()].map((e) => e.name).sort(compareVi);
      if (byKey.size > 1) return { ...b, category: SEVERAL_AGENCIES, share: shareOf(withAgency, b.total), count: withAgency, agencies: names };
      const [key, only] = [...byKey.entries()][0];
      return { ...b, category: `agency:${key}`, share: shareOf(only.count, b.total), count: only.count, agencies: names };
    }
  }
}

/** Every summarised commune's category for a view, by 2025 code (what the map paints). */
export function newCommuneCategories(summaries: Iterable<NewCommuneSummary>, view: NewCommuneView, year: number): Map<string, NewCommuneCategory> {
  const out = new Map<string, NewCommuneCategory>();
  for (const s of summaries) out.set(s.code, newCommuneCategory(s, view, year));
  return out;
}

export interface NewCommuneLegendRow {
  category: Category;
  /** Communes whose predecessors all have the category, and those where only part of them do. */
  all: number;
  some: number;
  /** Agency name for "agency:<key>" rows. */
  label?: string;
}

/**
 * Legend rows with counts, from the same categories the map paints: one row per category present (levels
 * highest first, then agencies by name, then several agencies), "no-data" last; plus the partial count.
 */
export function newCommuneLegend(categories: Iterable<NewCommuneCategory>): { rows: NewCommuneLegendRow[]; partial: number; communes: number } {
  const rows = new Map<Category, NewCommuneLegendRow>();
  let partial = 0;
  let communes = 0;
  for (const c of categories) {
    communes += 1;
    if (c.partial) partial += 1;
    const row = rows.get(c.category) ?? { category: c.category, all: 0, some: 0, ...(c.category.startsWith('agency:') ? { label: c.agencies[0] } : {}) };
    if (c.share === 'all') row.all += 1;
    else row.some += 1;
    rows.set(c.category, row);
  }
  const rank = (r: NewCommuneLegendRow): number => {
    if (r.category === 'no-data') return 1000;
    if (r.category === SEVERAL_AGENCIES) return 900;
    const i = LEGEND_LEVELS.indexOf(r.category as LevelState);
    return i >= 0 ? -i : 0;
  };
  const sorted = [...rows.values()].sort((a, b) => rank(a) - rank(b) || compareVi(a.label ?? '', b.label ?? ''));
  return { rows: sorted, partial, communes };
}

// ---------------------------------------------------------------------------------------------
// A whole 2025 province: what the map paints and the legend lists, every commune included.

/** A commune's paint: its category, and whether it has planned predecessors at all (false: the plans are silent). */
export interface CommunePaint2025 {
  category: Category;
  share: Share;
  partial: boolean;
  planned: boolean;
}

/**
 * The paint of every commune of a 2025 province for a view and year (feature-state by code): communes formed
 * from planned communes by newCommuneCategory, all others "no-data" (never "not achieved").
 */
export function province2025Paint(model: Pick<Province2025Model, 'communes' | 'summaries'>, view: NewCommuneView, year: number): Map<string, CommunePaint2025> {
  const out = new Map<string, CommunePaint2025>();
  for (const c of model.communes) {
    const s = model.summaries.get(c.code);
    if (!s) {
      out.set(c.code, { category: 'no-data', share: 'none', partial: false, planned: false });
      continue;
    }
    const k = newCommuneCategory(s, view, year);
    out.set(c.code, { category: k.category, share: k.share, partial: k.partial, planned: true });
  }
  return out;
}

/** The legend of a 2025 province: rows with counts from the same categories, partial count, communes without planned predecessors. */
export function province2025Legend(
  model: Pick<Province2025Model, 'communes' | 'summaries'>,
  view: NewCommuneView,
  year: number,
): ReturnType<typeof newCommuneLegend> & { unplanned: number } {
  const legend = newCommuneLegend(newCommuneCategories(model.summaries.values(), view, year).values());
  return { ...legend, unplanned: model.communes.filter((c) => !model.summaries.has(c.code)).length };
}
