/**
 * The legend of today's communes (units from 1 July 2025) beside the map: the colour source (the plans, or the
 * office's 2025 status table), the view and year, and the legend with its counts. Part of the first load (App.tsx
 * draws it with the reform scene's first view): the map frames the 2025 province clear of it, and a legend arriving
 * after the first frame would move the map and cut its tiles again before the first idle (issue 19). The office's
 * own legend, shown only once its 2025 table is imported, comes with that part (./Office2025).
 */
import { lazy, Suspense } from 'react';
import { nameKey } from '../domain/names';
import { NEW_COMMUNE_VIEWS, province2025Legend } from '../domain/new-commune-plan';
import { provinceAgencies, registrationYears } from '../domain/views';
import { hasStatus2025 } from '../map/layers/communes-2025';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectProvince2025, selectView2025 } from '../state/province-choices';
import { selectPlanModel, selectT } from '../state/selectors';
import { NewCommunePlanLegend } from './NewCommunePlanLegend';
import { RadioChoices, YearSelect } from './Choices';

const Office2025Legend = lazy(() => import('./Office2025').then((m) => ({ default: m.Office2025Legend })));

/** The colour source (plans / the office's 2025 table), the view and year, and the legend with its counts. */
export function Communes2025Legend() {
  const t = useAppStore(selectT);
  const p = useAppStore((s) => (s.newCommuneBoundaries ? null : selectProvince2025(s)));
  const plan = useAppStore(selectPlanModel);
  const year = useSettled((s) => s.year);
  const colours = useAppStore((s) => s.colours2025);
  const nv = useAppStore(selectView2025);
  const { setView2025, setYear, setColours2025 } = useAppStore.getState();
  if (!p) return null;
  const office = colours === 'office' && hasStatus2025(p.overlay);
  const years = plan && p.model.plans.length ? registrationYears(plan) : [];
  const agencyKeys = plan ? provinceAgencies(plan).map((a) => nameKey(a.name)) : [];
  return (
    <div className="communes-2025-legend" data-communes-2025={p.model.communes.length} data-colours={office ? 'office' : 'plans'}>
      {hasStatus2025(p.overlay) && (
        <RadioChoices
          legend={t('communes2025.colours')}
          name="colours-2025"
          options={['plans', 'office'] as const}
          value={office ? 'office' : 'plans'}
          onChange={setColours2025}
          label={(c) => t(`communes2025.colours.${c}`)}
        />
      )}
      {!office && p.model.plans.length > 0 && (
        <>
          <RadioChoices
            id="views-2025"
            legend={t('picker.view')}
            name="view-2025"
            options={NEW_COMMUNE_VIEWS}
            value={nv}
            onChange={setView2025}
            label={(v) => (v === 'registration' ? t('view.registration.short') : t(`view.${v}`))}
          />
          {nv === 'registration' && years.length > 0 && <YearSelect id="year-2025" label={t('picker.year')} years={years} value={year} onChange={setYear} />}
          <NewCommunePlanLegend legend={province2025Legend(p.model, nv, year)} view={nv} year={year} agencyKeys={agencyKeys} t={t} />
        </>
      )}
      {!office && p.model.plans.length === 0 && (
        <p className="small rule" data-rule="no-plan-2025">
          {t('communes2025.noPlan', { count: p.model.communes.length })}
        </p>
      )}
      {office && (
        <Suspense fallback={null}>
          <Office2025Legend />
        </Suspense>
      )}
    </div>
  );
}
