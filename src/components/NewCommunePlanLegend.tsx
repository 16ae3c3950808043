/**
 * Legend of today's communes coloured by the plans seen through their predecessors: the rule, one row per
 * category with its counts (all / some predecessors), the partial count, the communes with no planned
 * predecessor. Props only (no store): pass province2025Legend(model, view, year) and the agency keys the map colours
 * with. Part of the first load (./Communes2025Legend); the plan-era communes whose new commune is not known are
 * listed in the side panel (./UnfollowedCommunes).
 */
import type { Translate } from '../i18n/i18n';
import type { NewCommuneLegendRow, NewCommuneView } from '../domain/new-commune-plan';
import { legendRowText, legendRuleText } from '../domain/new-commune-texts';
import { categoryColor } from '../ui/scale';
import { SPLIT_OUTLINE } from '../map/style';

function Sample({ color, hatched = false }: { color: string; hatched?: boolean }) {
  return <span className={`swatch${hatched ? ' hatched' : ''}`} style={{ background: color }} aria-hidden="true" />;
}

export interface NewCommunePlanLegendProps {
  legend: { rows: NewCommuneLegendRow[]; partial: number; communes: number; unplanned: number };
  view: NewCommuneView;
  year: number;
  /** Agency keys in the order the map gives them colours (provinceAgencies of the plan model). */
  agencyKeys: readonly string[];
  t: Translate;
}

export function NewCommunePlanLegend({ legend, view, year, agencyKeys, t }: NewCommunePlanLegendProps) {
  return (
    <section className="legend new-commune-plan-legend" aria-label={t('legend.title')} data-view={view}>
      <p className="rule small" data-rule={`new-communes-${view}`}>
        {legendRuleText(view, year, t)}
      </p>
      <ul>
        {legend.rows.map((row) => (
          <li key={row.category} data-category={row.category} data-all={row.all} data-some={row.some}>
            <Sample color={categoryColor(row.category, agencyKeys)} hatched={row.category === 'no-data'} />
            <span className="legend-label">{legendRowText(row, t)}</span>
          </li>
        ))}
        {legend.partial > 0 && (
          <li data-category="partial" data-count={legend.partial}>
            <span className="swatch" style={{ background: '#ffffff', border: `2px solid ${SPLIT_OUTLINE}` }} aria-hidden="true" />
            <span className="legend-label">{t('newCommunes.legend.partial', { count: legend.partial })}</span>
          </li>
        )}
        {legend.unplanned > 0 && (
          <li data-category="unplanned" data-count={legend.unplanned}>
            <Sample color={categoryColor('no-data', agencyKeys)} hatched />
            <span className="legend-label">{t('newCommunes.legend.unplanned', { count: legend.unplanned })}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
