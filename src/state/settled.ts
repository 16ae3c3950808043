/**
 * Panels that follow a view switch a moment after the map (issue 19: no long task on a switch). The map follows
 * the store synchronously (map/handle.ts follow) and repaints first; a component that reads the view through
 * `useSettled` re-renders with the new view in a React transition, which yields to the browser between
 * components, instead of inside the click. It settles to exactly the state the map shows (same selectors, same
 * store): only the moment differs.
 */
import { useDeferredValue } from 'react';
import { useAppStore } from './store';
import type { AppState } from './types';

export function useSettled<T>(selector: (s: AppState) => T): T {
  return useDeferredValue(useAppStore(selector));
}
