/** Runs `effect` when the selected value changes (compared with ===), outside React and outside actions. */
import type { StoreApi } from 'zustand';
import type { AppState } from '../types';

export type Store = Pick<StoreApi<AppState>, 'getState' | 'subscribe' | 'setState'>;

export function watch<T>(store: Store, select: (s: AppState) => T, effect: (value: T, previous: T, state: AppState) => void): () => void {
  let previous = select(store.getState());
  return store.subscribe((state) => {
    const value = select(state);
    if (value === previous) return;
    const before = previous;
    previous = value;
    effect(value, before, state);
  });
}
