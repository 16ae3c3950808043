/** Legend of an issue-15 view (ui/view-legend.ts): the question in words, then colour, label, "shown of total". Props only. */
import type { Translate } from '../i18n/i18n';
import type { ViewLegend as ViewLegendData } from '../ui/view-legend';

function Swatch({ colour, hatched }: { colour: string; hatched: boolean }) {
  return <span className={`swatch${hatched ? ' hatched' : ''}`} style={{ background: colour }} aria-hidden="true" />;
}

export function ViewLegend({
  legend,
  t,
  tier = 'district',
  filtered = false,
}: {
  legend: ViewLegendData;
  t: Translate;
  tier?: 'district' | 'commune';
  filtered?: boolean;
}) {
  const unit = tier === 'commune' ? 'legend.countCommunes' : 'legend.count';
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2 className="legend-question">{legend.question}</h2>
      <ul>
        {legend.rows.map((r) => (
          <li key={r.key} data-category={r.key}>
            <Swatch colour={r.colour} hatched={r.hatched} />
            <span className="legend-label">{r.label}</span>
            <span className="legend-count">{filtered ? `${r.shown}/${t(unit, { count: r.total })}` : t(unit, { count: r.total })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
