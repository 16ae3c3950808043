/// <reference lib="webworker" />
/** Reads a status table off the main thread, reporting progress; the page can cancel by ending the worker. */
import { FileReadError, readStatusTable, type RawTable } from '../io/tables';

export type TableWorkerRequest = { id: number; name: string; data: ArrayBuffer };
export type TableWorkerMessage =
  | { id: number; type: 'progress'; share: number }
  | { id: number; type: 'done'; result: RawTable }
  | { id: number; type: 'error'; key: FileReadError['key']; params: Record<string, string | number> };

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = async (event: MessageEvent<TableWorkerRequest>) => {
  const { id, name, data } = event.data;
  const post = (m: TableWorkerMessage) => ctx.postMessage(m);
  try {
    const result = await readStatusTable(name, data, (share) => post({ id, type: 'progress', share }));
    post({ id, type: 'done', result });
  } catch (error) {
    if (error instanceof FileReadError) post({ id, type: 'error', key: error.key, params: error.params });
    else post({ id, type: 'error', key: 'file.error.unreadable', params: { name } });
  }
};
