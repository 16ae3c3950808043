/** Main-thread side of the boundary worker. */
import type { ParsedBoundaries } from './boundaries';
import type { BoundaryWorkerMessage } from '../workers/boundary.worker';
import { callWorker, type Settle } from './worker-call';

export class BoundaryImportError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

let nextId = 1;

/** Cancelling (`signal`) ends the worker at once, whatever it is doing (unzipping included), and rejects with ImportCancelled. */
export function readBoundariesInWorker(
  file: { name: string; data: ArrayBuffer },
  onProgress: (done: number, total: number, stage: string) => void,
  signal?: AbortSignal,
): Promise<ParsedBoundaries> {
  const worker = new Worker(new URL('../workers/boundary.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const settle = (m: BoundaryWorkerMessage): Settle<ParsedBoundaries> => {
    if (m.id !== id) return undefined;
    if (m.type === 'progress') {
      onProgress(m.done, m.total, m.stage);
      return undefined;
    }
    return m.type === 'done' ? { result: m.result } : { error: new BoundaryImportError(m.key, m.params) };
  };
  return callWorker(
    worker,
    { id, name: file.name, data: file.data },
    { transfer: [file.data], settle, onError: () => new BoundaryImportError('file.error.unreadable', { name: file.name }), terminate: true, signal },
  );
}
