/** Dossier and task deadlines on a timeline by month; past-due items as of a chosen date are flagged. */
import { byMonth, deadlineItems, isPastDue } from '../domain/timeline';
import { formatDate, type MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';
import { DateField } from './DateField';
import { SourceNote } from './parts';

export function DeadlinesPanel() {
  const t = useAppStore(selectT);
  const model = useAppStore(selectModel);
  const asOf = useAppStore((s) => s.asOf);
  const language = useAppStore((s) => s.language);
  const selected = useAppStore((s) => s.selectedDistrict);
  if (!model) return null;
  const all = deadlineItems(model).filter((i) => !selected || i.districtCode === selected || i.districtCode === null);
  const pastDue = all.filter((i) => isPastDue(i, asOf));
  const months = byMonth(all);
  const undated = all.filter((i) => !i.due);
  const monthLabel = (key: string) => {
    const [y, m] = key.split('-');
    return `${m}/${y}`;
  };
  return (
    <div className="area-panel deadlines">
      <h2 id="panel-title">{t('deadlines.title')}</h2>
      <div className="as-of">
        <label htmlFor="as-of">{t('deadlines.asOf')}</label>{' '}
        <DateField id="as-of" value={asOf} required onChange={(iso) => iso && useAppStore.getState().setAsOf(iso)} />
      </div>
      <p className="small" data-past-due={pastDue.length} aria-live="polite">
        {t('deadlines.pastDueCount', { count: pastDue.length, date: formatDate(asOf, language) })}
      </p>
      <ol className="timeline">
        {months.map(([month, items]) => (
          <li key={month} className={`month${month < asOf.slice(0, 7) ? ' past' : month === asOf.slice(0, 7) ? ' current' : ''}`}>
            <h3>{monthLabel(month)}</h3>
            <ul>
              {items.map((item) => {
                const late = isPastDue(item, asOf);
                return (
                  <li key={item.id} className={late ? 'late' : item.done ? 'done' : ''} data-deadline-id={item.id}>
                    <span className="date">{formatDate(item.due!, language)}</span>
                    <span className="kind">{t(`deadlines.kind.${item.kind}` as MessageKey)}</span>
                    {late && <span className="flag">{t('deadlines.pastDue')}</span>}
                    {item.done && <span className="flag ok">{t('deadlines.done')}</span>}
                    <div>
                      <strong>{item.who}</strong>: {item.what}
                    </div>
                    <SourceNote source={item.source} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <>
          <h3>{t('deadlines.undated')}</h3>
          <ul className="timeline-undated">
            {undated.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong> — {item.who}: {item.what}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
