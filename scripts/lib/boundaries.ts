/**
 * Converts one province file of the dvhcvn-gis dataset (province outline + `level2s` districts, WGS84)
 * into a simplified, quantized TopoJSON topology with one object, `districts`.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export interface DvhcvnGisDistrict {
  level2_id: string;
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon['coordinates'] | MultiPolygon['coordinates'];
  bbox?: number[];
}

export interface DvhcvnGisProvince {
  level1_id: string;
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon['coordinates'] | MultiPolygon['coordinates'];
  bbox?: number[];
  level2s: DvhcvnGisDistrict[];
}

export interface DistrictProperties {
  code: string;
  name: string;
  provinceCode: string;
}

export interface ConversionOptions {
  /** Minimum triangle area (square degrees) a vertex must carry to be kept. */
  minWeight: number;
  /** Quantization grid (points per side of the bounding box). */
  quantization: number;
}

export const DEFAULT_CONVERSION: ConversionOptions = { minWeight: 3e-8, quantization: 1e5 };

/** Checks the parsed JSON has the fields the conversion needs and says which one is missing. */
export function assertProvinceFile(value: unknown, fileName: string): asserts value is DvhcvnGisProvince {
  const v = value as Partial<DvhcvnGisProvince> | null;
  if (!v || typeof v !== 'object') throw new Error(`${fileName}: not a JSON object`);
  if (typeof v.level1_id !== 'string') throw new Error(`${fileName}: missing "level1_id"`);
  if (!Array.isArray(v.level2s)) throw new Error(`${fileName}: missing "level2s" (district list)`);
  for (const d of v.level2s) {
    if (typeof d?.level2_id !== 'string' || typeof d.name !== 'string') {
      throw new Error(`${fileName}: a district has no "level2_id" or "name"`);
    }
    if (d.type !== 'Polygon' && d.type !== 'MultiPolygon') {
      throw new Error(`${fileName}: district ${d.level2_id} has geometry type ${String(d.type)}`);
    }
  }
}

export function districtsAsGeoJson(province: DvhcvnGisProvince): FeatureCollection<Polygon | MultiPolygon, DistrictProperties> {
  const features: Feature<Polygon | MultiPolygon, DistrictProperties>[] = province.level2s.map((d) => ({
    type: 'Feature',
    id: Number(d.level2_id),
    properties: { code: d.level2_id, name: d.name.normalize('NFC'), provinceCode: province.level1_id },
    geometry: { type: d.type, coordinates: d.coordinates } as Polygon | MultiPolygon,
  }));
  return { type: 'FeatureCollection', features };
}

export function provinceToTopology(province: DvhcvnGisProvince, options: ConversionOptions = DEFAULT_CONVERSION): Topology {
  const districts = districtsAsGeoJson(province);
  // Simplify on full-precision coordinates, then quantize (presimplify drops the quantization transform).
  const raw = topology({ districts }) as unknown as Topology<Objects<DistrictProperties>>;
  const simplified = simplify(presimplify(raw), options.minWeight) as Topology;
  const topo = quantize(simplified as Parameters<typeof quantize>[0], options.quantization) as Topology;
  topo.bbox = province.bbox as Topology['bbox'];
  return topo;
}

export interface ProvinceProperties {
  code: string;
  name: string;
}

/**
 * The national layer: every province's districts in one topology, simplified harder than the per-province
 * files, plus a "provinces" object whose outlines are merged from their districts' shared arcs.
 */
/** A 2025 province and the pre-2025 provinces it was formed from. */
export interface NewProvinceMembers {
  code: string;
  name: string;
  members: readonly string[];
}

/**
 * What the national layer adds to the districts: `fill`, whole provinces the district source lacks (Quảng Ninh),
 * drawn from another source (the 2025 communes) as one pseudo-district each, in an object of their own
 * (`provinceFill`) so that `districts` holds only districts; `keepWhole`, district codes whose every point is
 * kept (the archipelagos Hoàng Sa and Trường Sa: their islets are smaller than the national simplification).
 */
