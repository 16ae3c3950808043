/** The typed worker-call helper (src/io/worker-call.ts), on a stand-in worker. */
import { describe, expect, it } from 'vitest';
import { callWorker } from '../../src/io/worker-call';

type Msg = { id: number; type: 'progress' | 'done' | 'failed'; value?: number };

/** Answers each request with the scripted messages; records what was posted and whether it was terminated. */
class ScriptedWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  constructor(private readonly script: (request: { id: number }) => (Msg | 'crash')[]) {
    super();
  }
  postMessage(request: { id: number }) {
    this.posted.push(request);
    queueMicrotask(() => {
      for (const m of this.script(request)) {
        if (m === 'crash') this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
        else this.dispatchEvent(new MessageEvent('message', { data: m }));
      }
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const settle = (id: number, progress: number[]) => (m: Msg) => {
  if (m.id !== id) return undefined;
  if (m.type === 'progress') {
    progress.push(m.value ?? 0);
    return undefined;
  }
  return m.type === 'done' ? { result: m.value ?? 0 } : { error: new Error(`failed ${m.id}`) };
};

describe('calling a worker', () => {
  it('reports progress, skips other calls’ answers and settles on the final message', async () => {
    const worker = new ScriptedWorker(({ id }) => [
      { id, type: 'progress', value: 1 },
      { id: id + 1, type: 'done', value: 99 },
      { id, type: 'progress', value: 2 },
      { id, type: 'done', value: 42 },
      { id, type: 'progress', value: 3 },
    ]);
    const progress: number[] = [];
    const result = await callWorker(worker as unknown as Worker, { id: 7 }, { settle: settle(7, progress), onError: () => new Error('x'), terminate: true });
    await Promise.resolve();
    expect(result).toBe(42);
    expect(progress).toEqual([1, 2]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the error the worker reports, or the one made from a crash; a kept worker stays alive', async () => {
    const failing = new ScriptedWorker(({ id }) => [{ id, type: 'failed' }]);
    await expect(callWorker(failing as unknown as Worker, { id: 1 }, { settle: settle(1, []), onError: () => new Error('x') })).rejects.toThrow('failed 1');
    expect(failing.terminated).toBe(false);
    const crashing = new ScriptedWorker(() => ['crash']);
    await expect(
      callWorker(crashing as unknown as Worker, { id: 2 }, { settle: settle(2, []), onError: (e) => new Error(`crashed: ${e.message}`), terminate: true }),
    ).rejects.toThrow('crashed: boom');
    expect(crashing.terminated).toBe(true);
  });
});
