/** The "thiếu đăng ký" list (domain/coverage.ts registrationShortfalls), largest gap first. Props only. */
import type { CoverageSummary, ShortfallEntry } from '../domain/coverage';
import { formatAmount } from '../domain/target-values';
import type { MessageKey, Translate } from '../i18n/i18n';

export function ShortfallList({
  t,
  year,
  entries,
  summary,
  onSelect,
}: {
  t: Translate;
  year: number;
  entries: readonly ShortfallEntry[];
  /** What the plan allows to compare (coverage.ts coverageSummary): said in words, also when nothing falls short. */
  summary: CoverageSummary;
  onSelect: (districtCode: string) => void;
}) {
  return (
    <section className="shortfalls" aria-label={t('coverage.list.title', { year: String(year) })}>
      <h3>{t('coverage.list.title', { year: String(year) })}</h3>
      <p className="coverage-summary">
        {summary.compared > 0
          ? t('coverage.list.covered', {
              covered: summary.covered,
              compared: summary.compared,
              year: String(year),
              registered: summary.registered,
              target: summary.target,
            })
          : t('coverage.list.nothing', { year: String(year), districts: summary.districts })}
        {summary.unnamed > 0 && <> {t('coverage.list.unnamed', { count: summary.unnamed, year: String(year) })}</>}
      </p>
      {entries.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th>{t('col.district')}</th>
              <th>{t('col.level')}</th>
              <th>{t('col.target')}</th>
              <th>{t('col.registered')}</th>
              <th>{t('col.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.districtCode}-${e.tier}-${e.level}`} data-district={e.districtCode} onClick={() => onSelect(e.districtCode)}>
                <td>{e.districtName}</td>
                <td>{t(`level.${e.level}` as MessageKey)}</td>
                <td>{formatAmount(e.target)}</td>
                <td>{e.registered ?? '—'}</td>
                <td>{e.gap}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
