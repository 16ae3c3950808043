/** Districts furthest behind their targets for the year, with the rule used; click to zoom. */
import { formatQuantity } from '../domain/quantity';
import { communesBelowCriteria, laggingDistricts } from '../domain/progress';
import { formatPercent } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectModel, selectT } from '../state/selectors';
import { Section } from './parts';
import { ShortfallList } from './ShortfallList';
import { coverageSummary, registrationShortfalls } from '../domain/coverage';

export function LaggingPanel() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const year = useSettled((s) => s.year);
  const language = useAppStore((s) => s.language);
  if (!model) return null;
  const { ranked, withoutResults } = laggingDistricts(model, year);
  const lowCriteria = communesBelowCriteria(model);
  const name = (code: string | null) => model.districts.find((d) => d.code === code)?.name ?? '';
  const go = (code: string) => useAppStore.getState().selectDistrict(code, { zoom: true });
  return (
    <div className="area-panel lagging">
      <h2 id="panel-title">{t('lagging.title', { year: String(year) })}</h2>
      <ShortfallList t={t} year={year} entries={registrationShortfalls(model, year)} summary={coverageSummary(model, year)} onSelect={go} />
      <p className="rule small">{t('lagging.rule', { year: String(year) })}</p>
      {ranked.length === 0 ? (
        <p className="empty">{t('lagging.none')}</p>
      ) : (
        <ol className="lagging-list">
          {ranked.map((e) => (
            <li key={e.code}>
              <button type="button" className="link" onClick={() => go(e.code)}>
                {name(e.code)}
              </button>{' '}
              <span className="small">
                {t('lagging.entry', {
                  recognised: e.progress.recognised ?? 0,
                  planned: formatQuantity(e.progress.planned ?? 0),
                  share: formatPercent(e.progress.ratio ?? 0, language),
                  gap: e.gap,
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {withoutResults.length > 0 && (
        <Section title={t('lagging.withoutResults', { count: withoutResults.length })}>
          <ul className="plain">
            {withoutResults.map((p) => (
              <li key={p.code}>
                <button type="button" className="link" onClick={() => go(p.code)}>
                  {name(p.code)}
                </button>{' '}
                <span className="small muted">{t('tooltip.progressUnknown', { planned: formatQuantity(p.planned ?? 0) })}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('lagging.criteria.title')}>
        <p className="rule small">{t('lagging.criteria.rule')}</p>
        {lowCriteria.length === 0 ? (
          <p className="empty">{t('lagging.criteria.none')}</p>
        ) : (
          <ul className="plain">
            {lowCriteria.map((s) => (
              <li key={s.code}>
                <button type="button" className="link" onClick={() => s.districtCode && go(s.districtCode)}>
                  {s.name}
                </button>{' '}
                <span className="small">
                  {s.met}/{s.total} — {name(s.districtCode)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
