/**
 * What the screen says about one district under the current view, once for the side panel ("On the map",
 * components/ViewFacts.tsx) and the presentation card (components/Presentation.tsx): the category the map colours
 * it by (from the map legend), that category's label and colour, the view's question, and the facts in words
 * (view-facts.ts panelLines; the numeric view: the district's value). Both screens read this, so the card can
 * never say "no data" where the panel lists facts.
 */
import { valueLabel } from '../domain/indicators';
import type { ProvinceModel } from '../domain/model';
import { panelFacts, panelLines, type PanelLine, type ViewId } from '../domain/view-facts';
import type { MapView } from '../domain/views';
import type { Translate } from '../i18n/i18n';
import { categoryText, type MapLegend } from './map-legend';

export interface AreaFacts {
  category: string;
  colour: string;
  /** The legend row's label of the category ("Đạt chuẩn NTM", "3 xã đăng ký"...). */
  label: string;
  /** The question the view answers, in words. */
  question: string;
  lines: PanelLine[];
}

export function areaFacts(
  model: ProvinceModel,
  legend: MapLegend,
  o: { view: MapView; year: number; agencyPick: string | null },
  code: string,
  t: Translate,
  date: (iso: string) => string,
): AreaFacts {
  const category = legend.categories.get(code) ?? 'no-data';
  const lines =
    o.view === 'indicator'
      ? [{ text: valueLabel(legend.choropleth?.values.get(code) ?? null) || t('level.no-data') }]
      : panelLines(panelFacts(model, code, o.view as ViewId, o.year, { agency: o.view === 'agency' ? o.agencyPick : null }), t, date);
  return { category, colour: legend.colourOf(category), label: categoryText(legend, code), question: legend.question, lines };
}
