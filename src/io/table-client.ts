/** Main-thread side of the table worker: progress, and cancel (the worker is ended, nothing is kept). */
import { FileReadError } from './table-limits';
import type { RawTable } from './tables';
import type { TableWorkerMessage } from '../workers/table.worker';
import { callWorker, ImportCancelled, type Settle } from './worker-call';

export { ImportCancelled };

let nextId = 1;

export function readStatusTableInWorker(
  file: { name: string; data: ArrayBuffer },
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<RawTable> {
  const worker = new Worker(new URL('../workers/table.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const settle = (m: TableWorkerMessage): Settle<RawTable> => {
    if (m.id !== id) return undefined;
    if (m.type === 'progress') {
      onProgress(m.share);
      return undefined;
    }
    return m.type === 'done' ? { result: m.result } : { error: new FileReadError(m.key, m.params) };
  };
  return callWorker(
    worker,
    { id, name: file.name, data: file.data },
    { transfer: [file.data], settle, onError: () => new FileReadError('file.error.unreadable', { name: file.name }), terminate: true, signal },
  );
}