export interface NationalExtras {
  fill?: Feature<Polygon | MultiPolygon, DistrictProperties>[];
  keepWhole?: readonly string[];
}

/** The districts Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) in the pre-2025 units. */
export const ARCHIPELAGO_DISTRICTS = ['498', '576'];

type ArcRefs = number | ArcRefs[];
function arcIndexes(arcs: ArcRefs, out: Set<number>): Set<number> {
  if (Array.isArray(arcs)) arcs.forEach((a) => arcIndexes(a, out));
  else out.add(arcs < 0 ? ~arcs : arcs);
  return out;
}

export function nationalTopology(
  provinces: readonly DvhcvnGisProvince[],
  minWeight = 2e-6,
  quantization = 1e5,
  newProvinces: readonly NewProvinceMembers[] = [],
  extras: NationalExtras = {},
): Topology {
  const features = provinces.flatMap((p) => districtsAsGeoJson(p).features);
  const collection: FeatureCollection<Polygon | MultiPolygon, DistrictProperties> = { type: 'FeatureCollection', features };
  const fill: FeatureCollection<Polygon | MultiPolygon, DistrictProperties> = { type: 'FeatureCollection', features: extras.fill ?? [] };
  const raw = topology({ districts: collection, ...(fill.features.length ? { provinceFill: fill } : {}) }) as unknown as Topology<Objects<DistrictProperties>>;
  const weighted = presimplify(raw);
  const keep = new Set(extras.keepWhole ?? []);
  if (keep.size) {
    const kept = new Set<number>();
    for (const g of (weighted.objects.districts as GeometryCollection<DistrictProperties>).geometries)
      if (keep.has((g.properties as DistrictProperties).code) && 'arcs' in g) arcIndexes(g.arcs as ArcRefs, kept);
    for (const i of kept) for (const point of weighted.arcs[i]) point[2] = Infinity;
  }
  const simplified = simplify(weighted, minWeight) as Topology;
  const topo = quantize(simplified as Parameters<typeof quantize>[0], quantization) as Topology;
  const districts = topo.objects.districts as GeometryCollection<DistrictProperties>;
  const filled = (topo.objects.provinceFill as GeometryCollection<DistrictProperties> | undefined)?.geometries ?? [];
  const units = [...districts.geometries, ...filled];
  const fillProvinces = filled.map((g) => ({ level1_id: (g.properties as DistrictProperties).provinceCode, name: (g.properties as DistrictProperties).name }));
  topo.objects.provinces = {
    type: 'GeometryCollection',
    geometries: [...provinces, ...fillProvinces].map((p) => {
      const own = units.filter((g) => (g.properties as DistrictProperties | undefined)?.provinceCode === p.level1_id) as Parameters<typeof mergeArcs>[1];
      return { ...mergeArcs(topo as Parameters<typeof mergeArcs>[0], own), properties: { code: p.level1_id, name: p.name.normalize('NFC') } };
    }),
  } as GeometryCollection<ProvinceProperties>;
  // The 34 provinces of 1 July 2025: the old provinces' districts dissolved along their shared arcs.
  if (newProvinces.length > 0) {
    topo.objects.newProvinces = {
      type: 'GeometryCollection',
      geometries: newProvinces
        .map((np) => {
          const mine = units.filter((g) => np.members.includes((g.properties as DistrictProperties | undefined)?.provinceCode ?? ''));
          const own = mine as Parameters<typeof mergeArcs>[1];
          const present = [...provinces, ...fillProvinces]
            .filter((p) => np.members.includes(p.level1_id))
            .map((p) => p.level1_id)
            .sort();
          return mine.length
            ? { ...mergeArcs(topo as Parameters<typeof mergeArcs>[0], own), properties: { code: np.code, name: np.name, members: present.join(',') } }
            : null;
        })
        .filter((g) => g !== null),
    } as GeometryCollection;
  }
  return topo;
}
