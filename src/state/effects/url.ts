/**
 * The URL ↔ store link: the first view is read from the URL, a change to the shareable state pushes a history
 * entry (only such changes: hover, tabs or loading do not touch the URL), back/forward apply the URL again.
 */
import { selectShared } from '../selectors';
import { fromQuery, toQuery, type SharedState } from '../url';
import { watch, type Store } from './watch';

export function readUrl(): SharedState {
  return fromQuery(window.location.search);
}

/** The query string for the state, or null while a province is loading (nothing to share yet). */
function queryOf(store: Store): string | null {
  const state = store.getState();
  return state.status === 'ready' ? toQuery(selectShared(state)) : null;
}

/** Writes the current state into the URL without a new history entry (after the first load). */
export function replaceUrl(store: Store): void {
  const query = queryOf(store);
  if (query !== null) window.history.replaceState(null, '', `${window.location.pathname}${query}`);
}

type PostTask = (work: () => void, options: { priority: 'user-blocking' }) => Promise<unknown>;

/** A task of its own, user-blocking where the browser has the Scheduler API (ahead of other queued tasks). */
function userBlockingTask(work: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(work, { priority: 'user-blocking' });
  else setTimeout(work, 0);
}

/** Runs `work` once, at the first of the given moments. */
export function firstOf(...moments: ((run: () => void) => void)[]): (work: () => void) => void {
  return (work) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      work();
    };
    moments.forEach((moment) => moment(once));
  };
}

/**
 * Right after the current task (the click that changed the view), or at the start of the next frame if the
 * browser runs a frame first (under software WebGL a frame can take hundreds of ms: the URL must not wait for it).
 */
export const soon = firstOf(userBlockingTask, (run) => void requestAnimationFrame(run));

/**
 * Calls `write` with the latest value after `schedule` fires, once for any number of changes meanwhile (the
 * changes of one interaction become one write). `cancel` drops a pending write.
 */
export function coalesced<T>(schedule: (run: () => void) => void, write: (value: T) => void): { change: (value: T) => void; cancel: () => void } {
  let pending: { value: T } | null = null;
  let generation = 0;
  return {
    change(value) {
      const first = pending === null;
      pending = { value };
      if (!first) return;
      const mine = generation;
      schedule(() => {
        if (mine !== generation || !pending) return;
        const { value: latest } = pending;
        pending = null;
        write(latest);
      });
    },
    cancel() {
      pending = null;
      generation++;
    },
  };
}

/**
 * Keeps the URL in step with the store (push on change) and the store with the URL (back/forward). The history
 * entry is written in a task after the change (pushState costs the main thread a few ms, and the browser then fetches
 * the page's icon again: issue 19, not in the click that switches the view), once for the changes of one interaction.
 */
export function syncUrl(store: Store, schedule: (run: () => void) => void = soon): () => void {
  let applying = false;
  const push = coalesced<string>(schedule, (query) => {
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  });
  const stop = watch(
    store,
    (s) => (s.status === 'ready' ? toQuery(selectShared(s)) : null),
    (query) => {
      if (applying || query === null) return;
      push.change(query);
    },
  );
  const onPop = () => {
    push.cancel();
    applying = true;
    void store
      .getState()
      .applyShared(readUrl())
      .finally(() => {
        applying = false;
      });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    stop();
    push.cancel();
    window.removeEventListener('popstate', onPop);
  };
}
