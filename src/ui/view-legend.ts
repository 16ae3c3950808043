/**
 * Legend rows for the views of issue 15 (view-facts.ts): the question in words, then one row per category
 * with its colour and how many areas the filters keep of how many ("shown"/"total", legend-counts.ts).
 * Colours: levels from level-colours.ts (the single source), progress and agency counts from a sequential
 * ColorBrewer scheme, coverage from its own diverging pair, the picked agency one strong colour.
 */
import { legendCounts } from '../domain/legend-counts';
import { LEGEND_LEVELS, type LevelState } from '../domain/levels';
import type { ProvinceModel } from '../domain/model';
import { COVERAGE_STATES } from '../domain/coverage';
import { viewCategories, viewQuestion, type ViewId, type ViewOptions } from '../domain/view-facts';
import { provinceAgencies } from '../domain/views';
import type { MessageKey, Translate } from '../i18n/i18n';
import { AGENCY_PICK_COLOURS } from './categorical';
import { LEVEL_COLOURS, NO_DATA_FILL } from './level-colours';
import { sequentialColours } from './sequential-scale';

/** A legend row (also the map legend's, ui/map-legend.ts). */
export interface LegendRow {
  key: string;
  colour: string;
  label: string;
  shown: number;
  total: number;
  hatched: boolean;
}

export interface ViewLegend {
  question: string;
  rows: LegendRow[];
  /** Category → colour for the map (the same colours as the rows). */
  colours: Map<string, string>;
}

/** Targets of another kind than a recognition level (OCOP, villages...): a light purple kept ≥ 15 ΔE2000 from every level colour and from "no data" under simulated CVD. */
export const TARGETS_OTHER_COLOUR = '#c2a5cf';

export const COVERAGE_COLOURS: Record<string, string> = {
  'coverage:short': '#b2182b',
  'coverage:covered': '#2166ac',
  'coverage:unnamed': '#f4a582',
  'coverage:no-target': '#92c5de',
};

/**
 * The legend of a view: of the districts' categories (view-facts.ts), or of given categories (district or commune
 * codes → category, `options.categories`: the map's commune tier).
 */
export function viewLegend(
  model: ProvinceModel,
  view: ViewId,
  year: number,
  t: Translate,
  options: ViewOptions & { matching?: ReadonlySet<string> | null; categories?: ReadonlyMap<string, string> } = {},
): ViewLegend {
  const categories = options.categories ?? viewCategories(model, view, year, options);
  const counts = legendCounts(categories, options.matching ?? null);
  const agencyName = options.agency ? (provinceAgencies(model).find((a) => a.key === options.agency)?.name ?? options.agency) : undefined;
  const q = viewQuestion(view, year, { ...options, agencyName });
  const rows: { key: string; colour: string; label: string }[] = [];
  if (view === 'level' || view === 'registration' || view === 'targets') {
    for (const l of LEGEND_LEVELS)
      if (l !== 'no-data' && counts.has(l)) rows.push({ key: l, colour: LEVEL_COLOURS[l as LevelState], label: t(`level.${l}` as MessageKey) });
    if (counts.has('targets-other')) rows.push({ key: 'targets-other', colour: TARGETS_OTHER_COLOUR, label: t('targets.other') });
  } else if (view === 'coverage') {
    for (const s of COVERAGE_STATES)
      if (s !== 'no-data' && counts.has(`coverage:${s}`))
        rows.push({ key: `coverage:${s}`, colour: COVERAGE_COLOURS[`coverage:${s}`], label: t(`coverage.${s}` as MessageKey) });
  } else if (view === 'progress') {
    const colours = sequentialColours(5);
    for (let i = 0; i < 5; i++)
      if (counts.has(`progress:${i}`)) rows.push({ key: `progress:${i}`, colour: colours[i], label: t(`progress.class.${i}` as MessageKey) });
  } else if (options.agency) {
    for (const key of ['agency:picked', 'agency:other'])
      if (counts.has(key))
        rows.push({
          key,
          colour: key === 'agency:picked' ? AGENCY_PICK_COLOURS.picked : AGENCY_PICK_COLOURS.other,
          label: t(key === 'agency:picked' ? 'agency.picked' : 'agency.other', { agency: agencyName ?? '' }),
        });
  } else {
    const ns = [...counts.keys()]
      .filter((k) => k.startsWith('agencies:'))
      .map((k) => Number(k.slice('agencies:'.length)))
      .sort((a, b) => a - b);
    const colours = sequentialColours(ns.length, 'purples');
    ns.forEach((n, i) => rows.push({ key: `agencies:${n}`, colour: colours[i], label: t('agency.count', { count: n }) }));
  }
  const noDataLabel =
    view === 'registration'
      ? t('registration.no-data')
      : view === 'agency'
        ? t('agency.no-data')
        : view === 'progress'
          ? t('progress.no-data')
          : t('level.no-data');
  if (counts.has('no-data')) rows.push({ key: 'no-data', colour: NO_DATA_FILL, label: noDataLabel });
  const full = rows.map((r) => ({ ...r, shown: counts.get(r.key)?.shown ?? 0, total: counts.get(r.key)?.total ?? 0, hatched: r.key === 'no-data' }));
  return { question: t(q.key as MessageKey, q.params), rows: full, colours: new Map(rows.map((r) => [r.key, r.colour])) };
}
