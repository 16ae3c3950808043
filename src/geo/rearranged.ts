/**
 * District polygons in the units after a province's 2023–2025 rearrangement: the districts of the plan's
 * topology dissolved along their shared arcs (topojson-client merge), renamed where the unit was renamed.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { predecessorsAtWave, unitsOn, type ProvinceHistory } from '../domain/history';
import type { DistrictFeatureProps } from './topology';

export function rearrangedDistrictFeatures(topology: Topology, history: ProvinceHistory): FeatureCollection<Polygon | MultiPolygon, DistrictFeatureProps> {
  const object = topology.objects.districts as GeometryCollection<DistrictFeatureProps>;
  if (!history.wave) return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, DistrictFeatureProps>;
  const districts = unitsOn(history, history.wave.date).filter((u) => u.tier === 'district');
  const features = districts.flatMap((d) => {
    const from = new Set(predecessorsAtWave(history, d.code));
    const parts = object.geometries.filter((g) => from.has(String((g.properties as DistrictFeatureProps | undefined)?.code)));
    if (parts.length === 0) return [];
    const geometry =
      parts.length === 1
        ? (feature(topology, parts[0]) as unknown as { geometry: Polygon | MultiPolygon }).geometry
        : merge(topology, parts as Parameters<typeof merge>[1]);
    return [
      {
        type: 'Feature' as const,
        id: d.code,
        properties: { code: d.code, name: d.name, provinceCode: history.provinceCode },
        geometry: geometry as Polygon | MultiPolygon,
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
