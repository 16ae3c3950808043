/** The office's own data: who is editing, imports, exports, change history with undo, reset to plan data. */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { UnitHistoryReport } from './UnitHistoryReport';
import { serializeOverlay } from '../domain/overlay';
import { buildTable } from '../domain/tables';
import { formatDate, type MessageKey } from '../i18n/i18n';
import { openBoundaryFile, prepareBoundaryWorker, BoundaryImportError } from '../io/boundary-client';
import { FileReadError, MAX_TABLE_BYTES, MAX_TABLE_ROWS } from '../io/tables';
import { ImportCancelled, readStatusTableInWorker } from '../io/table-client';
import { MAX_BOUNDARY_BYTES, MAX_UNZIPPED_BYTES, MAX_VERTICES } from '../io/boundaries';
import { useAppStore } from '../state/store';
import { selectModel, selectPlanModel, selectT } from '../state/selectors';
import { saveErrorMessage } from '../state/overlay-commit';
import { downloadBlob, downloadTable, downloadTableXlsx } from '../ui/download';
import { BoundaryImport, ImportProgress, stageMatch, TableImport, type PendingImport } from './ImportDialog';
import { Section } from './parts';
import { FactsSummary } from './FactsSummary';

/** Largest JSON backup accepted. */
const MAX_JSON_MB = 50;
import { SyncPanel } from '../sync/SyncPanel';

function errorMessage(e: unknown, name: string): { key: string; params: Record<string, string | number> } {
  if (e instanceof FileReadError || e instanceof BoundaryImportError) return { key: e.key, params: { name, ...e.params } };
  return { key: 'file.error.unreadable', params: { name } };
}

function FilePicker({ id, label, accept, onFile }: { id: string; label: string; accept: string; onFile: (file: File) => void }) {
  const t = useAppStore(selectT);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <label htmlFor={id}>
        <strong>{label}</strong>
        <span className="small muted">{t('data.drop')}</span>
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </div>
  );
}

/**
 * The three file imports (boundaries, status table, JSON backup) with their dialogs: the import's state lives here, so
 * that its progress steps and dialogs re-render this part alone, not the whole Data tab (its facts summary, history).
 */
