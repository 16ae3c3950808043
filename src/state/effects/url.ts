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

/** Runs `work` once the next frame has been drawn (a task after it): the map repaints before the URL is written. */
export function afterNextFrame(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

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
 * entry is written after the map's next frame (pushState costs the main thread several ms: issue 19, a view
 * switch repaints first).
 */
export function syncUrl(store: Store, schedule: (run: () => void) => void = afterNextFrame): () => void {
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
