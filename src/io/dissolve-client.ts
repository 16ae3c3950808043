/** Main-thread side of the dissolve worker: old commune polygons → 2025 commune polygons. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceHistory } from '../domain/history';
import type { DissolveRequest, DissolveResult } from '../workers/dissolve.worker';
import { callWorker } from './worker-call';

export function dissolveIntoNewCommunes(
  features: FeatureCollection<Polygon | MultiPolygon, { code: string }>,
  history: ProvinceHistory,
): Promise<DissolveResult> {
  const groups: Record<string, string> = {};
  for (const row of history.crosswalk) if (row.newCode) groups[row.oldCode] = row.newCode;
  const names = Object.fromEntries(history.newCommunes.map((c) => [c.code, c.name]));
  const worker = new Worker(new URL('../workers/dissolve.worker.ts', import.meta.url), { type: 'module' });
  return callWorker<DissolveRequest, DissolveResult, DissolveResult>(
    worker,
    { features, groups, names },
    { settle: (result) => ({ result }), onError: (e) => new Error(e.message), terminate: true },
  );
}
