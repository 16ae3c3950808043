/**
 * Checks of boundary geometry: every vertex a finite longitude/latitude in range (not only each feature's first),
 * and stored boundary records read back from the browser. Pure.
 */
import type { Geometry } from 'geojson';

export interface VertexCheck {
  vertices: number;
  /** Vertices that are not finite numbers or lie outside ±180° / ±90°. */
  outOfRange: number;
}

/** Counts the vertices of a Polygon/MultiPolygon and those that are not a valid longitude/latitude. */
export function checkVertices(g: Geometry | null | undefined): VertexCheck {
  const result = { vertices: 0, outOfRange: 0 };
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return result;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  for (const rings of polys) {
    if (!Array.isArray(rings)) continue;
    for (const ring of rings) {
      if (!Array.isArray(ring)) continue;
      // Indexed reads, no destructuring: this runs over every vertex of a file (hundreds of thousands).
      for (let i = 0; i < ring.length; i++) {
        const p: unknown = ring[i];
        result.vertices++;
        const x: unknown = Array.isArray(p) ? p[0] : undefined;
        const y: unknown = Array.isArray(p) ? p[1] : undefined;
        if (typeof x !== 'number' || typeof y !== 'number' || !(x >= -180 && x <= 180) || !(y >= -90 && y <= 90)) result.outOfRange++;
      }
    }
  }
  return result;
}

export type StoredBoundariesError = { key: 'storage.error.boundaries'; params: { reason: string } };

/** A boundary record read back from storage: its envelope, and every feature a polygon with valid vertices. */
export function validateStoredBoundaries(record: unknown, provinceCode: string, tier: 'district' | 'commune'): StoredBoundariesError | null {
  const bad = (reason: string): StoredBoundariesError => ({ key: 'storage.error.boundaries', params: { reason } });
  if (typeof record !== 'object' || record === null) return bad('not an object');
  const r = record as Record<string, unknown>;
  if (r.provinceCode !== provinceCode || r.tier !== tier) return bad('province or tier');
  if (typeof r.fileName !== 'string' || typeof r.importedAt !== 'string' || typeof r.importedBy !== 'string') return bad('file, date or name');
  const fc = r.features as { type?: unknown; features?: unknown } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return bad('features');
  for (let i = 0; i < fc.features.length; i++) {
    const f = fc.features[i] as { type?: unknown; geometry?: Geometry | null; properties?: unknown } | null;
    if (!f || f.type !== 'Feature' || typeof f.properties !== 'object' || f.properties === null) return bad(`feature ${i + 1}`);
    const v = checkVertices(f.geometry);
    if (v.vertices === 0 || v.outOfRange > 0) return bad(`feature ${i + 1} geometry`);
  }
  return null;
}
