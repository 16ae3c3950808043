/** Main-thread side of the table worker: progress, and cancel (the worker is ended, nothing is kept). */
import { FileReadError, type RawTable } from './tables';
import type { TableWorkerMessage } from '../workers/table.worker';

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

let nextId = 1;

export function readStatusTableInWorker(file: { name: string; data: ArrayBuffer }, onProgress: (share: number) => void, signal?: AbortSignal): Promise<RawTable> {
  const worker = new Worker(new URL('../workers/table.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  return new Promise<RawTable>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new ImportCancelled());
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    worker.onmessage = (event: MessageEvent<TableWorkerMessage>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.share);
      else {
        end();
        if (m.type === 'done') resolve(m.result);
        else reject(new FileReadError(m.key, m.params));
      }
    };
    worker.onerror = () => {
      end();
      reject(new FileReadError('file.error.unreadable', { name: file.name }));
    };
    worker.postMessage({ id, name: file.name, data: file.data }, [file.data]);
  });
}
