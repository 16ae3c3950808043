/// <reference lib="webworker" />
/** Parses, checks and simplifies a boundary file off the main thread, reporting progress. */
import { BoundaryFileError, readBoundaries } from '../io/boundaries';

export type BoundaryWorkerRequest = { id: number; name: string; data: ArrayBuffer };
export type BoundaryWorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number; stage: 'parse' | 'simplify' }
  | { id: number; type: 'done'; result: Awaited<ReturnType<typeof readBoundaries>> }
  | { id: number; type: 'error'; key: string; params: Record<string, string | number> };

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = async (event: MessageEvent<BoundaryWorkerRequest>) => {
  const { id, name, data } = event.data;
  const post = (m: BoundaryWorkerMessage) => ctx.postMessage(m);
  try {
    post({ id, type: 'progress', done: 0, total: 1, stage: 'parse' });
    const result = await readBoundaries(name, data, (done, total) => post({ id, type: 'progress', done, total, stage: 'simplify' }));
    post({ id, type: 'done', result });
  } catch (error) {
    if (error instanceof BoundaryFileError) post({ id, type: 'error', key: error.key, params: error.params });
    else {
      console.error('boundary worker:', error); // the user sees "unreadable"; the console keeps the cause
      post({ id, type: 'error', key: 'file.error.unreadable', params: { name } });
    }
  }
};
