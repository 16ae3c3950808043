/**
 * For end-to-end tests and the benchmark only: `window.ntmMap` (the live map, and where a district's label
 * sits on screen). Compiled in only when the app is built with VITE_TEST_HOOKS=1 (`npm run build:test`);
 * in the production build the condition is false at build time and the code is dropped.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapHandle } from './handle';

interface TestHook {
  map: MapLibreMap;
  districtPoint: (code: string) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    ntmMap?: TestHook;
  }
}

/** Exposes the map to tests (test builds only); returns how to withdraw it. */
export function exposeForTests(handle: MapHandle): () => void {
  if (import.meta.env.VITE_TEST_HOOKS !== '1') return () => undefined;
  const { map, labels } = handle;
  window.ntmMap = {
    map,
    districtPoint: (code) => {
      const p = labels.pointOf('district', code);
      if (!p) return null;
      const px = map.project(p);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + px.x, y: rect.top + px.y };
    },
  };
  return () => {
    delete window.ntmMap;
  };
}
