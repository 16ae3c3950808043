/** Legend rows for the current view: shared by the on-screen legend, presentation mode and the PNG export. */
import type { Tier } from '../domain/units';
import { LEGEND_LEVELS } from '../domain/levels';
import type { ProvinceModel } from '../domain/model';
import { nameKey } from '../domain/names';
import { communeCategories, districtCategories, provinceAgencies, SEVERAL_AGENCIES, type MapView } from '../domain/views';
import type { MessageKey, Translate } from '../i18n/i18n';
import { PROGRESS_COLORS, scaleFor } from './scale';

export interface LegendEntry {
  key: string;
  color: string;
  label: string;
  count: number;
}

export function viewTitle(t: Translate, view: MapView, year: number): string {
  if (view === 'registration') return t('view.registration', { year: String(year) });
  if (view === 'progress') return t('view.progress.title', { year: String(year) });
  return t(`view.${view}` as MessageKey);
}

export function legendEntries(model: ProvinceModel, view: MapView, year: number, t: Translate, tier: Tier = 'district'): LegendEntry[] {
  const categories = [...(tier === 'commune' ? communeCategories(model, view, year) : districtCategories(model, view, year)).values()];
  const count = (key: string) => categories.filter((c) => c === key).length;
  let entries: LegendEntry[];
  const colorOf = scaleFor(model);
  let noDataLabel = t('level.no-data');
  if (view === 'agency') {
    noDataLabel = t('agency.no-data');
    entries = provinceAgencies(model)
      .map((a) => ({ key: `agency:${a.key}`, color: colorOf(`agency:${nameKey(a.name)}`), label: a.name, count: count(`agency:${nameKey(a.name)}`) }))
      .filter((e) => e.count > 0);
    if (count(SEVERAL_AGENCIES)) entries.push({ key: SEVERAL_AGENCIES, color: colorOf(SEVERAL_AGENCIES), label: t('agency.several'), count: count(SEVERAL_AGENCIES) });
  } else if (view === 'progress') {
    noDataLabel = t('progress.no-data');
    entries = PROGRESS_COLORS.map((_, i) => ({ key: `progress:${i}`, color: colorOf(`progress:${i}`), label: t(`progress.class.${i}` as MessageKey), count: count(`progress:${i}`) }));
  } else {
    if (view === 'registration') noDataLabel = t('registration.no-data');
    entries = LEGEND_LEVELS.filter(
      (l) => l !== 'no-data' && (count(l) > 0 || (l !== 'task-completed' && !(view === 'registration' && l === 'none'))),
    ).map((l) => ({ key: l, color: colorOf(l), label: t(`level.${l}` as MessageKey), count: count(l) }));
  }
  entries.push({ key: 'no-data', color: colorOf('no-data'), label: noDataLabel, count: count('no-data') });
  return entries;
}

/** Label for a district's category (screen-reader summary, presentation). */
export function categoryLabel(category: string, entries: readonly LegendEntry[]): string {
  return entries.find((e) => e.key === category)?.label ?? entries.find((e) => e.key === 'no-data')!.label;
}
