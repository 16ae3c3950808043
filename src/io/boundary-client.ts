/** Main-thread side of the boundary worker: one worker per file, kept while its dialog is open (to match again). */
import type { BoundaryFields } from '../domain/boundary-match';
import type { UnitSet } from '../domain/status-import';
import type { BoundaryFileHead, BoundaryMatchResult } from './boundary-import';
import type { BoundaryWorkerMessage, BoundaryWorkerRequest } from '../workers/boundary.worker';
import { callWorker, type Settle } from './worker-call';
import { provideTriangles } from '../geo/triangles';

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
  /** Ends the worker (the dialog is closed), once the last match's triangles are in (at most TRIANGLES_WAIT_MS later). */
  close(): void;
}

let nextId = 1;
/** The longest a closed file's worker is kept for the triangles of its last match. */
const TRIANGLES_WAIT_MS = 2000;
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
  // Each match's communes' triangles come after its result (../workers/boundary.worker.ts): given to the map's hatching
  // for that result's collection. Until the last match's have come, closing waits for them.
  const matched = new Map<number, BoundaryMatchResult['matched']>();
  let trianglesIn: Promise<void> = Promise.resolve();
  let trianglesCame = () => undefined as void;
  let latest = 0;
  worker.addEventListener('message', (event: MessageEvent<BoundaryWorkerMessage>) => {
    const m = event.data;
    if (m.type !== 'triangles') return;
    const collection = matched.get(m.id);
    matched.delete(m.id);
    if (collection && m.codes.length) provideTriangles(collection, new Map(m.codes.map((code, i) => [code, m.triangles[i]])));
    if (m.id === latest) trianglesCame();
  });
  // Progress is the reading's (its dialog); a match again with other fields is shown in the import dialog itself.
  const call = (request: BoundaryWorkerRequest, transfer: Transferable[] = []) => {
    const { id, type } = request;
    const settle = (m: BoundaryWorkerMessage): Settle<{ head: BoundaryFileHead; result: BoundaryMatchResult }> => {
      if (m.id !== id) return undefined;
      if (m.type === 'progress') {
        if (type === 'open') onProgress(m.done, m.total, m.stage);
        return undefined;
      }
      if (m.type === 'triangles') return undefined;
      if (m.type === 'error') return { error: new BoundaryImportError(m.key, m.params) };
      matched.set(id, m.result.matched);
      latest = id;
      trianglesIn = new Promise<void>((resolve) => (trianglesCame = resolve));
      return { result: { head: m.head, result: m.result } };
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
      close: () => {
        const stop = () => worker.terminate();
        void Promise.race([trianglesIn, new Promise((resolve) => setTimeout(resolve, TRIANGLES_WAIT_MS))]).then(stop);
      },
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}
