/** Main-thread side of the dissolve worker: old commune polygons → 2025 commune polygons. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceHistory } from '../domain/history';
import type { DissolveRequest, DissolveResult } from '../workers/dissolve.worker';

export function dissolveIntoNewCommunes(features: FeatureCollection<Polygon | MultiPolygon, { code: string }>, history: ProvinceHistory): Promise<DissolveResult> {
  const groups: Record<string, string> = {};
  for (const row of history.crosswalk) if (row.newCode) groups[row.oldCode] = row.newCode;
  const names = Object.fromEntries(history.newCommunes.map((c) => [c.code, c.name]));
  const worker = new Worker(new URL('../workers/dissolve.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<DissolveResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DissolveResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    const request: DissolveRequest = { features, groups, names };
    worker.postMessage(request);
  });
}
