/** Main-thread side of the boundary worker: one worker per file, kept while its dialog is open (to match again). */
import type { BoundaryFields } from '../domain/boundary-match';
import type { UnitSet } from '../domain/status-import';
import type { BoundaryFileHead, BoundaryMatchResult } from './boundary-import';
import type { BoundaryWorkerMessage, BoundaryWorkerRequest } from '../workers/boundary.worker';
import { callWorker, type Settle } from './worker-call';

export class BoundaryImportError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

/** A file read in its worker: what it is, its first match (fields guessed), and matching again with other fields. */
export interface OpenBoundaryFile {
  head: BoundaryFileHead;
  result: BoundaryMatchResult;
  rematch(fields: BoundaryFields): Promise<BoundaryMatchResult>;
  /** Ends the worker (the dialog is closed). */
  close(): void;
}

let nextId = 1;
/** A worker started before a file is chosen (the Data tab is open): its code is loaded by the time a file is read. */
let spare: Worker | null = null;

const boundaryWorker = () => new Worker(new URL('../workers/boundary.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the boundary worker ahead of a file (idempotent); the next openBoundaryFile takes it. Given the province's
 * units, the worker makes their lookup meanwhile (once per units).
 */
export function prepareBoundaryWorker(units?: UnitSet): void {
  const fresh = !spare;
  spare ??= boundaryWorker();
  if (units && (fresh || units !== preparedUnits)) {
    preparedUnits = units;
    const message: BoundaryWorkerRequest = { id: 0, type: 'units', units: { province: units.province, districts: units.districts, communes: units.communes } };
    spare.postMessage(message);
  }
}
let preparedUnits: UnitSet | null = null;

/**
 * Reads a boundary file in a worker (the chosen File is read there, not here) and matches it to `units`. Cancelling
 * (`signal`) ends the worker at once, whatever it is doing (unzipping included), and rejects with ImportCancelled.
 */
export async function openBoundaryFile(
  file: { name: string; data: Blob | ArrayBuffer },
  units: UnitSet,
  onProgress: (done: number, total: number, stage: string) => void,
  signal?: AbortSignal,
): Promise<OpenBoundaryFile> {
  const worker = spare ?? boundaryWorker();
  spare = null;
  // Progress is the reading's (its dialog); a match again with other fields is shown in the import dialog itself.
  const call = (request: BoundaryWorkerRequest, transfer: Transferable[] = []) => {
    const { id, type } = request;
    const settle = (m: BoundaryWorkerMessage): Settle<{ head: BoundaryFileHead; result: BoundaryMatchResult }> => {
      if (m.id !== id) return undefined;
      if (m.type === 'progress') {
        if (type === 'open') onProgress(m.done, m.total, m.stage);
        return undefined;
      }
      return m.type === 'done' ? { result: { head: m.head, result: m.result } } : { error: new BoundaryImportError(m.key, m.params) };
    };
    return callWorker(worker, request, { transfer, settle, onError: () => new BoundaryImportError('file.error.unreadable', { name: file.name }), signal });
  };
  const units_: UnitSet = { province: units.province, districts: units.districts, communes: units.communes };
  try {
    // A Blob (the chosen File) is passed as a handle and read in the worker; an ArrayBuffer is transferred.
    const transfer = file.data instanceof ArrayBuffer ? [file.data] : [];
    const { head, result } = await call({ id: nextId++, type: 'open', name: file.name, data: file.data, units: units_ }, transfer);
    return {
      head,
      result,
      rematch: async (fields) => (await call({ id: nextId++, type: 'match', fields })).result,
      close: () => worker.terminate(),
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}
