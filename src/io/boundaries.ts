/**
 * Reading boundary files users bring: GeoJSON, TopoJSON, zipped Shapefile (reprojected to WGS84 from its
 * .prj by shpjs) and KML (@tmcw/togeojson). Pure functions, run inside a Web Worker by the app.
 */
import { kml } from '@tmcw/togeojson';
import { simplify, truncate } from '@turf/turf';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import shp from 'shpjs';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { checkVertices } from '../domain/boundaries-validate';
import { totalUncompressed, unzipCapped, zipEntries, ZipLimitError } from './zip-inspect';

export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile' | 'kml';

export class BoundaryFileError extends Error {
  constructor(
    readonly key:
      | 'file.error.empty'
      | 'file.error.tooLarge'
      | 'file.error.type'
      | 'file.error.unreadable'
      | 'boundary.error.noPolygons'
      | 'boundary.error.projection'
      | 'boundary.error.shapefileParts'
      | 'boundary.error.shapefileMissing'
      | 'boundary.error.tooManyVertices'
      | 'file.error.zipTooLarge'
      | 'file.error.zipBroken',
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export const MAX_BOUNDARY_BYTES = 60 * 1024 * 1024;
/** What a zipped shapefile may unzip to, read from its directory before anything is inflated. */
export const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;
/** Vertices a boundary file may have before simplification (a detailed province is well under a million). */
export const MAX_VERTICES = 5_000_000;

/**
 * Before unzipping: the announced sizes within MAX_UNZIPPED_BYTES, and every .shp with its .dbf (a missing part
 * is named). Throws BoundaryFileError.
 */
export function checkShapefileZip(name: string, bytes: Uint8Array): void {
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch {
    throw new BoundaryFileError('file.error.zipBroken', { name });
  }
  const total = totalUncompressed(entries);
  if (total > MAX_UNZIPPED_BYTES) {
    throw new BoundaryFileError('file.error.zipTooLarge', {
      name,
      size: Number.isFinite(total) ? Math.round(total / 1024 / 1024) : '> 4096',
      limit: MAX_UNZIPPED_BYTES / 1024 / 1024,
    });
  }
  const files = entries.map((e) => e.name.toLowerCase()).filter((n) => !n.startsWith('__macosx/') && !n.endsWith('/'));
  const bases = (ext: string) => new Set(files.filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)));
  const shp = bases('.shp');
  const dbf = bases('.dbf');
  if (shp.size === 0) throw new BoundaryFileError('boundary.error.shapefileMissing', { name, missing: dbf.size ? `${[...dbf][0]}.shp` : '.shp' });
  for (const base of shp) if (!dbf.has(base)) throw new BoundaryFileError('boundary.error.shapefileMissing', { name, missing: `${base.split('/').pop()}.dbf` });
}

export function detectFormat(name: string, bytes: Uint8Array): BoundaryFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'shapefile';
  const lower = name.toLowerCase();
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.topojson')) return 'topojson';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson'; // TopoJSON is told apart by its "type"
  if (lower.endsWith('.zip') || lower.endsWith('.shp')) return 'shapefile';
  throw new BoundaryFileError('file.error.type', { name });
}

type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>;

/** Each .shp of a zip with its .dbf, .prj and .cpg, unzipped within MAX_UNZIPPED_BYTES (cut off while inflating). */
async function readShapefileZip(name: string, bytes: Uint8Array): Promise<AnyFeature[]> {
  let files: Map<string, Uint8Array>;
  try {
    files = await unzipCapped(bytes, MAX_UNZIPPED_BYTES, /\.(shp|dbf|prj|cpg)$/);
  } catch (error) {
    if (error instanceof ZipLimitError)
      throw new BoundaryFileError('file.error.zipTooLarge', { name, size: `> ${MAX_UNZIPPED_BYTES / 1024 / 1024}`, limit: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    throw error;
  }
  const text = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8').decode(b) : undefined);
  const features: AnyFeature[] = [];
  for (const key of files.keys()) {
    if (!key.endsWith('.shp')) continue;
    const base = key.slice(0, -4);
    const collection = await shp({
      shp: files.get(key)!,
      dbf: files.get(`${base}.dbf`),
      prj: text(files.get(`${base}.prj`)),
      cpg: text(files.get(`${base}.cpg`)),
    } as never);
    features.push(...asCollection(collection));
  }
  return features;
}

function asCollection(value: unknown): AnyFeature[] {
  const v = value as { type?: string; features?: AnyFeature[]; geometry?: unknown } | AnyFeature[];
  if (Array.isArray(v)) return v.flatMap((x) => asCollection(x));
  if (v?.type === 'FeatureCollection' && Array.isArray(v.features)) return v.features;
  if (v?.type === 'Feature') return [v as AnyFeature];
  return [];
}

export async function parseBoundaryFile(name: string, data: ArrayBuffer): Promise<{ format: BoundaryFormat; features: AnyFeature[] }> {
  if (data.byteLength === 0) throw new BoundaryFileError('file.error.empty', { name });
  if (data.byteLength > MAX_BOUNDARY_BYTES) {
    throw new BoundaryFileError('file.error.tooLarge', { name, limit: MAX_BOUNDARY_BYTES / 1024 / 1024, size: Math.round(data.byteLength / 1024 / 1024) });
  }
  const bytes = new Uint8Array(data);
  let format = detectFormat(name, bytes);
  try {
    if (format === 'shapefile') {
      if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new BoundaryFileError('boundary.error.shapefileParts', { name });
      checkShapefileZip(name, bytes);
      return { format, features: await readShapefileZip(name, bytes) };
    }
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    if (format === 'kml') {
      const doc = new DOMParser().parseFromString(text, 'text/xml');
      return { format, features: asCollection(kml(doc as unknown as Document)) };
    }
    const json = JSON.parse(text) as { type?: string; objects?: Record<string, unknown> };
    if (json.type === 'Topology') {
      format = 'topojson';
      const topo = json as unknown as Topology;
      const features = Object.values(topo.objects).flatMap((o) => asCollection(topoFeature(topo, o as never)));
      return { format, features };
    }
    return { format, features: asCollection(json) };
  } catch (error) {
    if (error instanceof BoundaryFileError) throw error;
    throw new BoundaryFileError('file.error.unreadable', { name, format });
  }
}

export interface PolygonCheck {
  features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
  /** outOfRange: features with any vertex that is not a longitude/latitude. */
  dropped: { notPolygon: number; broken: number; outOfRange: number };
}

function ringsOk(rings: number[][][]): boolean {
  return rings.every((ring) => ring.length >= 4 && ring.every((p) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])));
}

