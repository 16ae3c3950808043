/**
 * Polygons as triangles in Web Mercator units (MapLibre's MercatorCoordinate: the world is 0..1 on both axes), for
 * drawing them with WebGL (../map/render/hatch-layer.ts). Coordinates are given relative to an origin near them, so
 * that 32-bit floats keep them to well under a pixel at the zooms a province is seen at. Pure.
 */
import earcut from 'earcut';
import type { MultiPolygon, Polygon, Position } from 'geojson';

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
