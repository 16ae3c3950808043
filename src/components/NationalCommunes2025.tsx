/**
 * The national overview's "Xã" tier from 1 July 2025 (src/map/layers/national-communes-2025.ts): its legend — the
 * rule and counts as a 2025 province's legend, over the five provinces holding a plan, and why the other
 * provinces' communes are "no data" — and its tooltip.
 */
import { useEffect, useState } from 'react';
import { fetchPlanPaint2025 } from '../data/load';
import { displayName2025, shortProvinceName2025 } from '../domain/communes-2025';
import { nationalPlanLegend, nationalPlanViewOf, planViewsOf, type NationalPlanPaint2025 } from '../domain/national-plan-paint-2025';
import { categoryLabel } from '../domain/new-commune-texts';
import { formatDate } from '../i18n/i18n';
import { OTHER_PROVINCE_FILL } from '../map/layers/national-2025';
import { selectT } from '../state/selectors';
import { useAppStore } from '../state/store';
import { NewCommunePlanLegend } from './NewCommunePlanLegend';
import { Swatch } from './parts';

/** The build's plan paint (one small file, fetched once; the map layer asks for the same). */
function usePlanPaint2025(): NationalPlanPaint2025 | null {
  const [file, setFile] = useState<NationalPlanPaint2025 | null>(null);
  useEffect(() => {
    let live = true;
    fetchPlanPaint2025()
      .then((f) => live && setFile(f))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return file;
}

export function NationalCommunesLegend() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const view2025 = useAppStore((s) => s.view2025);
  const year = useAppStore((s) => s.year);
  const newProvinces = useAppStore((s) => s.newProvinces);
  const file = usePlanPaint2025();
  if (!file) return null;
  const view = nationalPlanViewOf(file, view2025, year);
  const legend = nationalPlanLegend(file, view);
  const views = planViewsOf(file);
  const key = (v: { view: string; year: number }) => (v.view === 'level' ? 'level' : `registration:${v.year}`);
  const pick = (value: string) => {
    const v = views.find((x) => key(x) === value);
    if (!v) return;
    const { setView2025, setYear } = useAppStore.getState();
    if (v.view === 'registration') setYear(v.year);
    setView2025(v.view);
  };
  const provinceNames = file.provinces.map((p) => shortProvinceName2025(newProvinces?.find((n) => n.code === p.code)?.name ?? p.code)).join(', ');
  const plans = file.provinces.flatMap((p) => p.plans.map((x) => shortProvinceName2025(x.oldName))).join(', ');
  return (
    <section className="legend national-communes-legend" aria-label={t('legend.title')} data-national-communes={file.total.communes}>
      <h2>{t('national.communes.legend', { count: file.total.communes, date: formatDate(unitsAsOf ?? '', language) })}</h2>
      <label className="small">
        <span>{t('national.communes.colourBy')} </span>
        <select id="national-communes-view" value={key(view)} onChange={(e) => pick(e.target.value)}>
          {views.map((v) => (
            <option key={key(v)} value={key(v)}>
              {v.view === 'level' ? t('national.communes.view.level') : t('national.communes.view.registration', { year: String(v.year) })}
            </option>
          ))}
        </select>
      </label>
      <p className="small plan-note">{t('national.communes.planProvinces', { count: legend.inPlanProvinces, provinces: provinceNames, plans })}</p>
      <NewCommunePlanLegend legend={{ ...legend, partial: 0 }} view={view.view} year={view.year} agencyKeys={[]} t={t} />
      <ul>
        <li data-category="other-provinces" data-count={legend.otherProvinces.communes}>
          <Swatch color={OTHER_PROVINCE_FILL} />
          <span className="legend-label">{t('national.communes.other', legend.otherProvinces)}</span>
        </li>
      </ul>
    </section>
  );
}

export function NationalCommuneTooltip() {
  const t = useAppStore(selectT);
  const hover = useAppStore((s) => s.hover);
  const newProvinces = useAppStore((s) => s.newProvinces);
  const c = hover?.nationalCommune;
  if (!hover || !c) return null;
  const province = newProvinces?.find((p) => p.code === c.province)?.name;
  const what = !c.planProvince
    ? t('national.communes.tooltip.noPlan')
    : !c.planned
      ? t('national.communes.tooltip.unplanned')
      : c.category === 'no-data'
        ? t('national.communes.tooltip.noData')
        : t(c.share === 'all' ? 'national.communes.tooltip.all' : 'national.communes.tooltip.some', { label: categoryLabel(c.category, t) });
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-commune={hover.code}>
      <strong>{displayName2025(c.name)}</strong>
      {province && <div>{province}</div>}
      <div>{what}</div>
      <div className="hint">{t('national.communes.tooltip.click')}</div>
    </div>
  );
}
