/** Filters that dim the districts (or today's communes, by the office's 2025 table) that do not match: level, registration year, responsible agency. */
import { isFilterActive, matchingDistricts } from '../domain/filters';
import { LEGEND_LEVELS, type LevelState } from '../domain/levels';
import { provinceAgencies } from '../domain/views';
import { viewYears } from '../domain/view-years';
import type { MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';
import { selectOffice2025, selectOfficeLegend2025 } from '../state/province-choices';

export function FilterBar() {
  const t = useAppStore(selectT);
  // Today's communes coloured by the office's 2025 table: the same filters, on its communes.
  const office = useAppStore(selectOffice2025)?.office ?? null;
  const officeLegend = useAppStore(selectOfficeLegend2025);
  const district = useAppStore(selectModel);
  const model = office ?? district;
  const filter = useAppStore((s) => s.filter);
  const { setFilter } = useAppStore.getState();
  if (!model) return null;
  const levels = filter.levels ?? [];
  const toggle = (l: LevelState) => setFilter({ ...filter, levels: levels.includes(l) ? levels.filter((x) => x !== l) : [...levels, l] });
  const active = isFilterActive(filter);
  const count = !active ? 0 : office ? (officeLegend?.matching?.size ?? 0) : matchingDistricts(model, filter).size;
  return (
    <div className="filters" role="group" aria-label={office ? t('communes2025.office.filterTitle') : t('filter.title')}>
      <details>
        <summary>
          {t('filter.level')}
          {levels.length ? ` (${levels.length})` : ''}
        </summary>
        <div className="filter-levels">
          {LEGEND_LEVELS.map((l) => (
            <label key={l}>
              <input type="checkbox" checked={levels.includes(l)} onChange={() => toggle(l)} /> {t(`level.${l}` as MessageKey)}
            </label>
          ))}
        </div>
      </details>
      <label>
        <span>{t('filter.regYear')}</span>
        <select
          id="filter-year"
          value={filter.registrationYear ?? ''}
          onChange={(e) => setFilter({ ...filter, registrationYear: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('filter.any')}</option>
          {viewYears(model, 'registration').map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.agency')}</span>
        <select id="filter-agency" value={filter.agencyKey ?? ''} onChange={(e) => setFilter({ ...filter, agencyKey: e.target.value || undefined })}>
          <option value="">{t('filter.any')}</option>
          {provinceAgencies(model).map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <>
          <span className="small" aria-live="polite" data-filter-count={count}>
            {office
              ? t('communes2025.office.filtered', { count, total: model.communes.length })
              : t('filter.matching', { count, total: model.districts.length })}
          </span>
          <button type="button" className="small" onClick={() => setFilter({})}>
            {t('filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}
