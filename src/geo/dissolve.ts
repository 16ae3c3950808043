/**
 * Dissolving polygons by group (turf union): the office's commune polygons of the plan's era merged into
 * the 2025 communes they became. Polygons of a group that do not touch stay as parts of one MultiPolygon.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface DissolvedProps {
  code: string;
  name: string;
  /** How many of the input polygons went into it. */
  parts: number;
}

export function dissolveByGroup<P extends { code: string }>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
  groupOf: (code: string) => string | null,
  nameOf: (group: string) => string,
): FeatureCollection<Polygon | MultiPolygon, DissolvedProps> {
  const groups = new Map<string, Feature<Polygon | MultiPolygon, P>[]>();
  for (const f of fc.features) {
    const group = groupOf(f.properties.code);
    if (!group || !f.geometry) continue;
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  const out: Feature<Polygon | MultiPolygon, DissolvedProps>[] = [];
  for (const [code, members] of groups) {
    let geometry: Polygon | MultiPolygon | null = members[0].geometry;
    if (members.length > 1) {
      try {
        geometry = union(featureCollection(members))?.geometry ?? null;
      } catch {
        // Invalid input rings: keep the parts side by side rather than lose the unit.
        geometry = {
          type: 'MultiPolygon',
          coordinates: members.flatMap((m) => (m.geometry.type === 'Polygon' ? [m.geometry.coordinates] : m.geometry.coordinates)),
        };
      }
    }
    if (geometry) out.push({ type: 'Feature', properties: { code, name: nameOf(code), parts: members.length }, geometry });
  }
  return { type: 'FeatureCollection', features: out };
}
