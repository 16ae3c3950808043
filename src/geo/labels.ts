/** One label point per unit: inside its largest polygon part (not one per part). */
import { area, booleanPointInPolygon, centroid, coordEach, point, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/**
 * turf's centerOfMass for a polygon: its Polygon case, step for step (the area-weighted centre, computed around the
 * vertices' mean). turf's function itself also handles other geometries through a convex hull, which brings
 * concaveman and robust-predicates into the first load's script (issue 19: about 5 KB); the labels only ask it
 * about polygons. tests/unit/labels.test.ts checks it against turf's.
 */
export function polygonCenterOfMass(part: Feature<Polygon>): Feature<Point> {
  const coords: Position[] = [];
  coordEach(part, (coord) => void coords.push(coord));
  const centre = centroid(part);
  const [tx, ty] = centre.geometry.coordinates;
  const moved = coords.map(([x, y]) => [x - tx, y - ty]);
  let sx = 0;
  let sy = 0;
  let sArea = 0;
  for (let i = 0; i < coords.length - 1; i++) {
    const [xi, yi] = moved[i];
    const [xj, yj] = moved[i + 1];
    const a = xi * yj - xj * yi;
    sArea += a;
    sx += (xi + xj) * a;
    sy += (yi + yj) * a;
  }
  if (sArea === 0) return centre;
  const areaFactor = 1 / (6 * (sArea * 0.5));
  return point([tx + areaFactor * sx, ty + areaFactor * sy]);
}

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
  const center = polygonCenterOfMass(part);
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
