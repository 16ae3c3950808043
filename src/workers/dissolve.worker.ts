/// <reference lib="webworker" />
/** Dissolves commune polygons into the 2025 communes off the main thread. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dissolveByGroup, type DissolvedProps } from '../geo/dissolve';

export interface DissolveRequest {
  features: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  /** Old commune code → new commune code. */
  groups: Record<string, string>;
  names: Record<string, string>;
}
export type DissolveResult = FeatureCollection<Polygon | MultiPolygon, DissolvedProps>;

const ctx = self as unknown as DedicatedWorkerGlobalScope;
ctx.onmessage = (event: MessageEvent<DissolveRequest>) => {
  const { features, groups, names } = event.data;
  ctx.postMessage(
    dissolveByGroup(
      features,
      (code) => groups[code] ?? null,
      (code) => names[code] ?? code,
    ),
  );
};
