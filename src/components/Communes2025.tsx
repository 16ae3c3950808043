/**
 * Today's communes (units from 1 July 2025) in the reform scene's side panel: the communes (count, search) with the
 * one picked on the map opened on its predecessors and plan facts (NewCommunePredecessors). The legend and colour
 * choice beside the map are in ./Communes2025Legend.
 */
import { useState } from 'react';
import { nameKey } from '../domain/names';
import { useAppStore } from '../state/store';
import { useSettled } from '../state/settled';
import { selectOffice2025, selectProvince2025, selectView2025 } from '../state/province-choices';
import { selectT } from '../state/selectors';
import { UnfollowedCommunes } from './UnfollowedCommunes';
import { NewCommunePredecessors } from './NewCommunePredecessors';
import { Lagging2025Panel, OfficeFacts2025 } from './Office2025';
import type { MessageKey } from '../i18n/i18n';
import type { Table } from '../domain/table-shape';
import { statusTemplate2025, templateFileName2025 } from '../domain/status-import-2025';
import { readStatusTableInWorker } from '../io/table-client';
import { downloadBlob, downloadTable, downloadTableXlsx } from '../ui/download';
import { serializeOverlay } from '../domain/overlay';

/** The side panel's part on today's communes: count, search, and the commune picked (its predecessors). */
export function Communes2025Panel() {
  const t = useAppStore(selectT);
  const p = useAppStore(selectProvince2025);
  const focused = useAppStore((s) => s.focusedNewCommune);
  const view = useAppStore(selectView2025);
  const year = useSettled((s) => s.year);
  const setFocused = useAppStore.getState().setFocusedNewCommune;
  // Coloured by the office's 2025 table: the commune picked shows its facts there.
  const office = useAppStore(selectOffice2025) !== null;
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
      {commune && summary && !office && <NewCommunePredecessors summary={summary} view={view} year={year} t={t} onClose={() => setFocused(null)} />}
      {commune && (!summary || office) && (
        <div className="new-commune-predecessors" data-new-commune={commune.code} data-category="no-data">
          <h3>{t(office ? 'communes2025.office.commune' : 'newCommunes.panel.title', { name: commune.name, code: commune.code })}</h3>
          {office ? <OfficeFacts2025 code={commune.code} /> : <p className="small">{t('newCommunes.panel.noPlan')}</p>}
        </div>
      )}
      {p.model.unfollowed.length > 0 && <UnfollowedCommunes rows={p.model.unfollowed} t={t} />}
      <Status2025 />
      <Lagging2025Panel />
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
        <button type="button" id="template-2025-csv" onClick={() => void downloadTable(base, template(), 'csv')}>
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
      {count > 0 && (
        <p className="small muted">
          {t('communes2025.status.count', { count })} {/* The file `npm run export -- --table status-2025|lagging-2025 --overlay <file>` reads. */}
          <button
            type="button"
            className="link"
            id="export-overlay-2025"
            onClick={() => downloadBlob(`${p.model.province.slug}-2025-du-lieu.json`, new Blob([serializeOverlay(p.overlay)], { type: 'application/json' }))}
          >
            {t('communes2025.status.data')}
          </button>
        </p>
      )}
    </section>
  );
}
