/**
 * One typed helper for every call to a Web Worker (boundary parsing, status join, dissolving into the 2025
 * communes): posts a request, reads the worker's messages until one settles the call, and cleans up.
 */

/** What a message means for the call: its result, its error, or nothing yet (progress, or another call's answer). */
export type Settle<Res> = { result: Res } | { error: Error } | undefined;

export interface WorkerCallOptions<Msg, Res> {
  /** Objects moved to the worker rather than copied (e.g. a file's ArrayBuffer). */
  transfer?: Transferable[];
  settle: (message: Msg) => Settle<Res>;
  /** The error when the worker itself fails (script error, uncaught exception). */
  onError: (event: ErrorEvent) => Error;
  /** One-shot worker: terminated once the call is settled. */
  terminate?: boolean;
  /** Cancelling ends the worker at once, whatever it is doing, and rejects the call with ImportCancelled. */
  signal?: AbortSignal;
}

/** The user cancelled a worker call (the worker was ended; nothing it did is kept). */
export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function callWorker<Req, Msg, Res>(worker: Worker, request: Req, options: WorkerCallOptions<Msg, Res>): Promise<Res> {
  return new Promise<Res>((resolve, reject) => {
    const { signal } = options;
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', cancel);
      if (options.terminate) worker.terminate();
    };
    const cancel = () => {
      done();
      worker.terminate();
      reject(new ImportCancelled());
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    const onMessage = (event: MessageEvent<Msg>) => {
      const outcome = options.settle(event.data);
      if (!outcome) return;
      done();
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome.result);
    };
    const onError = (event: ErrorEvent) => {
      done();
      reject(options.onError(event));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request, options.transfer ?? []);
  });
}
