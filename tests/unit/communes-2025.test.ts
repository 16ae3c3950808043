import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildCommunes2025, communes2025Problems, EXPECTED_COMMUNES } from '../../scripts/lib/communes-2025';
import { topologySubset } from '../../scripts/lib/topology-subset';

/** Two unit squares side by side (arc 0 is their shared edge) and a third square apart. */
function squares(): Topology {
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [1, 1],
        [-1, 0],
        [0, -1],
        [1, 0],
      ],
      [
        [1, 0],
        [1, 0],
        [0, 1],
        [-1, 0],
      ],
      [
        [5, 5],
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1],
      ],
    ],
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { code: '00001', name: 'Xã A', province: '01' } },
          { type: 'Polygon', arcs: [[2, -1]], properties: { code: '00002', name: 'Xã B', province: '01' } },
          { type: 'Polygon', arcs: [[3]], properties: { code: '00003', name: 'Phường Hoà C'.normalize('NFD'), province: '02' } },
        ],
      },
      provinces: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[1, 2]], properties: { code: '01', name: 'Tỉnh Một' } },
          { type: 'Polygon', arcs: [[3]], properties: { code: '02', name: 'Tỉnh Hai' } },
        ],
      },
    },
  } as unknown as Topology;
}

describe('a part of a topology as a topology of its own', () => {
  it('keeps only the arcs its geometries use, renumbered, reversed arcs still reversed, same coordinates', () => {
    const whole = squares();
    const communes = (whole.objects.communes as unknown as { geometries: never[] }).geometries;
    const part = topologySubset(whole, { communes: [communes[1]] });
    expect(part.arcs).toEqual([whole.arcs[2], whole.arcs[0]]);
    expect((part.objects.communes as unknown as { geometries: { arcs: number[][] }[] }).geometries[0].arcs).toEqual([[0, ~1]]);
    const before = feature(whole, { type: 'GeometryCollection', geometries: [communes[1]] } as never);
    const after = feature(part, part.objects.communes as never);
    expect(after).toEqual(before);
    expect(part.transform).toEqual(whole.transform);
    expect(part.bbox).toEqual([1, 0, 2, 1]);
  });
});

describe('the 2025 commune file checked against the 2025 gazetteer', () => {
  const wards = new Map([
    ['00001', '01'],
    ['00002', '01'],
    ['00003', '02'],
  ]);

  it('reports the counts it expects, and nothing else, for a file that matches the gazetteer', () => {
    expect(communes2025Problems(squares(), wards)).toEqual([`3 communes, expected ${EXPECTED_COMMUNES}`, '2 provinces, expected 34']);
  });

  it('names a duplicate code, a code the gazetteer does not know, a commune in the wrong province and a missing one', () => {
    const topo = squares();
    const g = (topo.objects.communes as unknown as { geometries: { properties: Record<string, string> }[] }).geometries;
    g[1].properties.code = '00001';
    g[2].properties.province = '01';
    const problems = communes2025Problems(topo, new Map([...wards, ['00009', '02']]));
    expect(problems).toContain('commune code 00001 appears twice');
    expect(problems).toContain('commune 00003 is in province 01 here but 02 in the 2025 gazetteer');
    expect(problems).toContain('2 communes of the 2025 gazetteer have no polygon: 00002, 00009');
    g[0].properties.code = '123';
    expect(communes2025Problems(topo, wards).join('\n')).toMatch(/a commune has no 5-digit code \("123"/);
  });

  it('joins the two communes that the gazetteer codes differently by their alias, not by name', () => {
    const topo = squares();
    const g = (topo.objects.communes as unknown as { geometries: { properties: Record<string, string> }[] }).geometries;
    g[0].properties.code = '06978';
    expect(
      communes2025Problems(
        topo,
        new Map([
          ['06970', '01'],
          ['00002', '01'],
          ['00003', '02'],
        ]),
      ).filter((p) => !/expected/.test(p)),
    ).toEqual([]);
  });

  it('refuses to build from a file that does not match', () => {
    expect(() => buildCommunes2025(squares(), wards)).toThrow(/does not match the 2025 gazetteer:\n {2}- 3 communes, expected 3321/);
  });
});
