/**
 * The national overview from 1 July 2025 from the real outlines of the 34 provinces (2025/provinces.topo.json,
 * Quảng Ninh included), the special zones Hoàng Sa and Trường Sa drawn as parts of Đà Nẵng and Khánh Hòa and
 * labelled so. Pure: tested without a map.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { NewProvinceEntry } from '../../data/contracts';
import { displayName2025, shortProvinceName2025 } from '../../domain/communes-2025';
import { isHatched, UNPLANNED } from '../../domain/national-plan-paint-2025';
import type { CommunePaint2025 } from '../../domain/new-commune-plan';
import { categoryColor } from '../../ui/scale';

type Props = { code: string; name: string; members?: string };

/**
 * The special zones (đặc khu) far offshore, as the 2025 commune file names them (a unit test checks the names,
 * codes and provinces against data/boundaries/2025/communes.topo.json).
 */
export const ISLANDS_2025 = [
  { code: '20333', name: 'Hoàng Sa', province: '48' },
  { code: '22736', name: 'Trường Sa', province: '56' },
] as const;

/** Parts of a province's outline east of this longitude are the offshore archipelagos (the coast ends near 109.5°E). */
export const OFFSHORE_LON = 110.5;

/** The 34 provinces as features addressed by code, with the old provinces forming each (for the click). */
export function provinces2025Features(topology: Topology, newProvinces: readonly NewProvinceEntry[] | null): FeatureCollection<Polygon | MultiPolygon, Props> {
  const members = new Map((newProvinces ?? []).map((p) => [p.code, p.members.join(',')]));
  const fc = feature(topology, topology.objects.provinces as GeometryCollection<{ code: string; name: string }>) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        code: f.properties.code,
        name: displayName2025(f.properties.name),
        ...(members.has(f.properties.code) ? { members: members.get(f.properties.code) } : {}),
      },
    })),
  };
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * A label point for each archipelago: the middle of the box around its province's offshore parts, labelled
 * "Hoàng Sa (Đà Nẵng)" / "Trường Sa (Khánh Hòa)" (`label` words it).
 */
export function islandLabels(
  provinces: FeatureCollection<Polygon | MultiPolygon, Props>,
  label: (island: string, province: string) => string,
): Feature<Point, { code: string; label: string }>[] {
  const out: Feature<Point, { code: string; label: string }>[] = [];
  for (const island of ISLANDS_2025) {
    const province = provinces.features.find((f) => f.properties.code === island.province);
    if (!province) continue;
    const offshore = polygonsOf(province).filter((poly) => poly[0].every(([lon]) => lon > OFFSHORE_LON));
    if (!offshore.length) continue;
    const points = offshore.flatMap((poly) => poly[0]);
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const center: [number, number] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
    out.push({
      type: 'Feature',
      properties: { code: `island-${island.code}`, label: label(island.name, shortProvinceName2025(province.properties.name)) },
      geometry: { type: 'Point', coordinates: center },
    });
  }
  return out;
}

/** How far (degrees) from the largest part of a province a part still counts as near the coast (Cù Lao Chàm, Bình Ba). */
const NEAR_DEGREES = 1;

function boxOf(poly: Position[][]): [number, number, number, number] {
  const lons = poly[0].map((c) => c[0]);
  const lats = poly[0].map((c) => c[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * The outline without its far offshore parts (the camera frames the mainland: Đà Nẵng reaches Hoàng Sa and
 * Khánh Hòa Trường Sa, hundreds of kilometres out): parts more than a degree away from the largest part's box.
 */
export function mainland<P>(fc: FeatureCollection<Polygon | MultiPolygon, P> | FeatureCollection): FeatureCollection {
  const features = (fc.features as Feature[]).flatMap((f): Feature[] => {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return [f];
    const polys = polygonsOf(f as Feature<Polygon | MultiPolygon>);
    const boxes = polys.map(boxOf);
    const size = (b: number[]) => (b[2] - b[0]) * (b[3] - b[1]);
    const main = boxes.reduce((a, b) => (size(b) > size(a) ? b : a));
    const near = (b: number[]) =>
      b[2] >= main[0] - NEAR_DEGREES && b[0] <= main[2] + NEAR_DEGREES && b[3] >= main[1] - NEAR_DEGREES && b[1] <= main[3] + NEAR_DEGREES;
    const kept = polys.filter((_, i) => near(boxes[i]));
    return [{ ...f, geometry: { type: 'MultiPolygon', coordinates: kept } }];
  });
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------
// Today's 3,321 communes in the national overview (the "Xã" tier).

/** Communes of the provinces without a plan: a pale neutral fill (the legend says the app has no data for them). */
export const OTHER_PROVINCE_FILL = '#e3e7ea';

/** A commune as drawn nationally: the source's name (shown through displayName2025), its province, its paint. */
export type NationalCommuneProps = {
  code: string;
  name: string;
  province: string;
  fill: string;
  hatch: boolean;
  /** The commune is in a province holding a plan. */
  planProvince: boolean;
  /** It has a predecessor the plans speak of (its paint's category and share then say what). */
  planned: boolean;
  category: string;
  share: string;
};

/**
 * Every commune of the national file with its paint in its properties: the plan provinces' communes by what
 * their predecessors were given (`paint`, same colours and hatching as the province's own 2025 map), the
 * other provinces' communes in OTHER_PROVINCE_FILL.
 */
export function nationalCommuneFeatures(
  topology: Topology,
  paint: ReadonlyMap<string, CommunePaint2025>,
  planProvinces: ReadonlySet<string>,
): FeatureCollection<Polygon | MultiPolygon, NationalCommuneProps> {
  const fc = feature(
    topology,
    topology.objects.communes as GeometryCollection<{ code: string; name: string; province: string }>,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; province: string }>;
  for (const f of fc.features) {
    const props = f.properties as NationalCommuneProps;
    props.planProvince = planProvinces.has(props.province);
    const p = (props.planProvince && paint.get(props.code)) || UNPLANNED;
    props.fill = props.planProvince ? categoryColor(p.category) : OTHER_PROVINCE_FILL;
    props.hatch = props.planProvince && isHatched(p);
    props.planned = p.planned;
    props.category = p.category;
    props.share = p.share;
  }
  return fc as unknown as FeatureCollection<Polygon | MultiPolygon, NationalCommuneProps>;
}