function Imports({ needName }: { needName: boolean }) {
  const model = useAppStore(selectModel);
  const planModel = useAppStore(selectPlanModel);
  const overlay = useAppStore((s) => s.overlay);
  const [pending, setPending] = useState<PendingImport | null>(null);
  // The running read, cancelled from its progress dialog (the worker is ended; nothing is kept).
  const reading = useRef<AbortController | null>(null);
  // The boundary worker's code loads as soon as the tab is open (while a name is typed), not after the file is chosen.
  // After an import, the next one is started when the pointer or focus comes back to the pickers, not while the
  // imported polygons are being drawn (it would compete with the map for the processor).
  const ready = Boolean(model && overlay);
  // So do the map's (hidden) commune layers, which an import of commune polygons fills (ImportDialog stageMatch).
  useEffect(() => {
    if (!ready) return;
    if (planModel) prepareBoundaryWorker(planModel);
    if (useAppStore.getState().stagedCommunes === null) stageMatch('ready');
  }, [ready, planModel]);
  const prepare = () => planModel && prepareBoundaryWorker(planModel);
  const t = useAppStore(selectT);
  const store = useAppStore.getState();
  const fail = (e: unknown, name: string) =>
    store.setDataMessage(e instanceof ImportCancelled ? { kind: 'ok', key: 'import.cancelled' } : { kind: 'error', ...errorMessage(e, name) });
  const startReading = () => {
    reading.current?.abort();
    reading.current = new AbortController();
    return reading.current.signal;
  };
  const cancelReading = () => reading.current?.abort();

  const onTable = async (file: File) => {
    store.setDataMessage(null);
    if (file.size > MAX_TABLE_BYTES) return fail(new FileReadError('file.error.tooLarge', { limit: MAX_TABLE_BYTES / 1024 / 1024 }), file.name);
    const signal = startReading();
    setPending({ kind: 'progress', of: 'table', fileName: file.name, share: 0 });
    try {
      const table = await readStatusTableInWorker(
        { name: file.name, data: await file.arrayBuffer() },
        (share) => setPending({ kind: 'progress', of: 'table', fileName: file.name, share }),
        signal,
      );
      setPending({ kind: 'table', fileName: file.name, table });
    } catch (e) {
      setPending(null);
      fail(e, file.name);
    }
  };
  const onBoundaries = async (file: File) => {
    store.setDataMessage(null);
    if (!planModel) return;
    if (file.size > MAX_BOUNDARY_BYTES) return fail(new FileReadError('file.error.tooLarge', { limit: MAX_BOUNDARY_BYTES / 1024 / 1024 }), file.name);
    const signal = startReading();
    setPending({ kind: 'progress', of: 'boundaries', fileName: file.name, share: 0 });
    try {
      // Matched in the worker: only the province's polygons come back.
      const opened = await openBoundaryFile(
        { name: file.name, data: file },
        planModel,
        // The worker sends at most one step per PROGRESS_MS: each is drawn, even when several wait behind other work.
        (done, total) =>
          flushSync(() => setPending({ kind: 'progress', of: 'boundaries', fileName: file.name, share: total > 0 ? done / total : 0, count: { done, total } })),
        signal,
      );
      // The map takes the matched polygons while the report is read (ImportDialog stageMatch), and the report is
      // shown a task later: MapLibre sends them to its worker a few microtasks on, after any render queued before.
      stageMatch(opened.result);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) {
        stageMatch(null);
        opened.close();
        return;
      }
      setPending({ kind: 'boundaries', fileName: file.name, opened });
    } catch (e) {
      stageMatch(null);
      setPending(null);
      fail(e, file.name);
    }
  };
  const onJson = async (file: File) => {
    store.setDataMessage(null);
    if (!/\.json$/i.test(file.name)) return fail(new FileReadError('file.error.type'), file.name);
    if (file.size === 0) return fail(new FileReadError('file.error.empty'), file.name);
    if (file.size > MAX_JSON_MB * 1024 * 1024) return fail(new FileReadError('file.error.tooLarge', { limit: MAX_JSON_MB }), file.name);
    try {
      await store.importOverlayText(await file.text());
    } catch (e) {
      store.setDataMessage(saveErrorMessage(e));
    }
  };

  return (
    <>
      <fieldset className="imports" disabled={needName} onPointerOver={prepare} onFocus={prepare}>
        <FilePicker
          id="import-boundaries"
          label={t('data.importBoundaries')}
          accept=".geojson,.json,.topojson,.zip,.kml"
          onFile={(f) => void onBoundaries(f)}
        />
        <FilePicker id="import-table" label={t('data.importTable')} accept=".csv,.txt,.tsv,.xlsx" onFile={(f) => void onTable(f)} />
        <FilePicker id="import-json" label={t('data.importJson')} accept=".json" onFile={(f) => void onJson(f)} />
      </fieldset>
      {pending?.kind === 'table' && <TableImport pending={pending} onDone={() => setPending(null)} />}
      {pending?.kind === 'progress' && <ImportProgress pending={pending} onCancel={cancelReading} />}
      {pending?.kind === 'boundaries' && (
        <BoundaryImport
          pending={pending}
          onDone={() => {
            pending.opened.close();
            setPending(null);
          }}
        />
      )}
    </>
  );
}

