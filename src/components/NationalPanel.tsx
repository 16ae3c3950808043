/** Side panel of the national overview: the provinces with plans first, then every other province. */
import { PLAN_SLUGS } from '../data/load';
import { useAppStore } from '../state/store';

export function NationalPanel() {
  const t = useAppStore((s) => s.t);
  const provinces = useAppStore((s) => s.provinces);
  const open = (slug: string) => void useAppStore.getState().selectProvince(slug);
  const seeds = provinces.filter((p) => PLAN_SLUGS.includes(p.slug));
  const others = provinces.filter((p) => !PLAN_SLUGS.includes(p.slug)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <aside className="side" aria-labelledby="panel-title">
      <div className="area-panel national-panel">
        <h2 id="panel-title">{t('national.title')}</h2>
        <p className="small">{t('national.intro', { count: provinces.length })}</p>
        <p className="small muted">{t('national.missing')}</p>
        <h3>{t('national.seed')}</h3>
        <ul className="plain seed-provinces">
          {seeds.map((p) => (
            <li key={p.code}>
              <button type="button" className="link big-link" data-province={p.slug} onClick={() => open(p.slug)}>
                {p.name}
              </button>{' '}
              <span className="small muted">{t('legend.count', { count: p.districtCount })}</span>
            </li>
          ))}
        </ul>
        <h3>{t('national.other')}</h3>
        <ul className="plain other-provinces">
          {others.map((p) => (
            <li key={p.code}>
              <button type="button" className="link" onClick={() => open(p.slug)}>
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}

export function NationalLegend() {
  const t = useAppStore((s) => s.t);
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{t('national.legend')}</h2>
      <ul>
        <li data-category="seed">
          <span className="swatch" style={{ background: '#2c7fb8' }} aria-hidden="true" />
          <span className="legend-label">{t('national.seed')}</span>
        </li>
        <li data-category="other">
          <span className="swatch" style={{ background: '#e4e7ea' }} aria-hidden="true" />
          <span className="legend-label">{t('national.other')}</span>
        </li>
      </ul>
    </section>
  );
}

export function NationalTooltip() {
  const t = useAppStore((s) => s.t);
  const hover = useAppStore((s) => s.hover);
  const provinces = useAppStore((s) => s.provinces);
  if (!hover?.province) return null;
  const p = provinces.find((x) => x.code === hover.code);
  if (!p) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{p.name}</strong>
      <div>{PLAN_SLUGS.includes(p.slug) ? t('national.seed') : t('national.other')}</div>
      <div className="hint">{t('tooltip.clickHint')}</div>
    </div>
  );
}
