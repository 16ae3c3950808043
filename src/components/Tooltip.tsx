/**
 * The hover tooltip: the area's category in the view (the legend's words for its colour) and the panel's lines for
 * the same facts (view-facts.ts panelLines), so the tooltip, the map colour and the panel say the same thing.
 */
import { communeRegistrationFacts, levelFacts, panelFacts, panelLines, agencyFacts, type ViewId } from '../domain/view-facts';
import { valueLabel } from '../domain/indicators';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectCommuneLegend, selectMapLegend, selectModel, selectT } from '../state/selectors';
import { categoryText } from '../ui/map-legend';

export function Tooltip() {
  const t = useAppStore(selectT);
  const hover = useAppStore((s) => s.hover);
  const model = useAppStore(selectModel);
  const view = useSettled((s) => s.view);
  const year = useSettled((s) => s.year);
  const language = useAppStore((s) => s.language);
  const agencyPick = useSettled((s) => s.agencyPick);
  const legend = useSettled(selectMapLegend);
  // The communes' legend only while a commune is hovered (not recomputed on every view switch).
  const communeLegend = useSettled((s) => (s.hover?.commune ? selectCommuneLegend(s) : null));
  if (!hover || !model || !legend) return null;
  const district = model.districts.find((d) => d.code === hover.code);
  if (!district) return null;
  const date = (iso: string) => formatDate(iso, language);
  const options = { agency: view === 'agency' ? agencyPick : null };

  const commune = hover.commune ? model.communes.find((c) => c.code === hover.commune) : undefined;
  if (commune) {
    const criteria = model.criteria.find((c) => c.code === commune.code);
    const facts =
      view === 'level'
        ? levelFacts(model, commune.code)
        : view === 'registration'
          ? communeRegistrationFacts(model, commune.code, year)
          : view === 'agency'
            ? agencyFacts(model, commune.code, options.agency, 'commune')
            : null;
    return (
      <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
        <strong>{commune.name}</strong>
        <div className="small muted">{district.name}</div>
        {communeLegend && <div>{categoryText(communeLegend, commune.code)}</div>}
        {facts && panelLines(facts, t, date).map((l) => <div key={l.text}>{l.text}</div>)}
        {criteria && (
          <div>
            {t('col.criteria')}: {criteria.met}/{criteria.total}
          </div>
        )}
        <div className="hint">{t('tooltip.clickHint')}</div>
      </div>
    );
  }
  const lines =
    view === 'indicator'
      ? [`${legend.question.replace(/:.*$/, '')}: ${valueLabel(legend.choropleth?.values.get(district.code) ?? null) || t('level.no-data')}`]
      : panelLines(panelFacts(model, district.code, view as ViewId, year, options), t, date).map((l) => l.text);
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{district.name}</strong>
      <div className="tooltip-category">{categoryText(legend, district.code)}</div>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <div className="hint">{t('tooltip.clickHint')}</div>
    </div>
  );
}
