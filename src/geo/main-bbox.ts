/** Bounding box of the parts of a shape that matter for framing: small far-off islands are left out. */
import { area, bbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export function mainBbox(fc: FeatureCollection, minShare = 0.005): [number, number, number, number] {
  const parts: Feature<Polygon>[] = [];
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const coordinates of polys) parts.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });
  }
  if (parts.length === 0) return bbox(fc) as [number, number, number, number];
  const areas = parts.map((p) => area(p));
  const total = areas.reduce((a, b) => a + b, 0);
  const kept = parts.filter((_, i) => areas[i] >= total * minShare);
  return bbox({ type: 'FeatureCollection', features: kept }) as [number, number, number, number];
}
