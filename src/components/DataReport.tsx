import { reportClass, type ProvinceModel } from '../domain/model';
import type { MessageKey } from '../i18n/i18n';
import { explainReasons } from '../domain/reasons';
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';
import { Collapsible, ExportButtons, Section, SourceNote } from './parts';

/** How every unit name in the plan was matched to an official unit, and which ones could not be. */
export function DataReport({ model }: { model: ProvinceModel }) {
  const t = useAppStore(selectT);
  const entries = model.report;
  const problems = entries.filter((e) => reportClass(e) === 'problem');
  const evidence = entries.filter((e) => reportClass(e) === 'evidence');
  const exact = entries.length - problems.length - evidence.length;
  return (
    <Section title={t('panel.dataReport')} actions={<ExportButtons model={model} table="data-report" />}>
      <p className="small" data-report-summary>
        {t('report.summary', { total: entries.length, exact, evidence: evidence.length, problems: problems.length })}
      </p>
      <h4>{t('report.problems')}</h4>
      {problems.length === 0 ? (
        <p className="small">{t('report.none')}</p>
      ) : (
        <ul className="report problems">
          {problems.map((e) => (
            <li key={e.recordId}>
              <strong>{e.nameAsWritten}</strong> — {t(`outcome.${e.outcome}` as MessageKey)}: {explainReasons(e.reasons, t)}
              {e.candidates.length > 0 && <div className="small">{e.candidates.join('; ')}</div>}
              <SourceNote source={e.source} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('report.evidence')}</h4>
      <ul className="report evidence">
        <Collapsible
          items={evidence}
          limit={6}
          render={(e) => (
            <li key={e.recordId}>
              <strong>{e.nameAsWritten}</strong> → {e.officialName} ({e.districtName}) — {e.method ? t(`method.${e.method}` as MessageKey) : ''}:{' '}
              {explainReasons(e.reasons, t)}
            </li>
          )}
        />
      </ul>
    </Section>
  );
}