/**
 * Keeps polygons; counts what was dropped; checks every vertex (a feature with any vertex outside longitude/latitude
 * range is dropped; when most are, the file is taken to be projected); refuses more than MAX_VERTICES vertices.
 */
export function checkPolygons(features: readonly AnyFeature[]): PolygonCheck {
  const kept: PolygonCheck['features'] = [];
  const dropped = { notPolygon: 0, broken: 0, outOfRange: 0 };
  let vertices = 0;
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      dropped.notPolygon++;
      continue;
    }
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(polys) || polys.length === 0 || !polys.every((rings) => Array.isArray(rings) && rings.length > 0 && ringsOk(rings as number[][][]))) {
      dropped.broken++;
      continue;
    }
    const v = checkVertices(g);
    vertices += v.vertices;
    if (vertices > MAX_VERTICES) throw new BoundaryFileError('boundary.error.tooManyVertices', { count: `> ${MAX_VERTICES}`, limit: MAX_VERTICES });
    if (v.outOfRange > 0) {
      dropped.outOfRange++;
      continue;
    }
    kept.push({ type: 'Feature', properties: { ...(f.properties ?? {}) }, geometry: g });
  }
  if (dropped.outOfRange > kept.length) throw new BoundaryFileError('boundary.error.projection');
  if (kept.length === 0) throw new BoundaryFileError('boundary.error.noPolygons');
  return { features: kept, dropped };
}

export function vertexCount(f: Feature<Polygon | MultiPolygon>): number {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
}

/** Below this many vertices a file is drawn as it is: simplifying it would take longer than drawing it and remove little. */
export const DRAW_AS_IS_VERTICES = 300_000;

/** The simplification tolerance (degrees) for a file of this many vertices: none up to DRAW_AS_IS_VERTICES, then growing. */
export function displayTolerance(vertices: number): number {
  return vertices > 2_000_000 ? 0.0005 : vertices > DRAW_AS_IS_VERTICES ? 0.0002 : 0;
}

/** One polygon as drawn: simplified at `tolerance` (a copy), coordinates cut to 5 decimals (about 1 m; in place at tolerance 0). */
export function forDisplay(
  f: Feature<Polygon | MultiPolygon, Record<string, unknown>>,
  tolerance: number,
): Feature<Polygon | MultiPolygon, Record<string, unknown>> {
  try {
    return truncate(tolerance > 0 ? simplify(f, { tolerance, highQuality: false, mutate: false }) : f, { precision: 5, mutate: true });
  } catch {
    return f;
  }
}

/**
 * Simplifies for screen display: none up to DRAW_AS_IS_VERTICES vertices, then a tolerance that grows with the size
 * of the file; coordinates are cut to 5 decimals (about 1 m). Reports progress every 1% of features.
 */
export function simplifyForDisplay(
  features: PolygonCheck['features'],
  onProgress: (done: number, total: number) => void = () => undefined,
): { features: PolygonCheck['features']; verticesBefore: number; verticesAfter: number } {
  const verticesBefore = features.reduce((n, f) => n + vertexCount(f), 0);
  const tolerance = displayTolerance(verticesBefore);
  const step = Math.max(1, Math.floor(features.length / 100));
  const out = features.map((f, i) => {
    const g = forDisplay(f, tolerance);
    if (i % step === 0) onProgress(i + 1, features.length);
    return g;
  });
  onProgress(features.length, features.length);
  return { features: out, verticesBefore, verticesAfter: out.reduce((n, f) => n + vertexCount(f), 0) };
}

/** Property names with a few sample values, for choosing the name and code fields. */
export function propertySummary(features: readonly Feature[]): { key: string; samples: string[] }[] {
  const keys = new Map<string, Set<string>>();
  for (const f of features.slice(0, 200)) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (v === null || typeof v === 'object') continue;
      const set = keys.get(k) ?? new Set<string>();
      if (set.size < 3) set.add(String(v));
      keys.set(k, set);
    }
  }
  return [...keys.entries()].map(([key, samples]) => ({ key, samples: [...samples] }));
}

export type ParsedBoundaries = {
  format: BoundaryFormat;
  features: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  dropped: PolygonCheck['dropped'];
  properties: { key: string; samples: string[] }[];
  verticesBefore: number;
  verticesAfter: number;
};

/** The whole worker job: parse, check, simplify. */
export async function readBoundaries(name: string, data: ArrayBuffer, onProgress?: (done: number, total: number) => void): Promise<ParsedBoundaries> {
  const { format, features } = await parseBoundaryFile(name, data);
  const checked = checkPolygons(features);
  const simplified = simplifyForDisplay(checked.features, onProgress);
  return {
    format,
    features: { type: 'FeatureCollection', features: simplified.features },
    dropped: checked.dropped,
    properties: propertySummary(simplified.features),
    verticesBefore: simplified.verticesBefore,
    verticesAfter: simplified.verticesAfter,
  };
}
