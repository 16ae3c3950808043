/** TopoJSON → GeoJSON for the district object written by the boundary build step. */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, transform } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface DistrictFeatureProps {
  code: string;
  name: string;
  provinceCode: string;
}

export function districtFeatures(topology: Topology): FeatureCollection<Polygon | MultiPolygon, DistrictFeatureProps> {
  const object = topology.objects.districts as GeometryCollection<DistrictFeatureProps> | undefined;
  if (!object) throw new Error('Topology has no "districts" object');
  return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, DistrictFeatureProps>;
}

/**
 * The topology with its arcs in absolute coordinates (the same numbers `feature` computes from the quantized
 * ones). GeoJSON made from it shares the arcs' positions rather than copying every position of every ring: the
 * main thread keeps one copy of a province's geometry instead of two (issue 19, heap after load).
 */
export function withAbsoluteArcs<T extends Topology>(topology: T): T {
  if (!topology.transform) return topology;
  const toAbsolute = transform(topology.transform);
  const arcs = topology.arcs.map((arc) => arc.map((position, i) => toAbsolute(position, i > 0)));
  const objects = Object.fromEntries(Object.entries(topology.objects).map(([name, object]) => [name, absolutePoints(object, toAbsolute)]));
  const { transform: _quantized, ...rest } = topology;
  return { ...rest, arcs, objects } as T;
}

type TopoObject = Topology['objects'][string];

/** Point coordinates are quantized but not delta-encoded: each is transformed by itself. */
function absolutePoints(object: TopoObject, toAbsolute: (p: Position) => Position): TopoObject {
  switch (object.type) {
    case 'GeometryCollection':
      return { ...object, geometries: object.geometries.map((g) => absolutePoints(g, toAbsolute)) };
    case 'Point':
      return { ...object, coordinates: toAbsolute(object.coordinates) };
    case 'MultiPoint':
      return { ...object, coordinates: object.coordinates.map((p) => toAbsolute(p)) };
    default:
      return object;
  }
}
