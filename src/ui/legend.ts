/**
 * Legend rows for the current view, shared by the on-screen legend, presentation mode, the tooltip and the PNG
 * export: the rows of ui/map-legend.ts (the map's own categories and colours) in the older LegendEntry shape.
 */
import type { Tier } from '../domain/units';
import type { ProvinceModel } from '../domain/model';
import type { MapView } from '../domain/views';
import type { MessageKey, Translate } from '../i18n/i18n';
import { mapLegend, type MapViewOptions } from './map-legend';

export interface LegendEntry {
  key: string;
  color: string;
  label: string;
  count: number;
}

/** The view's short name (headings, the map title): "Đăng ký / chỉ tiêu năm 2025", "Chỉ tiêu năm 2025"... */
export function viewTitle(t: Translate, view: MapView, year: number): string {
  if (view === 'registration') return t('view.registration', { year: String(year) });
  if (view === 'progress') return t('view.progress.title', { year: String(year) });
  if (view === 'targets' || view === 'coverage') return t(`view.${view}`, { year: String(year) });
  if (view === 'indicator') return t('view.indicator.short');
  return t(`view.${view}` as MessageKey);
}

/** The view's name on its radio button. */
export function viewShortName(t: Translate, view: MapView): string {
  if (view === 'registration' || view === 'targets' || view === 'coverage' || view === 'indicator') return t(`view.${view}.short`);
  return t(`view.${view}`);
}

export { viewHasYear } from '../domain/view-years';

export function legendEntries(
  model: ProvinceModel,
  view: MapView,
  year: number,
  t: Translate,
  tier: Tier = 'district',
  options: Partial<Omit<MapViewOptions, 'view' | 'year'>> = {},
): LegendEntry[] {
  const legend = mapLegend(
    model,
    {
      view,
      year,
      filter: options.filter ?? {},
      agencyPick: options.agencyPick ?? null,
      indicator: options.indicator ?? null,
      classMethod: options.classMethod ?? null,
    },
    t,
    tier === 'commune' ? 'commune' : 'district',
  );
  return legend.rows.map((r) => ({ key: r.key, color: r.colour, label: r.label, count: r.total }));
}

/** Label for a district's category (screen-reader summary, presentation). */
export function categoryLabel(category: string, entries: readonly LegendEntry[]): string {
  return entries.find((e) => e.key === category)?.label ?? entries.find((e) => e.key === 'no-data')?.label ?? '';
}
