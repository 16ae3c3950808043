/**
 * Polygons as triangles in Web Mercator units (MapLibre's MercatorCoordinate: the world is 0..1 on both axes), for
 * drawing them with WebGL (../map/render/hatch-layer.ts). Coordinates are given relative to an origin near them, so
 * that 32-bit floats keep them to well under a pixel at the zooms a province is seen at. Pure.
 */
import earcut from 'earcut';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The origin a collection's triangles are made relative to: the Web Mercator position of its first polygon's first
 * vertex ([0, 0] when it has none). The page and the boundary worker both use it, so that triangles made in one are
 * drawn by the other.
 */
export function originOf(features: readonly { geometry: Polygon | MultiPolygon | null }[]): [number, number] {
  const g = features.find((f) => f.geometry)?.geometry;
  const p = g ? (g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]) : undefined;
  return p ? mercator(p) : [0, 0];
}

/** Triangles made ahead, off the page (an import's, by the boundary worker), for a collection's polygons by code. */
const ahead = new WeakMap<object, ReadonlyMap<string, Float32Array>>();

/** Gives the triangles of `collection`'s polygons (relative to originOf), made elsewhere, by code. */
export function provideTriangles(collection: object, byCode: ReadonlyMap<string, Float32Array>): void {
  ahead.set(collection, byCode);
}

/** The triangles made ahead for `collection`'s polygons, if any. */
export function trianglesAhead(collection: object): ReadonlyMap<string, Float32Array> | undefined {
  return ahead.get(collection);
}

/** A longitude/latitude as Web Mercator x/y (0..1). */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (180 + lon) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return [x, y];
}

/**
 * The polygon's triangles, three x/y vertices each (holes left out), relative to `origin` (Web Mercator). Rings
 * are triangulated by earcut; a part it cannot triangulate (fewer than three distinct vertices) gives none.
 */
export function mercatorTriangles(geometry: Polygon | MultiPolygon, origin: readonly [number, number]): Float32Array {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: number[] = [];
  for (const rings of parts) {
    const flat: number[] = [];
    const holes: number[] = [];
    rings.forEach((ring, r) => {
      if (r > 0) holes.push(flat.length / 2);
      for (const p of ring) {
        const [x, y] = mercator(p);
        flat.push(x - origin[0], y - origin[1]);
      }
    });
    for (const i of earcut(flat, holes.length ? holes : undefined, 2)) out.push(flat[2 * i], flat[2 * i + 1]);
  }
  return new Float32Array(out);
}
