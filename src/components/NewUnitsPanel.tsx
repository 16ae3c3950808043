/**
 * The plan seen in the units from 1 July 2025: the new province, and each new commune with its
 * predecessors' levels, registrations and agencies, summarised by a stated rule (never an official status).
 */
import { useEffect, useState } from 'react';
import { unfollowedCommunes, type NewCommuneSummary } from '../domain/crosswalk';
import { summaryText } from '../domain/history-tables';
import { nameKey } from '../domain/names';
import { rollupNewCommunes } from '../domain/rollup';
import { formatDate, type MessageKey } from '../i18n/i18n';
import { REFORM_DATE } from '../domain/history';
import { useAppStore } from '../state/store';
import { selectNewCommuneSummaries, selectPlanModel, selectT } from '../state/selectors';
import { ExportButtons, LevelBadge, Section } from './parts';
import { UnitHistoryReport } from './UnitHistoryReport';
import { selectProvince2025 } from '../state/province-choices';
import { Communes2025Panel } from './Communes2025';
import { PredecessorRows } from './PredecessorRows';

function matches(s: NewCommuneSummary, query: string): boolean {
  if (!query) return true;
  const key = nameKey(query);
  return [s.name, ...s.predecessors.map((p) => p.name), ...s.otherPredecessors.map((o) => o.name)].some((n) => nameKey(n).includes(key));
}

