/**
 * The hover tooltip: the area's category in the view (the legend's words for its colour) and the panel's lines for
 * the same facts (view-facts.ts panelLines), so the tooltip, the map colour and the panel say the same thing.
 */
import { communeRegistrationFacts, levelFacts, panelFacts, panelLines, agencyFacts, type ViewId } from '../domain/view-facts';
import { valueLabel } from '../domain/indicators';
import { formatDate, type Translate } from '../i18n/i18n';
import type { HoverInfo } from '../state/types';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectCommuneLegend, selectMapLegend, selectModel, selectT } from '../state/selectors';
import { categoryText } from '../ui/map-legend';

/** The card's end: the click hint, or on a tapped card (touch screens) "open" and "close" buttons. */
function CardEnd({ hover, t }: { hover: HoverInfo; t: Translate }) {
  if (!hover.touch) return <div className="hint">{t('tooltip.clickHint')}</div>;
  const { selectDistrict, setHover } = useAppStore.getState();
  return (
    <div className="card-actions">
      <button
        type="button"
        className="card-open"
        onClick={() => {
          selectDistrict(hover.code, { commune: hover.commune ?? null });
          setHover(null);
        }}
      >
        {t('tooltip.open')}
      </button>
      <button type="button" className="card-close" aria-label={t('tooltip.close')} onClick={() => setHover(null)}>
        ×
      </button>
    </div>
  );
}

/** A hover card follows the pointer; a tapped card (touch) is a small dialog that stays until closed. */
const cardProps = (hover: HoverInfo, name: string) =>
  hover.touch
    ? { className: 'tooltip touch-card', role: 'dialog', 'aria-label': name, style: { left: hover.x + 14, top: hover.y + 14 } }
    : { className: 'tooltip', role: 'tooltip', style: { left: hover.x + 14, top: hover.y + 14 } };

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
      <div {...cardProps(hover, commune.name)}>
        <strong>{commune.name}</strong>
        <div className="small muted">{district.name}</div>
        {communeLegend && <div>{categoryText(communeLegend, commune.code)}</div>}
        {facts && panelLines(facts, t, date).map((l) => <div key={l.text}>{l.text}</div>)}
        {criteria && (
          <div>
            {t('col.criteria')}: {criteria.met}/{criteria.total}
          </div>
        )}
        <CardEnd hover={hover} t={t} />
      </div>
    );
  }
  const lines =
    view === 'indicator'
      ? [`${legend.question.replace(/:.*$/, '')}: ${valueLabel(legend.choropleth?.values.get(district.code) ?? null) || t('level.no-data')}`]
      : panelLines(panelFacts(model, district.code, view as ViewId, year, options), t, date).map((l) => l.text);
  return (
    <div {...cardProps(hover, district.name)}>
      <strong>{district.name}</strong>
      <div className="tooltip-category">{categoryText(legend, district.code)}</div>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <CardEnd hover={hover} t={t} />
    </div>
  );
}
