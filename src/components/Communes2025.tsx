/**
 * Today's communes (units from 1 July 2025) in the reform scene: the legend and colour choice beside the map,
 * and in the side panel the communes (count, search) with the one picked on the map opened on its
 * predecessors and plan facts (NewCommunePredecessors).
 */
import { useState } from 'react';
import { nameKey } from '../domain/names';
import { NEW_COMMUNE_VIEWS } from '../domain/new-commune-plan';
import { province2025Legend } from '../domain/new-commune-plan';
import { provinceAgencies, registrationYears } from '../domain/views';
import { LEVEL_COLORS } from '../ui/scale';
import { hasStatus2025 } from '../map/layers/communes-2025';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectProvince2025, selectView2025 } from '../state/province-choices';
import { selectPlanModel, selectT } from '../state/selectors';
import { NewCommunePlanLegend, UnfollowedCommunes } from './NewCommunePlanLegend';
import { NewCommunePredecessors } from './NewCommunePredecessors';
import { Swatch } from './parts';
import type { MessageKey } from '../i18n/i18n';
import type { Table } from '../domain/table-shape';
import { statusTemplate2025, templateFileName2025 } from '../domain/status-import-2025';
import { readStatusTableInWorker } from '../io/table-client';
import { downloadTable, downloadTableXlsx } from '../ui/download';

