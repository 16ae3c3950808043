/** The archipelagos' inset (issue 16): projected into a small box, north first, each part inside it, labels in two lines. */
import { describe, expect, it } from 'vitest';
import { boxWithin, insetDrawing, ringsPath } from '../../src/geo/islands-inset';

const square = (lon: number, lat: number, d: number) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
];

describe('islands inset', () => {
  const south = { code: '22736', label: 'Trường Sa (Khánh Hòa)', polygons: [square(112, 8, 0.2), square(115, 11, 0.1)] };
  const north = { code: '20333', label: 'Hoàng Sa (Đà Nẵng)', polygons: [square(111.2, 15.8, 0.3), square(112.5, 16.8, 0.1)] };

  it('stacks the archipelagos north first, every point inside the box, one scale for both', () => {
    const d = insetDrawing([south, north], 140, 84)!;
    expect(d.parts.map((p) => p.code)).toEqual(['20333', '22736']);
    const points = d.parts.flatMap((p) => p.rings.flat());
    expect(points.every(([x, y]) => x >= 0 && x <= d.width && y >= 0 && y <= d.height)).toBe(true);
    // Trường Sa spans 3.1° of latitude, more than Hoàng Sa: it sets the scale and is exactly as tall as a part may be.
    const ys = d.parts[1].rings.flat().map(([, y]) => y);
    const xs = d.parts[1].rings.flat().map(([x]) => x);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(84, 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(124);
    // Hoàng Sa at the same scale (px per degree of latitude).
    const hy = d.parts[0].rings.flat().map(([, y]) => y);
    expect((Math.max(...hy) - Math.min(...hy)) / 1.1).toBeCloseTo(84 / 3.1, 0);
    expect(d.parts[1].lines).toEqual(['Trường Sa', '(Khánh Hòa)']);
    // The northern part's label sits above the southern part's islands.
    expect(d.parts[0].labelAt[1]).toBeLessThan(Math.min(...d.parts[1].rings.flat().map(([, y]) => y)));
    expect(ringsPath(d.parts[0].rings).match(/M/g)).toHaveLength(2);
  });

  it('draws nothing without islands, and tells whether a box is inside the frame', () => {
    expect(insetDrawing([{ ...north, polygons: [] }], 140, 84)).toBeNull();
    expect(boxWithin([112, 9, 113, 10], [102, 8, 117, 24])).toBe(true);
    expect(boxWithin([112, 9, 116, 10], [102, 8, 115, 24])).toBe(false);
  });
});
