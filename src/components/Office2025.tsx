/**
 * Today's communes coloured by the office's own 2025 status table (the 5-digit import): what the district maps
 * offer, on the communes of 1 July 2025 — the view (level, registrations of a year, agencies) with the legend's
 * "shown of total" counts following the filters (FilterBar), the lagging list, and the exports of both tables.
 */
import { lagging2025, officeFacts2025 } from '../domain/office-2025';
import { buildTable2025, type Table2025Id } from '../domain/tables-2025';
import { registrationYears } from '../domain/views';
import type { MessageKey } from '../i18n/i18n';
import { selectT } from '../state/selectors';
import { OFFICE_VIEWS_2025, selectOffice2025, selectOfficeLegend2025, selectProvince2025 } from '../state/province-choices';
import { useAppStore } from '../state/store';
import type { Table } from '../domain/table-shape';
import { downloadTable, downloadTableXlsx } from '../ui/download';
import { RadioChoices, YearSelect } from './Choices';
import { LevelBadge, Section } from './parts';
import { ViewLegend } from './ViewLegend';

/** The view picker, the year (registrations) and the legend with counts, when coloured by the office's table. */
export function Office2025Legend() {
  const t = useAppStore(selectT);
  const o = useAppStore(selectOffice2025);
  const legend = useAppStore(selectOfficeLegend2025);
  const year = useAppStore((s) => s.year);
  const { setView, setYear } = useAppStore.getState();
  if (!o || !legend) return null;
  return (
    <div className="office-2025-legend" data-office-view={o.view}>
      <RadioChoices
        id="views-2025-office"
        legend={t('picker.view')}
        name="view-2025-office"
        options={OFFICE_VIEWS_2025}
        value={o.view}
        onChange={setView}
        label={(v) => (v === 'registration' ? t('view.registration.short') : t(`view.${v}`))}
      />
      {o.view === 'registration' && (
        <YearSelect id="year-2025-office" label={t('picker.year')} years={registrationYears(o.office)} value={year} onChange={setYear} />
      )}
      <ViewLegend
        legend={{ question: t(`question2025.${o.view}`, { year: String(year) }), rows: legend.rows, colours: new Map() }}
        t={t}
        tier="commune"
        filtered={legend.matching !== null}
      />
    </div>
  );
}

/** Downloads one of the office's 2025 tables (the same rows as `npm run export -- --table <id> --overlay <file>`). */
function download(id: Table2025Id, format: 'csv' | 'xlsx'): void {
  const s = useAppStore.getState();
  const p = selectProvince2025(s);
  const o = selectOffice2025(s);
  if (!p || !o) return;
  const table = buildTable2025(p.model, id, { t: selectT(s), year: s.year, office: o.office }) as unknown as Table;
  const name = id === 'lagging-2025' ? `${id}-${p.model.province.slug}-${s.year}` : `${id}-${p.model.province.slug}`;
  if (format === 'csv') void downloadTable(name, table, 'csv');
  else void downloadTableXlsx(name, table);
}

function Exports({ id, label }: { id: Table2025Id; label: string }) {
  return (
    <div className="exports wide">
      <span className="small">{label}</span>{' '}
      <button type="button" id={`export-${id}-csv`} onClick={() => download(id, 'csv')}>
        CSV
      </button>
      <button type="button" id={`export-${id}-xlsx`} onClick={() => download(id, 'xlsx')}>
        Excel
      </button>
    </div>
  );
}

/** The lagging communes of the office's table for the year shown, by the stated rules; click to open one. */
export function Lagging2025Panel() {
  const t = useAppStore(selectT);
  const o = useAppStore(selectOffice2025);
  const year = useAppStore((s) => s.year);
  const focus = useAppStore.getState().setFocusedNewCommune;
  if (!o) return null;
  const l = lagging2025(o.office, year);
  const level = (key: string) => t(`level.${key}` as MessageKey);
  return (
    <section className="lagging-2025" data-lagging-2025={l.behind.length} data-below-criteria={l.belowCriteria.length}>
      <h3>{t('communes2025.office.title')}</h3>
      <Exports id="status-2025" label={t('communes2025.office.export')} />
      <Section title={t('lagging2025.title', { year: String(year) })}>
        <YearSelect
          id="lagging-2025-year"
          label={t('picker.year')}
          years={registrationYears(o.office)}
          value={year}
          onChange={useAppStore.getState().setYear}
        />
        <p className="rule small">{t('lagging2025.rule', { year: String(year) })}</p>
        {l.behind.length === 0 ? (
          <p className="empty">{t('lagging2025.none', { year: String(year) })}</p>
        ) : (
          <ol className="lagging-list">
            {l.behind.map((e) => (
              <li key={e.code} data-lagging-commune={e.code}>
                <button type="button" className="link" onClick={() => focus(e.code)}>
                  {e.name}
                </button>{' '}
                <span className="small">
                  {t('lagging2025.entry', { target: level(e.registered), year: String(e.targetYear), level: level(e.level) })}
                  {e.criteria ? ` · ${e.criteria.met}/${e.criteria.total}` : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
        {l.withoutLevel.length > 0 && (
          <p className="small muted" data-without-level={l.withoutLevel.length}>
            {t('lagging2025.withoutLevel', { count: l.withoutLevel.length })}: {l.withoutLevel.map((e) => e.name).join(', ')}
          </p>
        )}
        <h4 className="small">{t('lagging2025.criteria.title')}</h4>
        <p className="rule small">{t('lagging2025.criteria.rule')}</p>
        {l.belowCriteria.length === 0 ? (
          <p className="empty">{t('lagging2025.criteria.none')}</p>
        ) : (
          <ul className="plain">
            {l.belowCriteria.map((e) => (
              <li key={e.code} data-below-criteria-commune={e.code}>
                <button type="button" className="link" onClick={() => focus(e.code)}>
                  {e.name}
                </button>{' '}
                <span className="small">
                  {e.met}/{e.total}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Exports id="lagging-2025" label={t('communes2025.office.exportLagging')} />
      </Section>
    </section>
  );
}

/** One commune's facts in the office's 2025 table (the commune picked on the map, the one presented). */
export function OfficeFacts2025({ code }: { code: string }) {
  const t = useAppStore(selectT);
  const o = useAppStore(selectOffice2025);
  if (!o) return <p>{t('newCommunes.panel.noPlan')}</p>;
  const f = officeFacts2025(o.office, code);
  const level = (l: string) => t(`level.${l}` as MessageKey);
  if (f.level === 'no-data' && !f.criteria && !f.registrations.length && !f.agencies.length) return <p data-office-facts="none">{t('present.noOffice2025')}</p>;
  return (
    <dl className="office-facts-2025" data-office-facts={f.level}>
      <dt>{t('col.level')}</dt>
      <dd>
        <LevelBadge level={f.level} />
        {f.yearRecognised ? ` (${f.yearRecognised})` : ''}
      </dd>
      {f.criteria && (
        <>
          <dt>{t('col.criteria')}</dt>
          <dd>{`${f.criteria.met}/${f.criteria.total}`}</dd>
        </>
      )}
      {f.registrations.length > 0 && (
        <>
          <dt>{t('col.targetLevel')}</dt>
          <dd>{f.registrations.map((r) => `${level(r.level)} ${r.year}`).join('; ')}</dd>
        </>
      )}
      {f.agencies.length > 0 && (
        <>
          <dt>{t('col.agency')}</dt>
          <dd>{f.agencies.join(' · ')}</dd>
        </>
      )}
    </dl>
  );
}