export function DataPanel() {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const model = useAppStore(selectModel);
  const overlay = useAppStore((s) => s.overlay);
  const userName = useAppStore((s) => s.userName);
  const message = useAppStore((s) => s.dataMessage);
  const communeBoundaries = useAppStore((s) => s.communeBoundaries);
  const districtBoundaries = useAppStore((s) => s.districtBoundaries);
  const store = useAppStore.getState();
  if (!model || !overlay) return null;
  const needName = !userName.trim();
  const slug = model.plan.province.slug;
  const communesTable = () => buildTable(model, 'communes', { t, language });
  const last = overlay.history[overlay.history.length - 1];

  return (
    <div className="area-panel data-panel">
      <h2 id="panel-title">{t('data.title')}</h2>
      <SyncPanel />
      <label className="user-name">
        <span>{t('data.user')}</span>
        <input id="user-name" type="text" value={userName} maxLength={80} onChange={(e) => store.setUserName(e.target.value)} />
        <span className="small muted">{t('data.userHint')}</span>
      </label>
      {message && (
        <p
          className={message.kind === 'error' ? 'notice error-text' : 'notice ok'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-message={message.key}
        >
          {t(message.key as MessageKey, message.params)}
        </p>
      )}
      {needName && <p className="notice">{t('data.needName')}</p>}
      <FactsSummary model={model} />
      <Imports needName={needName} />
      <p className="small muted" id="import-limits">
        {t('data.limits', {
          tableMb: MAX_TABLE_BYTES / 1024 / 1024,
          rows: MAX_TABLE_ROWS,
          boundaryMb: MAX_BOUNDARY_BYTES / 1024 / 1024,
          zipMb: MAX_UNZIPPED_BYTES / 1024 / 1024,
          vertices: MAX_VERTICES,
          jsonMb: MAX_JSON_MB,
        })}
      </p>
      <p className="small">
        {communeBoundaries
          ? t('data.boundaries', {
              file: communeBoundaries.fileName,
              count: communeBoundaries.features.features.length,
              by: communeBoundaries.importedBy,
              date: formatDate(communeBoundaries.importedAt.slice(0, 10), language),
            })
          : t('data.noBoundaries')}
        {communeBoundaries && (
          <button type="button" className="link" onClick={() => void store.removeBoundaries('commune')}>
            {' '}
            {t('data.removeBoundaries')}
          </button>
        )}
        {districtBoundaries && (
          <button type="button" className="link" onClick={() => void store.removeBoundaries('district')}>
            {' '}
            × {districtBoundaries.fileName}
          </button>
        )}
      </p>
      <div className="exports wide">
        <button
          type="button"
          id="export-overlay"
          onClick={() => downloadBlob(`${slug}-du-lieu.json`, new Blob([serializeOverlay(overlay)], { type: 'application/json' }))}
        >
          {t('data.exportJson')}
        </button>
        <button type="button" id="export-csv" onClick={() => void downloadTable(`${slug}-trang-thai-xa`, communesTable(), 'csv')}>
          {t('data.exportCsv')}
        </button>
        <button type="button" onClick={() => void downloadTableXlsx(`${slug}-trang-thai-xa`, communesTable())}>
          {t('data.exportXlsx')}
        </button>
      </div>
      <UnitHistoryReport />
      <Section title={t('data.history')}>
        {overlay.history.length === 0 ? (
          <p className="empty">{t('data.historyEmpty')}</p>
        ) : (
          <ol className="history" reversed>
            {[...overlay.history].reverse().map((h) => (
              <li key={h.id}>
                {t('data.changeSet', {
                  by: h.by || '—',
                  at: `${formatDate(h.at.slice(0, 10), language)} ${h.at.slice(11, 16)}`,
                  label: h.label,
                  count: h.changes.length,
                })}
              </li>
            ))}
          </ol>
        )}
        {last && (
          <button
            type="button"
            id="undo"
            onClick={() =>
              void store
                .undo()
                .then(() => store.setDataMessage({ kind: 'ok', key: 'data.undone' }))
                .catch((e) => store.setDataMessage(saveErrorMessage(e)))
            }
          >
            {t('data.undo')}
          </button>
        )}
      </Section>
      <Section title={t('data.reset')}>
        <button
          type="button"
          id="reset"
          className="danger"
          onClick={() => {
            if (window.confirm(t('data.resetConfirm')))
              void store
                .resetToPlan()
                .then(() => store.setDataMessage({ kind: 'ok', key: 'data.resetDone' }))
                .catch((e) => store.setDataMessage(saveErrorMessage(e)));
          }}
        >
          {t('data.reset')}
        </button>
      </Section>
    </div>
  );
}
