/**
 * "On the map": the facts of the selected district under the current view, in the panel's words (view-facts.ts
 * panelLines). The map colours the district from exactly these facts, so the colour and this list agree.
 */
import { panelFacts, panelLines, type ViewId } from '../domain/view-facts';
import type { ProvinceModel } from '../domain/model';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectMapLegend, selectT } from '../state/selectors';
import { categoryText } from '../ui/map-legend';
import { valueLabel } from '../domain/indicators';

export function ViewFacts({ model, code }: { model: ProvinceModel; code: string }) {
  const t = useAppStore(selectT);
  const view = useSettled((s) => s.view);
  const year = useSettled((s) => s.year);
  const language = useAppStore((s) => s.language);
  const agencyPick = useSettled((s) => s.agencyPick);
  const legend = useSettled(selectMapLegend);
  if (!legend) return null;
  const colour = legend.colourOf(legend.categories.get(code) ?? 'no-data');
  const lines =
    view === 'indicator'
      ? [{ text: valueLabel(legend.choropleth?.values.get(code) ?? null) || t('level.no-data') }]
      : panelLines(panelFacts(model, code, view as ViewId, year, { agency: view === 'agency' ? agencyPick : null }), t, (iso) => formatDate(iso, language));
  return (
    <section className="view-facts" data-view={view} data-category={legend.categories.get(code) ?? 'no-data'}>
      <h3>
        <span className={`swatch${legend.categories.get(code) === 'no-data' ? ' hatched' : ''}`} style={{ background: colour }} aria-hidden="true" />{' '}
        {legend.question}
      </h3>
      <p className="view-facts-category">{categoryText(legend, code)}</p>
      <ul className="plain">
        {lines.map((l) => (
          <li key={l.text}>{l.text}</li>
        ))}
      </ul>
    </section>
  );
}
