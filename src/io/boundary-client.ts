/** Main-thread side of the boundary worker. */
import type { ParsedBoundaries } from './boundaries';
import type { BoundaryWorkerMessage } from '../workers/boundary.worker';

export class BoundaryImportError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

let nextId = 1;

export function readBoundariesInWorker(file: { name: string; data: ArrayBuffer }, onProgress: (done: number, total: number, stage: string) => void): Promise<ParsedBoundaries> {
  const worker = new Worker(new URL('../workers/boundary.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  return new Promise<ParsedBoundaries>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BoundaryWorkerMessage>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new BoundaryImportError(m.key, m.params));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new BoundaryImportError('file.error.unreadable', { name: file.name }));
    };
    worker.postMessage({ id, name: file.name, data: file.data }, [file.data]);
  });
}
