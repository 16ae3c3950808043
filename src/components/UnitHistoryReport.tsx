/** Data report for units over time: the plan-era communes that could not be followed to a 2025 commune, and the tables. */
import { unfollowedCommunes } from '../domain/crosswalk';
import { planName } from '../domain/history';
import type { MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectPlanModel, selectT } from '../state/selectors';
import { Collapsible, ExportButtons, Section } from './parts';

export function UnitHistoryReport() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectPlanModel);
  const history = useAppStore((s) => s.history);
  if (!model || !history) return null;
  const open = unfollowedCommunes(history);
  const district = (code: string | null) => (code ? planName(history, code) : '');
  return (
    <Section title={t('history.report')}>
      <p className="small">
        {t('history.reportIntro', { total: history.crosswalk.length, followed: history.crosswalk.length - open.length, changes: history.changes.length })}
      </p>
      {open.length > 0 ? (
        <ul className="plain small unfollowed" data-unfollowed={open.length}>
          <Collapsible
            items={open}
            limit={8}
            render={(r) => (
              <li key={r.oldCode}>
                <strong>{r.oldName}</strong> — {district(r.oldDistrictCode)} ({r.oldCode}): {t(`crosswalk.problem.${r.problem}` as MessageKey)}
              </li>
            )}
          />
        </ul>
      ) : (
        <p className="small">{t('history.allFollowed')}</p>
      )}
      <div className="history-exports">
        <div>
          {t('table.crosswalk')} <ExportButtons model={model} table="crosswalk" />
        </div>
        <div>
          {t('table.unit-changes')} <ExportButtons model={model} table="unit-changes" />
        </div>
        <div>
          {t('table.new-communes', { province: history.newProvince.name })} <ExportButtons model={model} table="new-communes" />
        </div>
      </div>
    </Section>
  );
}
