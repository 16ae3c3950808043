/**
 * The pre-2025 provinces drawn in a 2025 province view come from the 2025 communes themselves (issue 16,
 * cartography): one outline per old province in the committed province files, merged along the communes' shared
 * arcs, so its area is the sum of its communes' and its coast is theirs. The rule for a commune formed from two
 * old provinces is unit-tested on small tables; the build is deterministic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { reformOldProvinceLookup } from '../../scripts/lib/boundary-files';
import { buildCommunes2025 } from '../../scripts/lib/communes-2025';
import { assignOldProvince, bareUnitName, type OldProvinceLookup, type OldProvinceProperties } from '../../scripts/lib/old-provinces-2025';
import { committedBoundariesDir, communes2025SourceFile } from '../../scripts/lib/paths';
import { loadReform, newProvinceList } from '../../scripts/lib/reform';

const read = <T>(path: string): T => JSON.parse(readFileSync(join(committedBoundariesDir, path), 'utf8')) as T;
const index = read<{ code: string }[]>('2025/index.json');

describe('old provinces drawn from the 2025 communes', () => {
  it('give every pre-2025 province one outline whose area is the sum of its communes’, in the 2025 province it joined', () => {
    const lookup = reformOldProvinceLookup();
    const seen: string[] = [];
    for (const { code } of index) {
      const topology = read<Topology>(`2025/communes/${code}.topo.json`);
      const old = topology.objects.oldProvinces as GeometryCollection<OldProvinceProperties>;
      expect(old, `province file ${code} has no oldProvinces`).toBeDefined();
      const outlines = feature(topology, old).features;
      // One outline per old province forming the 2025 province, as the reform lists them.
      expect(outlines.map((f) => f.properties.code)).toEqual([...newProvinceList().find((p) => p.code === code)!.members]);
      const communes = (topology.objects.communes as GeometryCollection<{ code: string; name: string; province: string }>).geometries;
      for (const outline of outlines) {
        seen.push(outline.properties.code);
        expect(outline.geometry.type).toBe('MultiPolygon');
        const own = communes.filter(
          (g) => assignOldProvince(g.properties as { code: string; name: string; province: string }, lookup).oldProvince === outline.properties.code,
        );
        expect(outline.properties.communes).toBe(own.length);
        expect(outline.properties.province).toBe(code);
        const sum = own.reduce((total, g) => total + area(feature(topology, g as GeometryObject)), 0);
        const merged = area(outline);
        // The same arcs: the merged outline covers exactly its communes (no slivers, no overlaps), within 0.1 %.
        expect(Math.abs(merged - sum) / sum, `${outline.properties.name}: ${merged} m² vs ${sum} m²`).toBeLessThan(1e-3);
      }
    }
    // Every old province of the crosswalk, once (63: Quảng Ninh included, which the district data lacks).
    const allOld = [...new Set(newProvinceList().flatMap((p) => p.members))].sort();
    expect(seen.sort()).toEqual(allOld);
    expect(allOld).toContain('22');
  });

  it('names the old provinces and outlines Hà Nam, Nam Định and Ninh Bình inside today’s Ninh Bình', () => {
    const topology = read<Topology>('2025/communes/37.topo.json');
    const names = (topology.objects.oldProvinces as GeometryCollection<OldProvinceProperties>).geometries.map(
      (g) => (g.properties as OldProvinceProperties).name,
    );
    expect(names).toEqual(['Tỉnh Hà Nam', 'Tỉnh Nam Định', 'Tỉnh Ninh Bình']);
    expect(
      loadReform()
        .units2025.filter((u) => u.tier === 'province' && ['35', '36', '37'].includes(u.code))
        .map((u) => u.name),
    ).toEqual(names);
  });

  const source = communes2025SourceFile([]);
  it.skipIf(!existsSync(source))(
    'is deterministic: two builds from the source write the same province files',
    () => {
      const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology;
      const wards = new Map([...loadReform().wards.values()].map((w) => [w.ward_code, w.province_code]));
      const a = buildCommunes2025(topology, wards, reformOldProvinceLookup());
      const b = buildCommunes2025(JSON.parse(readFileSync(source, 'utf8')) as Topology, wards, reformOldProvinceLookup());
      for (const { code } of index) {
        const text = JSON.stringify(a.byProvince.get(code));
        expect(text).toBe(JSON.stringify(b.byProvince.get(code)));
        expect(text).toBe(readFileSync(join(committedBoundariesDir, `2025/communes/${code}.topo.json`), 'utf8'));
      }
      // How the 3,321 communes were followed (the README states these figures).
      const by = new Map<string, number>();
      for (const x of a.oldProvinces.values()) by.set(x.by, (by.get(x.by) ?? 0) + 1);
      expect([...a.oldProvinces.values()].filter((x) => x.mixed).length).toBe(0);
      expect(a.oldProvinces.size).toBe(3321);
      expect(by.get('crosswalk')).toBeGreaterThan(3300);
    },
    60_000,
  );
});

describe('the old province of a 2025 commune', () => {
  const lookup = (predecessors: Record<string, string[]>, members: string[] = ['01', '02']): OldProvinceLookup => ({
    predecessors: (code) => predecessors[code] ?? [],
    provinceOf: (code) => (code.startsWith('a') ? '01' : code.startsWith('b') ? '02' : code === 'isle-district' ? '02' : null),
    unitsNamed: (name) => (name === bareUnitName('Huyện Hòn Đảo') ? ['isle-district'] : []),
    membersOf: () => members,
    nameOf: (code) => `Tỉnh ${code}`,
  });
  const commune = (code: string, name = 'Xã Mới') => ({ code, name, province: '01' });

  it('is that of its predecessors, or of most of them when they lie in two old provinces (ties: lowest code)', () => {
    expect(assignOldProvince(commune('n1'), lookup({ n1: ['a1', 'a2'] }))).toMatchObject({ oldProvince: '01', mixed: null, by: 'crosswalk' });
    const mixed = assignOldProvince(commune('n2'), lookup({ n2: ['a1', 'b1', 'b2'] }));
    expect(mixed.oldProvince).toBe('02');
    expect([...mixed.mixed!]).toEqual([
      ['01', 1],
      ['02', 2],
    ]);
    expect(assignOldProvince(commune('n3'), lookup({ n3: ['b1', 'a1'] })).oldProvince).toBe('01');
  });

  it('follows a commune without predecessors by its own code, then by an old district of its name, else fails', () => {
    expect(assignOldProvince(commune('b9'), lookup({})).by).toBe('own-code');
    expect(assignOldProvince(commune('n4', 'Đặc khu Hòn Đảo'), lookup({}))).toMatchObject({ oldProvince: '02', by: 'name' });
    expect(assignOldProvince(commune('n5'), lookup({}, ['01'])).by).toBe('only-member');
    expect(() => assignOldProvince(commune('n6'), lookup({}))).toThrow(/n6 Xã Mới/);
  });
});
