/**
 * Empty states and the map title (issue 15 §6, §7). When a view has nothing to show for the province on screen,
 * the map says so in one sentence (`empty.<view>`) and offers the fix: import a status table, starting from the
 * template (status-template.ts) pre-filled with the province's units and GSO codes. The title on the map names
 * province, view, year and the date the units are as of, and goes into PNG and print exports.
 */
import type { ProvinceModel } from './model';
import { viewCategories, type ViewId, type ViewOptions } from './view-facts';

export interface EmptyState {
  /** i18n key of the one sentence, and its parameters. */
  key: `empty.${ViewId}`;
  params: Record<string, string>;
  /** What fills the view: every view here is filled by importing a status table (levels, registrations, agencies). */
  fix: 'import-status-table';
}

/** The empty state of a view, or null when at least one district has something to show. */
export function emptyState(model: ProvinceModel, view: ViewId, year: number, options: ViewOptions = {}): EmptyState | null {
  const anything = [...viewCategories(model, view, year, options).values()].some((c) => c !== 'no-data' && c !== 'agency:other');
  if (anything) return null;
  return { key: `empty.${view}`, params: { province: model.province.name, year: String(year) }, fix: 'import-status-table' };
}

/** Parameters of the map title (`map.title`): province, the view's name, year, units-as-of date (dd/mm/yyyy by the caller). */
export function mapTitleParams(model: ProvinceModel, viewName: string, year: number, unitsAsOf: string): Record<string, string> {
  return { province: model.province.name, view: viewName, year: String(year), unitsAsOf };
}
