/**
 * What the map's parts share once the map exists: the MapLibre instance, its HTML labels, the store it follows
 * and the "painted" mark tests and the benchmark wait for. Layers (./layers) and the camera (./camera) are
 * functions of a handle that follow the store and return their own stop function.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Store } from '../state/effects/watch';
import type { AppState } from '../state/types';
import type { LabelOverlay } from './label-overlay';

export interface MapHandle {
  map: MapLibreMap;
  labels: LabelOverlay;
  store: Store;
  /** Marks what the map shows once painted ("thanh-hoa:registration:2025"), as `data-painted` on its element. */
  painted: (value: string) => void;
}

/** A part of the map driven by the store: starts following it, returns how to stop. */
export type MapPart = (handle: MapHandle) => () => void;

/**
 * Runs `run` now and again whenever one of the values `deps` picks from the state changes (===). Store
 * subscriptions, not React effects: the map follows the store without re-rendering any component (hover
 * included) and starts cutting tiles before React renders the panels.
 */
export function follow(store: Store, deps: (s: AppState) => readonly unknown[], run: (s: AppState) => void): () => void {
  let previous = deps(store.getState());
  run(store.getState());
  return store.subscribe((state) => {
    const next = deps(state);
    if (next.length === previous.length && next.every((x, i) => x === previous[i])) return;
    previous = next;
    run(state);
  });
}
