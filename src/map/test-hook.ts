/**
 * For end-to-end tests and the benchmark only: `window.ntmMap` (the live map, and where a district's label
 * sits on screen). Compiled in only when the app is built with VITE_TEST_HOOKS=1 (`npm run build:test`);
 * in the production build the condition is false at build time and the code is dropped.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapHandle } from './handle';
import { COMMUNE_HATCH, COMMUNES, DISTRICT_HATCH, SOURCE } from './layer-ids';
import type { HatchLayer } from './render/hatch-layer';

const HATCH_OF: Record<string, string> = { [SOURCE]: DISTRICT_HATCH, [COMMUNES]: COMMUNE_HATCH };

interface TestHook {
  map: MapLibreMap;
  districtPoint: (code: string) => { x: number; y: number } | null;
  /** Where a 2025 commune's label point is on screen (issue 14). */
  communePoint2025: (code: string) => { x: number; y: number } | null;
  /**
   * A unit's paint as drawn: its feature-state over the paint written into its feature (the office's communes are
   * cut with the view's colours in their data, ./unit-paint.ts withPaint), from the loaded tiles; `nodata`: whether
   * the source's hatching layer (./render/hatch-layer.ts) hatches it.
   */
  paintOf: (source: string, code: string) => { fill?: string; dim?: boolean; nodata?: boolean; focused?: boolean };
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
  const pointOf = (kind: 'district' | 'commune2025', code: string) => {
    const p = labels.pointOf(kind, code);
    if (!p) return null;
    const px = map.project(p);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + px.x, y: rect.top + px.y };
  };
  window.ntmMap = {
    map,
    communePoint2025: (code) => pointOf('commune2025', code),
    paintOf: (source, code) => {
      const props = map.querySourceFeatures(source).find((f) => String(f.properties?.code) === code)?.properties ?? {};
      const inData = Object.fromEntries(['fill', 'dim'].filter((k) => k in props).map((k) => [k, props[k]]));
      // A custom layer's own object is the style layer's `implementation`.
      const hatch = (map.getLayer(HATCH_OF[source] ?? '') as { implementation?: HatchLayer } | undefined)?.implementation;
      const { fill, dim, focused } = { ...inData, ...map.getFeatureState({ source, id: code }) } as { fill?: string; dim?: boolean; focused?: boolean };
      return { fill, dim, focused, nodata: hatch ? hatch.hatchedCodes().has(code) : undefined };
    },
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
