/**
 * Import dialogs. Tables: column mapping with preview, a live matching report, then all matched rows are
 * applied together, or nothing on cancel. Boundaries: parsed and simplified in a worker with a progress bar,
 * fields chosen, features joined to units, then saved together, or nothing on cancel.
 */
import { useEffect, useRef, useState } from 'react';
import { guessBoundaryFields, type BoundaryFields } from '../domain/boundary-match';
import { canImport, guessMapping, importUpdates, IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportReport } from '../domain/status-import';
import { matchRows } from '../io/match-client';
import type { OpenBoundaryFile } from '../io/boundary-client';
import type { BoundaryMatchResult } from '../io/boundary-import';
import type { RawTable } from '../io/tables';
import type { StoredBoundaries } from '../io/storage';
import type { MessageKey, Translate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectPlanModel, selectT } from '../state/selectors';
import { saveErrorMessage } from '../state/overlay-commit';

export type PendingImport =
  | { kind: 'table'; fileName: string; table: RawTable }
  /** A file being read in a worker (a status table or boundaries): share done 0..1, and the features done when counted. */
  | { kind: 'progress'; of: 'table' | 'boundaries'; fileName: string; share: number; count?: { done: number; total: number } }
  /** A boundary file read and matched in its worker (kept to match again with other fields). */
  | { kind: 'boundaries'; fileName: string; opened: OpenBoundaryFile };

function Modal({ title, children, onClose }: { title: string; children: React.ReactNode; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="import-title">{title}</h2>
      {children}
    </dialog>
  );
}

function reasonText(t: Translate, r: { key: string; params: Record<string, string | number> }): string {
  const params = { ...r.params };
  if (typeof params.field === 'string' && (IMPORT_FIELDS as readonly string[]).includes(params.field)) params.field = t(`field.${params.field}` as MessageKey);
  return t(r.key as MessageKey, params);
}

