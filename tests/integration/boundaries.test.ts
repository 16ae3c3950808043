import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assertProvinceFile, provinceToTopology } from '../../scripts/lib/boundaries';
import { buildDistrictFiles } from '../../scripts/lib/boundary-files';
import { labelPoint } from '../../src/geo/labels';
import { districtFeatures } from '../../src/geo/topology';
import { booleanPointInPolygon, point } from '@turf/turf';

const root = resolve(__dirname, '../..');
const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/boundaries/99.json'), 'utf8'));

describe('boundary conversion', () => {
  it('turns a dvhcvn-gis province into a quantized topology of its districts with codes and NFC names', () => {
    assertProvinceFile(fixture, '99.json');
    const topo = provinceToTopology(fixture);
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    const features = districtFeatures(topo);
    expect(features.features.map((f) => f.properties.code)).toEqual(['991', '992']);
    expect(features.features[1].properties.name).toBe('Thành phố Hoà Bình'.normalize('NFC'));
    expect(features.features[1].geometry.type).toBe('MultiPolygon');
    // The shared border between the two districts is stored once.
    const arcsUsed = JSON.stringify(topo.objects.districts);
    expect(arcsUsed).toMatch(/-\d+|~/);
  });

  it('rejects files without districts or with other geometry types', () => {
    expect(() => assertProvinceFile({ level1_id: '99' }, 'x.json')).toThrow(/level2s/);
    expect(() => assertProvinceFile({ level1_id: '99', level2s: [{ level2_id: '1', name: 'A', type: 'Point' }] }, 'x.json')).toThrow(/Point/);
    expect(() => assertProvinceFile(null, 'x.json')).toThrow(/not a JSON object/);
  });

  it('the rebuild writes one topology per province, an index and the national layer', () => {
    const files = buildDistrictFiles(join(root, 'tests/fixtures/boundaries'));
    expect(JSON.parse(files.get('dvhcvn/provinces.json')!)).toEqual([
      { code: '99', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem', bbox: [105, 20, 105.2, 20.1], districtCount: 2 },
    ]);
    expect(districtFeatures(JSON.parse(files.get('dvhcvn/districts/99.topo.json')!)).features).toHaveLength(2);
    expect(Object.keys(JSON.parse(files.get('dvhcvn/national.topo.json')!).objects)).toEqual(expect.arrayContaining(['districts', 'provinces']));
    // Deterministic: the same sources give the same bytes, so the committed files diff cleanly.
    expect(buildDistrictFiles(join(root, 'tests/fixtures/boundaries'))).toEqual(files);
  });

  it('the rebuild fails with a clear message when the source folder is missing', () => {
    expect(() => buildDistrictFiles('/nonexistent/dvhcvn-gis')).toThrow(
      /District boundary source folder not found at \/nonexistent\/dvhcvn-gis[\s\S]*NTM_BOUNDARIES_DIR/,
    );
  });
});

describe('label points', () => {
  it('puts the label inside a concave district', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const p = labelPoint(u);
    expect(booleanPointInPolygon(point(p), u)).toBe(true);
  });
  it('uses the largest part of a multipolygon, one label per unit', () => {
    const p = labelPoint(fixture.level2s[1]);
    expect(p[0]).toBeGreaterThan(105.1);
    expect(p[0]).toBeLessThan(105.2);
  });
});

describe('framing a shape', () => {
  it('leaves small far-off islands out of the box', async () => {
    const { mainBbox } = await import('../../src/geo/main-bbox');
    const square = (x: number, y: number, s: number) => [
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ],
    ];
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: [square(107, 15, 1), square(112, 16, 0.01)] } },
      ],
    };
    expect(mainBbox(fc)).toEqual([107, 15, 108, 16]);
    expect(mainBbox(fc, 0)).toEqual([107, 15, 112.01, 16.01]);
  });
});

describe('2025 provinces from the old outlines', () => {
  it('dissolves Hà Nam, Nam Định and Ninh Bình into one new Ninh Bình without gaps or overlaps', async () => {
    // The national layer as committed (data/boundaries/dvhcvn), built from the sources with shared arcs.
    const { feature } = await import('topojson-client');
    const { area } = await import('@turf/turf');
    const national = JSON.parse(readFileSync(join(root, 'data/boundaries/dvhcvn/national.topo.json'), 'utf8'));
    const members = ['35', '36', '37'];
    const topo = {
      ...national,
      objects: {
        newProvinces: {
          type: 'GeometryCollection',
          geometries: national.objects.newProvinces.geometries.filter((g: { properties: { code: string } }) => g.properties.code === '37'),
        },
        provinces: {
          type: 'GeometryCollection',
          geometries: national.objects.provinces.geometries.filter((g: { properties: { code: string } }) => members.includes(g.properties.code)),
        },
      },
    };
    const merged = feature(topo, topo.objects.newProvinces as never) as unknown as GeoJSON.FeatureCollection;
    expect(merged.features).toHaveLength(1);
    expect(merged.features[0].properties).toMatchObject({ code: '37', members: '35,36,37' });
    const old = feature(topo, topo.objects.provinces as never) as unknown as GeoJSON.FeatureCollection;
    const sum = old.features.reduce((n, f) => n + area(f), 0);
    expect(Math.abs(area(merged.features[0]) - sum) / sum).toBeLessThan(0.001);
    // One outer boundary on the mainland: shared borders are gone, not left as slivers.
    const g = merged.features[0].geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const big = polygons.filter((p) => area({ type: 'Polygon', coordinates: p }) > sum * 0.01);
    expect(big).toHaveLength(1);
    expect(big[0]).toHaveLength(1);
  });
});

describe('dissolving communes into their 2025 commune', () => {
  it('merges touching polygons of a group into one and keeps groups apart', async () => {
    const { dissolveByGroup } = await import('../../src/geo/dissolve');
    const { area } = await import('@turf/turf');
    const sq = (code: string, x: number, y: number) => ({
      type: 'Feature' as const,
      properties: { code },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [x, y],
            [x + 1, y],
            [x + 1, y + 1],
            [x, y + 1],
            [x, y],
          ],
        ],
      },
    });
    const fc = { type: 'FeatureCollection' as const, features: [sq('a', 0, 0), sq('b', 1, 0), sq('c', 2, 0), sq('d', 5, 5)] };
    const groups: Record<string, string> = { a: 'N1', b: 'N1', c: 'N2', d: 'N1' };
    const out = dissolveByGroup(
      fc,
      (c) => groups[c] ?? null,
      (g) => `Xã ${g}`,
    );
    expect(out.features.map((f) => f.properties.code).sort()).toEqual(['N1', 'N2']);
    const n1 = out.features.find((f) => f.properties.code === 'N1')!;
    expect(n1.properties).toMatchObject({ name: 'Xã N1', parts: 3 });
    // a and b share an edge: one ring; d is apart: a second part.
    expect(n1.geometry.type).toBe('MultiPolygon');
    expect((n1.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(2);
    expect(area(n1)).toBeCloseTo(area(sq('a', 0, 0)) + area(sq('b', 1, 0)) + area(sq('d', 5, 5)), -3);
    // A code without a group is left out, not guessed.
    expect(
      dissolveByGroup(
        fc,
        () => null,
        (g) => g,
      ).features,
    ).toHaveLength(0);
  });
});