/** The colour source (plans / the office's 2025 table), the view and year, and the legend with its counts. */
export function Communes2025Legend() {
  const t = useAppStore(selectT);
  const p = useAppStore((s) => (s.newCommuneBoundaries ? null : selectProvince2025(s)));
  const plan = useAppStore(selectPlanModel);
  const year = useSettled((s) => s.year);
  const colours = useAppStore((s) => s.colours2025);
  const nv = useAppStore(selectView2025);
  const { setView2025, setYear, setColours2025 } = useAppStore.getState();
  if (!p) return null;
  const office = colours === 'office' && hasStatus2025(p.overlay);
  const years = plan && p.model.plans.length ? registrationYears(plan) : [];
  const agencyKeys = plan ? provinceAgencies(plan).map((a) => nameKey(a.name)) : [];
  return (
    <div className="communes-2025-legend" data-communes-2025={p.model.communes.length} data-colours={office ? 'office' : 'plans'}>
      {hasStatus2025(p.overlay) && (
        <fieldset className="views">
          <legend>{t('communes2025.colours')}</legend>
          {(['plans', 'office'] as const).map((c) => (
            <label key={c} className={c === (office ? 'office' : 'plans') ? 'active' : ''}>
              <input type="radio" name="colours-2025" value={c} checked={c === (office ? 'office' : 'plans')} onChange={() => setColours2025(c)} />
              {t(`communes2025.colours.${c}`)}
            </label>
          ))}
        </fieldset>
      )}
      {!office && p.model.plans.length > 0 && (
        <>
          <fieldset className="views" id="views-2025">
            <legend>{t('picker.view')}</legend>
            {NEW_COMMUNE_VIEWS.map((v) => (
              <label key={v} className={v === nv ? 'active' : ''}>
                <input type="radio" name="view-2025" value={v} checked={v === nv} onChange={() => setView2025(v)} />
                {v === 'registration' ? t('view.registration.short') : t(`view.${v}`)}
              </label>
            ))}
          </fieldset>
          {nv === 'registration' && years.length > 0 && (
            <label>
              <span>{t('picker.year')} </span>
              <select id="year-2025" value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          )}
          <NewCommunePlanLegend legend={province2025Legend(p.model, nv, year)} view={nv} year={year} agencyKeys={agencyKeys} t={t} />
        </>
      )}
      {!office && p.model.plans.length === 0 && (
        <p className="small rule" data-rule="no-plan-2025">
          {t('communes2025.noPlan', { count: p.model.communes.length })}
        </p>
      )}
      {office && (
        <ul data-rule="office-2025">
          {(['ntm-model', 'ntm-advanced', 'ntm', 'none', 'no-data'] as const).map((level) => (
            <li key={level} data-category={level}>
              <Swatch color={LEVEL_COLORS[level]} hatched={level === 'no-data'} />
              <span className="legend-label">{t(`level.${level}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The side panel's part on today's communes: count, search, and the commune picked (its predecessors). */
export function Communes2025Panel() {
  const t = useAppStore(selectT);
  const p = useAppStore(selectProvince2025);
  const focused = useAppStore((s) => s.focusedNewCommune);
  const view = useAppStore(selectView2025);
  const year = useSettled((s) => s.year);
  const setFocused = useAppStore.getState().setFocusedNewCommune;
  const [query, setQuery] = useState('');
  if (!p) return null;
  const key = nameKey(query);
  const matches = key ? p.model.communes.filter((c) => nameKey(c.name).includes(key)).slice(0, 12) : [];
  const commune = focused ? p.model.byCode.get(focused) : undefined;
  const summary = focused ? p.model.summaries.get(focused) : undefined;
  return (
    <section className="communes-2025" data-province-2025={p.code} data-communes-2025={p.model.communes.length}>
      <p className="small">{t('communes2025.count', { province: p.model.province.name, count: p.model.communes.length })}</p>
      <label className="new-units-filter">
        <span>{t('communes2025.search')}</span>
        <input type="search" id="commune-2025-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {matches.length > 0 && (
        <ul className="plain small commune-2025-matches">
          {matches.map((c) => (
            <li key={c.code}>
              <button type="button" className="link" data-commune-2025={c.code} onClick={() => setFocused(c.code)}>
                {c.name} ({c.code})
              </button>
            </li>
          ))}
        </ul>
      )}
      {commune && summary && <NewCommunePredecessors summary={summary} view={view} year={year} t={t} onClose={() => setFocused(null)} />}
      {commune && !summary && (
        <div className="new-commune-predecessors" data-new-commune={commune.code} data-category="no-data">
          <h3>{t('newCommunes.panel.title', { name: commune.name, code: commune.code })}</h3>
          <p className="small">{t('newCommunes.panel.noPlan')}</p>
        </div>
      )}
      {p.model.unfollowed.length > 0 && <UnfollowedCommunes rows={p.model.unfollowed} t={t} />}
      <Status2025 />
    </section>
  );
}

/** The next phase: the office's status table of today's communes (template pre-filled, import by 5-digit code). */
function Status2025() {
  const t = useAppStore(selectT);
  const p = useAppStore(selectProvince2025);
  const userName = useAppStore((s) => s.userName);
  const message = useAppStore((s) => s.dataMessage);
  const [busy, setBusy] = useState(false);
  if (!p) return null;
  const template = (): Table => ({ id: 'status-template', ...statusTemplate2025(p.model, t) });
  const base = templateFileName2025(p.model, 'csv').replace(/\.csv$/, '');
  const count = Object.keys(p.overlay.units).length;
  const onFile = async (file: File) => {
    setBusy(true);
    try {
      const table = await readStatusTableInWorker({ name: file.name, data: await file.arrayBuffer() }, () => undefined);
      await useAppStore.getState().importStatus2025(table, file.name);
    } catch (e) {
      useAppStore.getState().setDataMessage({ kind: 'error', key: 'data.storageError', params: { message: String((e as Error)?.message ?? e) } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="status-2025" data-status-2025={count}>
      <h3 className="small">{t('communes2025.status.title')}</h3>
      <p className="small">{t('communes2025.status.hint', { count: p.model.communes.length, province: p.model.province.name })}</p>
      <div className="exports wide">
        <button type="button" id="template-2025-xlsx" onClick={() => void downloadTableXlsx(base, template())}>
          {t('communes2025.status.template')}
        </button>
        <button type="button" id="template-2025-csv" onClick={() => downloadTable(base, template(), 'csv')}>
          {t('communes2025.status.templateCsv')}
        </button>
      </div>
      <label className="user-name">
        <span>{t('data.user')}</span>
        <input id="user-name-2025" type="text" value={userName} maxLength={80} onChange={(e) => useAppStore.getState().setUserName(e.target.value)} />
      </label>
      {!userName.trim() && <p className="notice small">{t('data.needName')}</p>}
      <label className="file-picker">
        <span>{t('communes2025.status.import')}</span>
        <input
          type="file"
          id="import-status-2025"
          accept=".csv,.txt,.tsv,.xlsx"
          disabled={busy || !userName.trim()}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {message && message.key.startsWith('communes2025.') && (
        <p className={message.kind === 'error' ? 'notice error-text' : 'notice ok'} role="status" data-message={message.key}>
          {t(message.key as MessageKey, message.params)}
        </p>
      )}
      {count > 0 && <p className="small muted">{t('communes2025.status.count', { count })}</p>}
    </section>
  );
}