function NewCommuneItem({ summary, open, onToggle }: { summary: NewCommuneSummary; open: boolean; onToggle: () => void }) {
  const t = useAppStore(selectT);
  const id = `new-commune-${summary.code}`;
  return (
    <li className="new-commune" data-new-commune={summary.code} data-summary={summary.summary.kind}>
      <button type="button" className="new-commune-head" aria-expanded={open} aria-controls={id} onClick={onToggle}>
        <span className="new-commune-name">
          {summary.name} <span className="muted small">({summary.code})</span>
        </span>
        <span className="new-commune-summary">
          {summary.summary.kind !== 'no-data' && <LevelBadge level={summary.summary.level} />} {summaryText(summary.summary, t)}
        </span>
      </button>
      {open && (
        <div id={id} className="new-commune-body">
          <table className="predecessors">
            <caption>{t('newUnits.predecessors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.oldName')}</th>
                <th scope="col">{t('col.level')}</th>
                <th scope="col">{t('col.registration')}</th>
                <th scope="col">{t('col.agency')}</th>
              </tr>
            </thead>
            <tbody>
              <PredecessorRows
                summary={summary}
                t={t}
                registration={(p) => p.registrations.map((r) => `${t(`level.${r.targetLevel}` as MessageKey)} ${r.targetYear}`).join('; ') || '—'}
              />
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

export function NewUnitsPanel() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const model = useAppStore(selectPlanModel);
  const history = useAppStore((s) => s.history);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'all' | 'known' | 'no-data'>('all');
  const openCode = useAppStore((s) => s.focusedNewCommune);
  const newCommuneBoundaries = useAppStore((s) => s.newCommuneBoundaries);
  const setOpenCode = useAppStore.getState().setFocusedNewCommune;
  // A commune picked on the map: bring its entry into view.
  useEffect(() => {
    if (openCode) document.querySelector(`[data-new-commune="${openCode}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [openCode]);
  const summaries = useAppStore(selectNewCommuneSummaries);
  const standalone = useAppStore((s) => (s.standalone2025 ? selectProvince2025(s) : null));
  // A 2025 province opened by itself (no pre-2025 files): its communes only, and no word of old provinces.
  if (standalone)
    return (
      <aside className="side new-units" aria-labelledby="panel-title">
        <div className="area-panel">
          <h2 id="panel-title">{standalone.model.province.name}</h2>
          <p className="small muted" data-standalone-2025={standalone.code}>
            {t('communes2025.standalone', { date: formatDate(REFORM_DATE, language), province: standalone.model.province.name })}
          </p>
          <Communes2025Panel />
        </div>
      </aside>
    );
  if (!model || !history) return <aside className="side" />;
  const rollup = rollupNewCommunes(summaries);
  const unfollowed = unfollowedCommunes(history);
  const shown = summaries.filter((s) => matches(s, query) && (kind === 'all' || (kind === 'no-data') === (s.summary.kind === 'no-data')));
  const oldName = model.province.name;
  return (
    <aside className="side new-units" aria-labelledby="panel-title">
      <div className="area-panel">
        <h2 id="panel-title">{history.newProvince.name}</h2>
        <p>
          {t('newUnits.province', {
            name: history.newProvince.name,
            members: history.newProvince.members.map((m) => m.name).join(', '),
          })}
        </p>
        <p className="small muted">
          {t('units.era.reform', { date: formatDate(history.reform.date, language), province: history.newProvince.name })}.{' '}
          {t('newUnits.basis', { basis: history.reform.communeBasis ?? history.reform.basis })}
        </p>
        <Communes2025Panel />
        <Section title={t('newUnits.title', { old: oldName, count: summaries.length })} actions={<ExportButtons model={model} table="new-communes" />}>
          <p className="rule small" data-rule="new-communes">
            {t('newUnits.rule')}
          </p>
          <p className="small" data-rollup>
            {t('newUnits.rollup', { units: rollup.units, predecessors: rollup.predecessors, old: oldName })}
          </p>
          <ul className="plain small rollup-levels" aria-label={t('newUnits.rollupLevels')}>
            {(['ntm-model', 'ntm-advanced', 'ntm', 'none'] as const)
              .filter((l) => rollup.counts[l] > 0)
              .map((l) => (
                <li key={l} data-level={l}>
                  <LevelBadge level={l} /> {t('newUnits.allAt', { count: rollup.counts[l] })}
                </li>
              ))}
            <li data-level="rest">{t('newUnits.rest', { count: rollup.counts['no-data'] })}</li>
          </ul>
          {unfollowed.length > 0 && (
            <p className="warn small" data-unfollowed={unfollowed.length}>
              {t('newUnits.unfollowed', { count: unfollowed.length })}
            </p>
          )}
          <p className="small muted" data-new-polygons={newCommuneBoundaries?.features.length ?? 0}>
            {newCommuneBoundaries ? t('newUnits.polygons', { count: newCommuneBoundaries.features.length }) : t('newUnits.noPolygons')}
          </p>
          <label className="new-units-filter">
            <span>{t('newUnits.filter')}</span>
            <input type="search" id="new-units-filter" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <fieldset className="views new-units-kind">
            <legend className="visually-hidden">{t('newUnits.kind')}</legend>
            {(['all', 'known', 'no-data'] as const).map((k) => (
              <label key={k} className={k === kind ? 'active' : ''}>
                <input type="radio" name="new-units-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
                {t(`newUnits.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {shown.length === 0 && <p className="empty">{t('newUnits.none')}</p>}
          <ul className="new-commune-list">
            {shown.map((s) => (
              <NewCommuneItem key={s.code} summary={s} open={openCode === s.code} onToggle={() => setOpenCode(openCode === s.code ? null : s.code)} />
            ))}
          </ul>
        </Section>
        <UnitHistoryReport />
      </div>
    </aside>
  );
}

/** Hovering a 2025 commune drawn from the office's polygons: its name, predecessors and summary. */
export function NewCommuneTooltip() {
  const t = useAppStore(selectT);
  const hover = useAppStore((s) => s.hover);
  const summaries = useAppStore(selectNewCommuneSummaries);
  const p2025 = useAppStore(selectProvince2025);
  if (!hover?.newCommune) return null;
  const s = summaries.find((x) => x.code === hover.code) ?? p2025?.model.summaries.get(hover.code);
  const commune = p2025?.model.byCode.get(hover.code);
  if (!s && commune)
    return (
      <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
        <strong>{commune.name}</strong>
        <div className="small">{t('newCommunes.panel.noPlan')}</div>
        <div className="hint">{t('tooltip.clickHint')}</div>
      </div>
    );
  if (!s) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{s.name}</strong>
      <div className="small">
        {t('newUnits.predecessors')}: {[...s.predecessors.map((p) => p.name), ...s.otherPredecessors.map((o) => o.name)].join(', ')}
      </div>
      <div>{summaryText(s.summary, t)}</div>
      <div className="hint">{t('tooltip.clickHint')}</div>
    </div>
  );
}
