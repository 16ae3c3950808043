/** The label point's centre of mass is turf's (src/geo/labels.ts keeps only its Polygon case, issue 19). */
import { centerOfMass, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, polygonCenterOfMass } from '../../src/geo/labels';

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

const shapes: Record<string, Position[][]> = {
  square: [square(105, 19, 1)],
  'L-shaped (concave)': [
    [
      [105, 19],
      [106.2, 19],
      [106.2, 19.3],
      [105.4, 19.3],
      [105.4, 20.1],
      [105, 20.1],
      [105, 19],
    ],
  ],
  'with a hole': [square(105, 19, 1), square(105.1, 19.1, 0.5).reverse()],
  'degenerate (no area)': [
    [
      [105, 19],
      [106, 19],
      [105, 19],
      [105, 19],
    ],
  ],
};

describe('label points', () => {
  for (const [name, rings] of Object.entries(shapes))
    it(`centre of mass of a polygon ${name}: the same as turf's`, () => {
      const part = polygon(rings);
      expect(polygonCenterOfMass(part).geometry.coordinates).toEqual(centerOfMass(part).geometry.coordinates);
    });

  it('puts the point inside the largest part, even for a concave one', () => {
    const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [shapes['L-shaped (concave)'], [square(108, 19, 0.1)]] });
    expect(x).toBeGreaterThanOrEqual(105);
    expect(x).toBeLessThanOrEqual(106.2);
    expect(y).toBeGreaterThanOrEqual(19);
    expect(y).toBeLessThanOrEqual(20.1);
  });
});
