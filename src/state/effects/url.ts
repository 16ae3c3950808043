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

/** Keeps the URL in step with the store (push on change) and the store with the URL (back/forward). */
export function syncUrl(store: Store): () => void {
  let applying = false;
  const stop = watch(
    store,
    (s) => (s.status === 'ready' ? toQuery(selectShared(s)) : null),
    (query) => {
      if (applying || query === null || query === window.location.search) return;
      window.history.pushState(null, '', `${window.location.pathname}${query}`);
    },
  );
  const onPop = () => {
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
    window.removeEventListener('popstate', onPop);
  };
}
