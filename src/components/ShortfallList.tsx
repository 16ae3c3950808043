/** The "thiếu đăng ký" list (domain/coverage.ts registrationShortfalls), largest gap first. Props only. */
import type { ShortfallEntry } from '../domain/coverage';
import { formatAmount } from '../domain/target-values';
import type { MessageKey, Translate } from '../i18n/i18n';

export function ShortfallList({
  t,
  year,
  entries,
  onSelect,
}: {
  t: Translate;
  year: number;
  entries: readonly ShortfallEntry[];
  onSelect: (districtCode: string) => void;
}) {
  return (
    <section className="shortfalls" aria-label={t('coverage.list.title', { year: String(year) })}>
      <h3>{t('coverage.list.title', { year: String(year) })}</h3>
      {entries.length === 0 ? (
        <p className="empty">{t('coverage.list.empty', { year: String(year) })}</p>
      ) : (
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
