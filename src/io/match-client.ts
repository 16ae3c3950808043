/** Status-table matching: on the main thread for small tables, in a worker above 5,000 rows. */
import type { ProvinceModel } from '../domain/model';
import { matchStatusRows, type ColumnMapping, type ImportReport } from '../domain/status-import';
import { withoutBlankRows } from '../domain/status-template';
import type { MatchResponse } from '../workers/match.worker';
import { callWorker } from './worker-call';

export const WORKER_THRESHOLD_ROWS = 5000;

let worker: Worker | null = null;
let nextId = 1;

/** Rows left blank (a partly filled template) are dropped first, so they are not reported as unmatched. */
export function matchRows(model: ProvinceModel, allRows: string[][], mapping: ColumnMapping): Promise<ImportReport> {
  const rows = withoutBlankRows(allRows, mapping);
  if (rows.length <= WORKER_THRESHOLD_ROWS) return Promise.resolve(matchStatusRows(model, rows, mapping));
  worker ??= new Worker(new URL('../workers/match.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return callWorker<{ id: number; model: ProvinceModel; rows: string[][]; mapping: ColumnMapping }, MatchResponse, ImportReport>(
    w,
    { id, model, rows, mapping },
    { settle: (m) => (m.id === id ? { result: m.report } : undefined), onError: (e) => new Error(e.message) },
  );
}
