/// <reference lib="webworker" />
/** Matches large status tables (more than 5,000 rows) to units off the main thread. */
import type { ProvinceModel } from '../domain/model';
import { matchStatusRows, type ColumnMapping, type ImportReport } from '../domain/status-import';

export type MatchRequest = { id: number; model: ProvinceModel; rows: string[][]; mapping: ColumnMapping };
export type MatchResponse = { id: number; report: ImportReport };

const ctx = self as unknown as DedicatedWorkerGlobalScope;
ctx.onmessage = (event: MessageEvent<MatchRequest>) => {
  const { id, model, rows, mapping } = event.data;
  ctx.postMessage({ id, report: matchStatusRows(model, rows, mapping) } satisfies MatchResponse);
};
