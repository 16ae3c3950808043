/** Side panel of the national overview: the provinces with plans first, then every other province. */
import { PLAN_SLUGS, type NewProvinceEntry } from '../data/load';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectNewProvincesShown, selectScene, selectT } from '../state/selectors';
import { Swatch } from './parts';
import { NATIONAL_COLORS } from '../ui/scale';
import { compareVi } from '../domain/names';
import { NationalCommunesLegend, NationalCommuneTooltip } from './NationalCommunes2025';

/** Today's communes (issue 14's source: 3,321, checked on build). */
const COMMUNES_2025 = 3321;

/** From 1 July 2025: the 34 provinces, those holding a province with a plan first, each with its old provinces. */
function NewProvincesPanel({ list }: { list: NewProvinceEntry[] }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const provinces = useAppStore((s) => s.provinces);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  // The 34 real outlines are drawn (issue 14), not the old provinces merged.
  const communes = useAppStore((s) => {
    const scene = selectScene(s);
    return scene.kind === 'national' && scene.communes;
  });
  // The communes tier draws the real outlines too (from the communes file).
  const real2025 = useAppStore((s) => s.provinces2025Topology !== null) || communes;
  const open = (slug: string) => void useAppStore.getState().selectProvince(slug);
  const old = (code: string) => provinces.find((p) => p.code === code);
  const hasPlan = (np: NewProvinceEntry) => np.members.some((c) => PLAN_SLUGS.includes(old(c)?.slug ?? ''));
  const sorted = [...list].sort((a, b) => Number(hasPlan(b)) - Number(hasPlan(a)) || compareVi(a.name, b.name));
  return (
    <aside className="side" aria-labelledby="panel-title">
      <div className="area-panel national-panel">
        <h2 id="panel-title">{t('national.title')}</h2>
        <p className="small">
          {t(real2025 ? 'national.reformIntro2025' : 'national.reformIntro', { count: list.length, date: formatDate(unitsAsOf ?? '', language) })}
        </p>
        {communes && <p className="small">{t('national.communes.intro', { count: COMMUNES_2025, date: formatDate(unitsAsOf ?? '', language) })}</p>}
        <ul className="plain new-provinces">
          {sorted.map((np) => (
            <li key={np.code} data-new-province={np.code} className={hasPlan(np) ? 'has-plan' : undefined}>
              <strong>{np.name}</strong>
              {': '}
              {np.members.map((c, i) => {
                const entry = old(c);
                return (
                  <span key={c}>
                    {i > 0 && ', '}
                    {entry ? (
                      <button
                        type="button"
                        className={`link${PLAN_SLUGS.includes(entry.slug) ? ' big-link' : ''}`}
                        data-province={entry.slug}
                        onClick={() => open(entry.slug)}
                      >
                        {entry.name}
                      </button>
                    ) : (
                      <span className="muted">{t(real2025 ? 'national.noOldData' : 'national.noBoundary', { code: c })}</span>
                    )}
                  </span>
                );
              })}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}

export function NationalPanel() {
  const t = useAppStore(selectT);
  const provinces = useAppStore((s) => s.provinces);
  const reform = useAppStore(selectNewProvincesShown);
  const newProvinces = useAppStore((s) => s.newProvinces);
  const open = (slug: string) => void useAppStore.getState().selectProvince(slug);
  if (reform && newProvinces) return <NewProvincesPanel list={newProvinces} />;
  const seeds = provinces.filter((p) => PLAN_SLUGS.includes(p.slug));
  const others = provinces.filter((p) => !PLAN_SLUGS.includes(p.slug)).sort((a, b) => compareVi(a.name, b.name));
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
  const t = useAppStore(selectT);
  const reform = useAppStore(selectNewProvincesShown);
  const communes = useAppStore((s) => {
    const scene = selectScene(s);
    return scene.kind === 'national' && scene.communes;
  });
  if (communes) return <NationalCommunesLegend />;
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{reform ? t('national.legend2025') : t('national.legend')}</h2>
      <ul>
        <li data-category="seed">
          <Swatch color={NATIONAL_COLORS.seed} />
          <span className="legend-label">{reform ? t('national.seed2025') : t('national.seed')}</span>
        </li>
        <li data-category="other">
          <Swatch color={NATIONAL_COLORS.other} />
          <span className="legend-label">{t('national.other')}</span>
        </li>
      </ul>
    </section>
  );
}

export function NationalTooltip() {
  const t = useAppStore(selectT);
  const hover = useAppStore((s) => s.hover);
  const provinces = useAppStore((s) => s.provinces);
  const reform = useAppStore(selectNewProvincesShown);
  const newProvinces = useAppStore((s) => s.newProvinces);
  if (hover?.nationalCommune) return <NationalCommuneTooltip />;
  if (!hover?.province) return null;
  if (reform) {
    const np = newProvinces?.find((x) => x.code === hover.code);
    if (!np) return null;
    return (
      <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
        <strong>{np.name}</strong>
        <div>{np.members.map((c) => provinces.find((p) => p.code === c)?.name ?? c).join(', ')}</div>
        <div className="hint">{t('tooltip.clickHint')}</div>
      </div>
    );
  }
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
