/** TopoJSON → GeoJSON for the district object written by the boundary build step. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
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
