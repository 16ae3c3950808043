/**
 * Today's communes in the store: the province picker's choices from 1 July 2025 (../domain/province-choices-2025),
 * the open 2025 province, and the view its communes are coloured in by the plans; memoised on their inputs.
 */
import { PLAN_SLUGS } from '../data/load';
import { isReformDate } from '../domain/history';
import { provinceChoices2025, type ProvinceChoice2025 } from '../domain/province-choices-2025';
import type { AppState } from './types';
import type { Province2025Model } from '../domain/communes-2025';
import { province2025Paint, type NewCommuneView } from '../domain/new-commune-plan';
import { officeModel2025 } from '../domain/communes-2025';
import type { ProvinceModel } from '../domain/model';
import type { Overlay } from '../domain/overlay';
import { applyOverlay2025 } from '../domain/overlay-2025';
import type { MapView } from '../domain/views';
import { mapLegend, type MapLegend } from '../ui/map-legend';
import { selectT } from './selectors';

let last: { inputs: unknown[]; result: ProvinceChoice2025[] } | null = null;

/** The 34 provinces of 1 July 2025 when units from that date are shown (null before, or while not loaded). */
export function selectProvinceChoices2025(
  s: Pick<AppState, 'unitsAsOf' | 'newProvinces' | 'provinces2025' | 'provinces' | 'provinceSlug' | 'standalone2025'>,
): ProvinceChoice2025[] | null {
  if ((!isReformDate(s.unitsAsOf) && !s.standalone2025) || !s.newProvinces || !s.provinces2025) return null;
  const inputs = [s.provinces2025, s.newProvinces, s.provinces, s.provinceSlug];
  if (!last || last.inputs.some((x, i) => x !== inputs[i]))
    last = { inputs, result: provinceChoices2025(s.provinces2025, s.newProvinces, s.provinces, PLAN_SLUGS, s.provinceSlug) };
  return last.result;
}

/**
 * The code of the open 2025 province: the one opened by itself (standalone2025), else the one containing the open
 * old province (its history); null before the history is in.
 */
export const selectCode2025 = (s: Pick<AppState, 'standalone2025' | 'history'>): string | null => s.standalone2025 ?? s.history?.newProvince.code ?? null;

/** The loaded 2025 province when it is the open province's (the previous one stays in the state while the next loads). */
export const selectProvince2025 = (s: Pick<AppState, 'province2025' | 'history' | 'standalone2025'>): AppState['province2025'] =>
  s.province2025 && s.province2025.code === selectCode2025(s) ? s.province2025 : null;

/** The view of the plans that colours the most of today's communes in `year` (the rest "no data"); levels on a tie. */
function firstSightView(model: Province2025Model, year: number): NewCommuneView {
  const known = (view: NewCommuneView) => [...province2025Paint(model, view, year).values()].filter((p) => p.category !== 'no-data').length;
  let best: { view: NewCommuneView; n: number } = { view: 'level', n: known('level') };
  for (const view of ['registration', 'agency'] as const) {
    const n = known(view);
    if (n > best.n) best = { view, n };
  }
  return best.view;
}
let lastAuto: { model: Province2025Model; year: number; view: NewCommuneView } | null = null;

/**
 * The view today's communes are coloured in by the plans: the one chosen in their legend, else at first sight the
 * view (levels, registrations of the year, agencies) that says something of the most communes (levels on a tie).
 * Kept apart from the district maps' view, which it does not change.
 */
export function selectView2025(s: Pick<AppState, 'province2025' | 'history' | 'standalone2025' | 'view2025' | 'year'>): NewCommuneView {
  if (s.view2025) return s.view2025;
  const p = selectProvince2025(s);
  if (!p) return 'level';
  if (lastAuto?.model !== p.model || lastAuto.year !== s.year)
    lastAuto = { model: p.model, year: s.year, view: p.model.plans.length ? firstSightView(p.model, s.year) : 'level' };
  return lastAuto.view;
}

/** The views the office's 2025 status table can be seen in (per commune; the district views need districts). */
export const OFFICE_VIEWS_2025 = ['level', 'registration', 'agency'] as const satisfies readonly MapView[];
export type OfficeView2025 = (typeof OFFICE_VIEWS_2025)[number];

let lastOffice: {
  model: Province2025Model;
  overlay: Overlay;
  office: ProvinceModel;
  byView: Map<OfficeView2025, { office: ProvinceModel; view: OfficeView2025 }>;
} | null = null;

/**
 * Today's communes coloured by the office's 2025 status table (the 5-digit import): the office model (views,
 * filters, lagging list and tables work on it) and the view it is shown in; null when coloured by the plans.
 */
export function selectOffice2025(
  s: Pick<AppState, 'province2025' | 'history' | 'standalone2025' | 'colours2025' | 'view' | 'newCommuneBoundaries'>,
): { office: ProvinceModel; view: OfficeView2025 } | null {
  const p = selectProvince2025(s);
  if (!p || s.newCommuneBoundaries || s.colours2025 !== 'office' || Object.keys(p.overlay.units).length === 0) return null;
  if (lastOffice?.model !== p.model || lastOffice.overlay !== p.overlay)
    lastOffice = { model: p.model, overlay: p.overlay, office: applyOverlay2025(officeModel2025(p.model), p.overlay), byView: new Map() };
  const view = (OFFICE_VIEWS_2025 as readonly string[]).includes(s.view) ? (s.view as OfficeView2025) : 'level';
  // The same object for the same inputs (components select it).
  let result = lastOffice.byView.get(view);
  if (!result) lastOffice.byView.set(view, (result = { office: lastOffice.office, view }));
  return result;
}

/** The office's commune legend (categories, colours, "shown of total" counts following the filters), memoised by mapLegend. */
export function selectOfficeLegend2025(s: AppState): MapLegend | null {
  const o = selectOffice2025(s);
  if (!o) return null;
  return mapLegend(o.office, { view: o.view, year: s.year, filter: s.filter, agencyPick: null, indicator: null, classMethod: null }, selectT(s), 'commune');
}
