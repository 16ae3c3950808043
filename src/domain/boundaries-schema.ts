/**
 * The office's imported boundaries as shared through the server (same shape as the browser keeps them,
 * src/io/storage.ts): checked on the server like the facts are. Pure TS.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { UnitFeatureProps } from './boundary-match';

export interface SharedBoundaries {
  provinceCode: string;
  tier: 'district' | 'commune';
  fileName: string;
  importedAt: string;
  importedBy: string;
  features: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>;
}

export const BOUNDARY_LIMITS = { features: 20_000, name: 300 } as const;

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const position = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.length <= 3 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
const ring = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(position);
const polygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(ring);

function validGeometry(g: unknown): boolean {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return polygon(g.coordinates);
  if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(polygon);
  return false;
}

/** Boundaries sent for a province and tier: their form, polygons only, each naming a unit of the province. */
export function parseBoundaries(
  data: unknown,
  provinceCode: string,
  tier: 'district' | 'commune',
  unitCodes: ReadonlySet<string>,
): { boundaries: SharedBoundaries } | { error: string } {
  if (!isObject(data)) return { error: 'shape' };
  const { fileName, importedAt, importedBy, features } = data;
  if (data.provinceCode !== provinceCode || data.tier !== tier) return { error: 'province' };
  if (typeof fileName !== 'string' || fileName.length > BOUNDARY_LIMITS.name || typeof importedBy !== 'string' || importedBy.length > BOUNDARY_LIMITS.name)
    return { error: 'shape' };
  if (typeof importedAt !== 'string' || Number.isNaN(Date.parse(importedAt))) return { error: 'shape' };
  if (!isObject(features) || features.type !== 'FeatureCollection' || !Array.isArray(features.features) || features.features.length > BOUNDARY_LIMITS.features)
    return { error: 'shape' };
  for (const [i, f] of features.features.entries()) {
    if (!isObject(f) || f.type !== 'Feature' || !validGeometry(f.geometry) || !isObject(f.properties)) return { error: `feature ${i}` };
    const { code, name, districtCode } = f.properties;
    if (typeof code !== 'string' || !unitCodes.has(code)) return { error: `unit ${String(code)}` };
    if (typeof name !== 'string' || typeof districtCode !== 'string') return { error: `feature ${i}` };
  }
  return { boundaries: data as unknown as SharedBoundaries };
}
