/** Main-thread side of the boundary worker. */
import type { ParsedBoundaries } from './boundaries';
import type { BoundaryWorkerMessage } from '../workers/boundary.worker';
import { ImportCancelled } from './table-client';

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
  return new Promise<ParsedBoundaries>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new ImportCancelled());
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<BoundaryWorkerMessage>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else {
        signal?.removeEventListener('abort', stop);
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new BoundaryImportError(m.key, m.params));
      }
    };
    worker.onerror = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new BoundaryImportError('file.error.unreadable', { name: file.name }));
    };
    worker.postMessage({ id, name: file.name, data: file.data }, [file.data]);
  });
}
