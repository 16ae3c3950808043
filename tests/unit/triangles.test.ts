/** Polygons as Web Mercator triangles for the communes' hatching (src/geo/triangles.ts). */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { MercatorCoordinate } from 'maplibre-gl';
import { mercator, mercatorTriangles, originOf, provideTriangles } from '../../src/geo/triangles';
import { createHatchLayer } from '../../src/map/render/hatch-layer';

/** Total area of x/y triangles (three vertices each). */
function area(t: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < t.length; i += 6) sum += Math.abs((t[i + 2] - t[i]) * (t[i + 5] - t[i + 1]) - (t[i + 4] - t[i]) * (t[i + 3] - t[i + 1])) / 2;
  return sum;
}

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('mercatorTriangles', () => {
  it('projects as MapLibre does: the world 0..1, north up', () => {
    expect(mercator([-180, 0])).toEqual([0, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
    for (const p of [
      [105.8, 21.0],
      [103.2, 8.6],
      [-70, -45],
    ] as [number, number][]) {
      const m = MercatorCoordinate.fromLngLat(p);
      expect(mercator(p)[0]).toBeCloseTo(m.x, 12);
      expect(mercator(p)[1]).toBeCloseTo(m.y, 12);
    }
  });

  it('covers the polygon, less its hole, relative to the origin', () => {
    const hole: Polygon = { type: 'Polygon', coordinates: [square(105, 19, 1), square(105.25, 19.25, 0.5)] };
    const solid: Polygon = { type: 'Polygon', coordinates: [square(105, 19, 1)] };
    const origin = mercator([105, 19]);
    const full = mercatorTriangles(solid, origin);
    const holed = mercatorTriangles(hole, origin);
    expect(full.length % 6).toBe(0);
    // The hole takes a quarter of the square (to a few per cent: Mercator stretches latitude slightly across it).
    expect(area(holed) / area(full)).toBeCloseTo(0.75, 1);
    // Relative to the origin: every vertex within the square's extent of it.
    expect(Math.max(...full.map(Math.abs))).toBeLessThan(0.01);
  });

  it('gives no triangles for a part without area, and all parts of a MultiPolygon', () => {
    const flat: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [105, 19],
          [106, 19],
          [105, 19],
        ],
      ],
    };
    expect(mercatorTriangles(flat, [0, 0]).length).toBe(0);
    const two = mercatorTriangles({ type: 'MultiPolygon', coordinates: [[square(105, 19, 1)], [square(107, 19, 1)]] }, mercator([105, 19]));
    const one = mercatorTriangles({ type: 'Polygon', coordinates: [square(105, 19, 1)] }, mercator([105, 19]));
    expect(area(two)).toBeCloseTo(2 * area(one), 8);
  });
});

/** What the hatch layer puts in its vertex buffer when it draws (a WebGL context recording bufferData). */
function drawnVertices(collection: Parameters<ReturnType<typeof createHatchLayer>['setPolygons']>[0], hatched: string[]): Float32Array {
  let uploaded: Float32Array = new Float32Array();
  const gl = new Proxy(
    {},
    {
      get: (_t, name) => {
        if (name === 'bufferData') return (_target: number, data: Float32Array) => void (uploaded = data);
        if (name === 'getShaderParameter' || name === 'getProgramParameter') return () => true;
        if (typeof name === 'string' && /^[A-Z_]+$/.test(name)) return 0;
        return () => ({});
      },
    },
  ) as unknown as WebGL2RenderingContext;
  const map = { getLayer: () => undefined, getLayoutProperty: () => 'visible', triggerRepaint: () => {}, getPixelRatio: () => 1 };
  const layer = createHatchLayer('hatch');
  layer.setPolygons(collection);
  layer.setHatched(new Set(hatched));
  layer.onAdd!(map as never, gl);
  layer.render(gl, { defaultProjectionData: { mainMatrix: new Array(16).fill(0) } } as never);
  return uploaded;
}

describe('triangles made ahead (the boundary worker, for an import)', () => {
  const collection = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, properties: { code: 'a' }, geometry: { type: 'Polygon' as const, coordinates: [square(105, 19, 1)] } },
      { type: 'Feature' as const, properties: { code: 'b' }, geometry: { type: 'Polygon' as const, coordinates: [square(106, 19, 1)] } },
    ],
  };

  it("are relative to the same origin on both sides: the first polygon's first vertex", () => {
    expect(originOf(collection.features)).toEqual(mercator([105, 19]));
    expect(originOf([])).toEqual([0, 0]);
  });

  it('are what the hatching draws for that collection; without them it makes its own, the same', () => {
    const own = drawnVertices(collection, ['b']);
    expect([...own]).toEqual([...mercatorTriangles(collection.features[1].geometry, originOf(collection.features))]);
    const copy = structuredClone(collection);
    const given = new Float32Array([0, 0, 1, 0, 0, 1]);
    provideTriangles(copy, new Map([['b', given]]));
    expect([...drawnVertices(copy, ['b'])]).toEqual([...given]);
    // Only for the collection they were made for.
    expect([...drawnVertices(structuredClone(collection), ['b'])]).toEqual([...own]);
  });
});
