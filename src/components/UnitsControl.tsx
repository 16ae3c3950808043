/**
 * "Administrative units as of" date control, and the line under the toolbar that says which units are shown
 * (and, while the plan's own units are shown, that they have changed since).
 */
import { formatDate } from '../i18n/i18n';
import { DateField } from './DateField';
import { todayIso, useAppStore } from '../state/store';
import { selectEra, selectPlanModel, selectT } from '../state/selectors';
import { selectProvince2025 } from '../state/province-choices';
import { REFORM_DATE } from '../domain/history';

export function UnitsControl() {
  const t = useAppStore(selectT);
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const { setUnitsAsOf } = useAppStore.getState();
  return (
    <div className="units-control" role="group" aria-labelledby="units-date-label">
      <label htmlFor="units-date" id="units-date-label" title={t('units.asOf.help')}>
        <span>{t('units.asOf.label')}</span>
      </label>
      <DateField id="units-date" value={unitsAsOf} min="2020-01-01" max="2030-12-31" describedBy="units-era" onChange={(iso) => void setUnitsAsOf(iso)} />
      <button type="button" className="small" id="units-today" onClick={() => void setUnitsAsOf(todayIso())}>
        {t('units.asOf.today')}
      </button>
      <button type="button" className="small" id="units-plan" disabled={!unitsAsOf} onClick={() => void setUnitsAsOf(null)}>
        {t('units.asOf.plan')}
      </button>
    </div>
  );
}

export function UnitsBanner() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const era = useAppStore(selectEra);
  const history = useAppStore((s) => s.history);
  const model = useAppStore(selectPlanModel);
  const standalone = useAppStore((s) => (s.standalone2025 ? selectProvince2025(s) : null));
  if (standalone)
    return (
      <div className="units-banner era-reform" id="units-era" role="status" data-era="reform">
        <span>{t('units.era.reform', { date: formatDate(REFORM_DATE, language), province: standalone.model.province.name })}</span>
      </div>
    );
  // The line keeps its height while the history loads, so the map does not change size (and redraw) under it.
  if (!model) return <div className="units-banner" id="units-era" role="status" data-era="" />;
  // In the plan's units the history is not fetched (issue 19: only once a later date is chosen).
  if (!history)
    return era === 'plan' ? (
      <div className="units-banner era-plan" id="units-era" role="status" data-era="plan">
        <span>{t('units.era.plan')}</span>{' '}
        <button type="button" className="link" id="units-show-today" onClick={() => void useAppStore.getState().setUnitsAsOf(todayIso())}>
          {t('units.showToday')}
        </button>
      </div>
    ) : (
      <div className="units-banner" id="units-era" role="status" data-era="" />
    );
  const province = model.province.name;
  const text =
    era === 'reform'
      ? t('units.era.reform', { date: formatDate(history.reform.date, language), province: history.newProvince.name })
      : era === 'rearranged' && history.wave
        ? t('units.era.rearranged', { date: formatDate(history.wave.date, language) })
        : t('units.era.plan');
  return (
    <div
      className={`units-banner era-${era}`}
      id="units-era"
      role="status"
      data-era={era}
      title={era === 'rearranged' && history.wave ? history.wave.basis : undefined}
    >
      <span>{text}</span>
      {era === 'rearranged' && history.wave && <span className="muted small"> · {t('rearranged.basis', { basis: history.wave.basis })}</span>}
      {era === 'plan' && (
        <>
          <span className="muted">
            {' '}
            ·{' '}
            {history.newProvince.members.length > 1
              ? t('units.changedBanner', {
                  date: formatDate(history.reform.date, language),
                  province,
                  others: history.newProvince.members
                    .filter((m) => m.code !== history.provinceCode)
                    .map((m) => m.name)
                    .join(', '),
                  newProvince: history.newProvince.name,
                })
              : t('units.changedBannerSame', { date: formatDate(history.reform.date, language), province })}
          </span>{' '}
          <button type="button" className="link" id="units-show-today" onClick={() => void useAppStore.getState().setUnitsAsOf(todayIso())}>
            {t('units.showToday')}
          </button>
        </>
      )}
    </div>
  );
}
