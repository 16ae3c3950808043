/** One label point per unit: inside its largest polygon part (not one per part). */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

function largestPart(geometry: Polygon | MultiPolygon): Feature<Polygon> {
  if (geometry.type === 'Polygon') return polygon(geometry.coordinates);
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const part = polygon(rings);
    const a = area(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  if (!best) throw new Error('MultiPolygon without parts');
  return best;
}

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const part = largestPart(geometry);
  const center = centerOfMass(part);
  const inside = booleanPointInPolygon(center, part) ? center : pointOnFeature(part);
  return inside.geometry.coordinates as [number, number];
}

export function labelPoints<P extends { code: string; name: string }>(
  features: FeatureCollection<Polygon | MultiPolygon, P>,
  label: (props: P) => string,
): FeatureCollection<Point, { code: string; label: string }> {
  return {
    type: 'FeatureCollection',
    features: features.features.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code, label: label(f.properties) },
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
    })),
  };
}