export function TableImport({ pending, onDone }: { pending: Extract<PendingImport, { kind: 'table' }>; onDone: () => void }) {
  const t = useAppStore(selectT);
  const model = useAppStore(selectPlanModel);
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(pending.table.header));
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  useEffect(() => {
    let current = true;
    setReport(null);
    if (model && canImport(mapping)) void matchRows(model, pending.table.rows, mapping).then((r) => current && setReport(r));
    return () => {
      current = false;
    };
  }, [model, mapping, pending]);
  if (!model) return null;
  const updates = report ? importUpdates(report) : [];
  const problems = report ? report.rows.filter((r) => r.outcome !== 'matched') : [];
  const cancel = () => {
    useAppStore.getState().setDataMessage({ kind: 'ok', key: 'import.cancelled' });
    onDone();
  };
  const apply = async () => {
    setBusy(true);
    try {
      const changed = await useAppStore.getState().applyFacts(updates, 'import', pending.fileName);
      useAppStore
        .getState()
        .setDataMessage(changed ? { kind: 'ok', key: 'data.saved', params: { count: updates.length } } : { kind: 'ok', key: 'data.nothingChanged' });
    } catch (e) {
      useAppStore.getState().setDataMessage(saveErrorMessage(e));
    }
    onDone();
  };
  const tbl = pending.table;
  return (
    <Modal title={t('import.title.table', { file: pending.fileName })} onClose={cancel}>
      <p className="small">
        {t('import.fileInfo', { format: tbl.format.toUpperCase(), rows: tbl.rows.length })}
        {tbl.encoding && ` · ${t('import.encoding', { encoding: tbl.encoding, delimiter: tbl.delimiter === '\t' ? 'Tab' : (tbl.delimiter ?? '') })}`}
      </p>
      {tbl.legacyLines && (
        <p className="notice warn" role="alert" data-warning="encoding-mixed">
          {t('import.encodingMixed', {
            count: tbl.legacyLines.length,
            lines: tbl.legacyLines.slice(0, 10).join(', ') + (tbl.legacyLines.length > 10 ? ', …' : ''),
          })}
        </p>
      )}
      <fieldset className="mapping">
        <legend>{t('import.mapping')}</legend>
        {IMPORT_FIELDS.map((f: ImportField) => (
          <label key={f}>
            <span>{t(`field.${f}` as MessageKey)}</span>
            <select
              data-field={f}
              value={mapping[f] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [f]: e.target.value === '' ? undefined : Number(e.target.value) })}
            >
              <option value="">{t('import.none')}</option>
              {tbl.header.map((h, i) => (
                <option key={i} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <h3>{t('import.preview')}</h3>
      <div className="preview">
        <table className="data">
          <thead>
            <tr>
              {tbl.header.map((h, i) => (
                <th key={i}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tbl.rows.slice(0, 5).map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!canImport(mapping) ? (
        <p className="warn">{t('import.needKey')}</p>
      ) : !report ? (
        <p>{t('import.reading')}</p>
      ) : (
        <>
          <p className="import-summary" role="status">
            {t('import.summary', report.counts)}
          </p>
          {problems.length > 0 && (
            <>
              <h3>{t('import.problemRows')}</h3>
              <ul className="import-problems">
                {problems.slice(0, 100).map((r) => (
                  <li key={r.line} data-outcome={r.outcome}>
                    <strong>{t('import.line', { line: r.line })}</strong>: {reasonText(t, r.reason)}
                  </li>
                ))}
                {problems.length > 100 && <li>{t('import.more', { count: problems.length - 100 })}</li>}
              </ul>
            </>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={cancel}>
          {t('import.cancel')}
        </button>
        <button type="button" className="primary" id="import-apply" disabled={busy || updates.length === 0} onClick={() => void apply()}>
          {t('import.apply', { count: updates.length })}
        </button>
      </div>
    </Modal>
  );
}

/**
 * Reading a file in a worker, tables and boundaries alike: a progress bar (role progressbar, its value and its
 * words for screen readers) with the percentage, and the count of features when there is one; cancellable.
 */
export function ImportProgress({ pending, onCancel }: { pending: Extract<PendingImport, { kind: 'progress' }>; onCancel: () => void }) {
  const t = useAppStore(selectT);
  const percent = Math.round(Math.min(1, Math.max(0, pending.share)) * 100);
  const words =
    pending.count && pending.count.total > 1
      ? t('import.progressPercent', { done: pending.count.done, total: pending.count.total, percent })
      : t('import.readingPercent', { percent });
  return (
    <Modal title={t(pending.of === 'table' ? 'import.title.table' : 'import.title.boundaries', { file: pending.fileName })} onClose={onCancel}>
      <p id="import-progress-words">{words}</p>
      <progress className="import-progress" max={1} value={pending.share} aria-labelledby="import-progress-words" aria-valuetext={words} />
      <div className="dialog-actions">
        <button type="button" id="import-cancel-reading" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </Modal>
  );
}

const NOTHING_YET: BoundaryMatchResult['matched'] = { type: 'FeatureCollection', features: [] };

/**
 * Hands a commune match's polygons to the map ahead of the confirmation (the store's stagedCommunes; nothing shown
 * changes): null, or a district match, stages none; 'ready' (the Data tab open, no file yet) an empty collection,
 * for which the map adds the communes' hidden layers beforehand (./map/layers/commune.ts).
 */
export function stageMatch(match: BoundaryMatchResult | 'ready' | null): void {
  const staged = match === 'ready' ? NOTHING_YET : match?.fields.tier === 'commune' ? match.matched : null;
  useAppStore.getState().stageCommunes(staged);
}

/** Whether these boundaries are already the store's (drawn), as soon as setBoundaries has been called. */
const drawnAlready = (b: StoredBoundaries) => {
  const s = useAppStore.getState();
  return (b.tier === 'commune' ? s.communeBoundaries : s.districtBoundaries) === b;
};

export function BoundaryImport({ pending, onDone }: { pending: Extract<PendingImport, { kind: 'boundaries' }>; onDone: () => void }) {
  const t = useAppStore(selectT);
  const model = useAppStore(selectPlanModel);
  const userName = useAppStore((s) => s.userName);
  const { opened } = pending;
  const [fields, setFields] = useState<BoundaryFields>(opened.result.fields);
  // The match shown: the worker's first (fields guessed), then one per change of fields; null while it is redone.
  const [match, setMatch] = useState<BoundaryMatchResult | null>(opened.result);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  // Whatever ends the dialog (confirmed, cancelled, the panel closed), nothing stays staged.
  useEffect(() => () => stageMatch(null), []);
  const choose = (next: BoundaryFields) => {
    setFields(next);
    setMatch(null);
    const asked = ++latest.current;
    opened.rematch(next).then(
      (r) => {
        if (latest.current !== asked) return;
        stageMatch(r);
        setMatch(r);
      },
      () => {
        useAppStore.getState().setDataMessage({ kind: 'error', key: 'file.error.unreadable', params: { name: pending.fileName } });
        onDone();
      },
    );
  };
  if (!model) return null;
  const cancel = () => {
    useAppStore.getState().setDataMessage({ kind: 'ok', key: 'import.cancelled' });
    onDone();
  };
  const apply = async () => {
    if (!match) return;
    setBusy(true);
    const boundaries: StoredBoundaries = {
      provinceCode: model.province.code,
      tier: match.fields.tier,
      fileName: pending.fileName,
      importedAt: new Date().toISOString(),
      importedBy: userName,
      features: match.matched,
    };
    const saving = useAppStore.getState().setBoundaries(boundaries);
    // Drawn at once (on this device, the map has them before they are written): the dialog closes in the same task,
    // so that its closing is in the map's first frame rather than a task of its own while the tiles are cut. Shared
    // boundaries are drawn once the server has them: the dialog stays (busy) until then.
    const drawn = drawnAlready(boundaries);
    if (drawn) onDone();
    try {
      await saving;
      useAppStore.getState().setDataMessage({ kind: 'ok', key: 'data.boundariesSaved', params: { count: match.counts.matched } });
    } catch (e) {
      useAppStore.getState().setDataMessage(saveErrorMessage(e));
    }
    if (!drawn) onDone();
  };
  const keys = opened.head.properties;
  const fieldSelect = (name: 'codeField' | 'nameField' | 'districtField', label: string) => (
    <label>
      <span>{label}</span>
      <select data-field={name} value={fields[name] ?? ''} onChange={(e) => choose({ ...fields, [name]: e.target.value || undefined })}>
        <option value="">{t('import.none')}</option>
        {keys.map((k) => (
          <option key={k.key} value={k.key}>
            {k.key} ({k.samples.join(', ')})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Modal title={t('import.title.boundaries', { file: pending.fileName })} onClose={cancel}>
      <p className="small">
        {opened.head.format.toUpperCase()}
        {match && ` · ${t('import.vertices', { before: match.verticesBefore, after: match.verticesAfter })}`}
        {(opened.head.dropped.notPolygon > 0 || opened.head.dropped.broken > 0) && ` · ${t('import.dropped', opened.head.dropped)}`}
        {opened.head.dropped.outOfRange > 0 && ` · ${t('import.droppedRange', { count: opened.head.dropped.outOfRange })}`}
      </p>
      <fieldset className="mapping">
        <legend>{t('import.mapping')}</legend>
        <label>
          <span>{t('import.tier')}</span>
          <select data-field="tier" value={fields.tier} onChange={(e) => choose(guessBoundaryFields(keys, e.target.value as 'district' | 'commune'))}>
            <option value="commune">{t('tier.commune')}</option>
            <option value="district">{t('tier.district')}</option>
          </select>
        </label>
        {fieldSelect('codeField', t('import.codeField'))}
        {fieldSelect('nameField', t('import.nameField'))}
        {fields.tier === 'commune' && fieldSelect('districtField', t('import.districtField'))}
      </fieldset>
      {!match ? (
        <p>{t('import.reading')}</p>
      ) : (
        <>
          <p className="import-summary" role="status">
            {t('import.summary', match.counts)}
          </p>
          {match.missing > 0 && <p className="small">{t('import.missing', { count: match.missing })}</p>}
          {match.problems.length > 0 && (
            <ul className="import-problems">
              {match.problems.map((r) => (
                <li key={r.index}>
                  <strong>{r.label}</strong>: {reasonText(t, r.reason)}
                </li>
              ))}
              {match.problemCount > match.problems.length && <li>{t('import.more', { count: match.problemCount - match.problems.length })}</li>}
            </ul>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={cancel}>
          {t('import.cancel')}
        </button>
        <button type="button" className="primary" id="import-apply" disabled={busy || !match || match.counts.matched === 0} onClick={() => void apply()}>
          {t('import.applyBoundaries', { count: match?.counts.matched ?? 0 })}
        </button>
      </div>
    </Modal>
  );
}
