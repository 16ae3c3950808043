/**
 * The boundaries the app serves are committed under data/boundaries (a fresh clone needs nothing beside it).
 * They must be whole (every 2025 commune, every plan-era district file) and must not drift from the raw sources:
 * where ../shared/boundaries is present they are rebuilt here and compared byte for byte.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBoundaryFiles, compareTrees, writeTree } from '../../scripts/lib/boundary-files';
import { boundariesSourceDir, committedBoundariesDir, communes2025SourceFile } from '../../scripts/lib/paths';

const read = <T>(path: string): T => JSON.parse(readFileSync(join(committedBoundariesDir, path), 'utf8')) as T;
const codesIn = (topology: Topology, object: string) =>
  (topology.objects[object] as unknown as { geometries: { properties: { code: string } }[] }).geometries.map((g) => g.properties.code);

describe('committed boundaries', () => {
  it('hold all 3,321 communes of 1 July 2025 in 34 provinces, each province file with exactly its own communes', () => {
    const index = read<{ code: string; slug: string; communeCount: number }[]>('2025/index.json');
    expect(index).toHaveLength(34);
    const national = read<Topology>('2025/communes.topo.json');
    const all = codesIn(national, 'communes');
    expect(new Set(all).size).toBe(3321);
    const perProvince = index.map((p) => codesIn(read<Topology>(`2025/communes/${p.code}.topo.json`), 'communes'));
    expect(perProvince.flat().sort()).toEqual([...all].sort());
    expect(index.map((p) => p.communeCount)).toEqual(perProvince.map((c) => c.length));
    // The counts the communes issue gives for the plan provinces' successors, from the file's README.
    const count = (slug: string) => index.find((p) => p.slug === slug)?.communeCount;
    expect([count('thanh-hoa'), count('ninh-binh'), count('hai-phong'), count('khanh-hoa'), count('da-nang')]).toEqual([166, 129, 114, 65, 94]);
    expect(codesIn(read<Topology>('2025/provinces.topo.json'), 'provinces')).toHaveLength(34);
  });

  it('draw Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) with their islands', () => {
    const communes = feature(
      read<Topology>('2025/communes.topo.json'),
      read<Topology>('2025/communes.topo.json').objects.communes as never,
    ) as unknown as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon, { code: string; name: string; province: string }>;
    const hoangSa = communes.features.find((f) => f.properties.code === '20333')!;
    const truongSa = communes.features.find((f) => f.properties.code === '22736')!;
    expect([hoangSa.properties.name, hoangSa.properties.province]).toEqual(['Đặc khu Hoàng Sa', '48']);
    expect([truongSa.properties.name, truongSa.properties.province]).toEqual(['Đặc khu Trường Sa', '56']);
    expect(hoangSa.geometry.type === 'MultiPolygon' && hoangSa.geometry.coordinates.length).toBeGreaterThan(10);
    expect(truongSa.geometry.type === 'MultiPolygon' && truongSa.geometry.coordinates.length).toBeGreaterThan(10);
  });

  it('hold one district file per pre-2025 province in the index, and every folder has its licence notice', () => {
    const index = read<{ code: string; districtCount: number }[]>('dvhcvn/provinces.json');
    expect(index).toHaveLength(62);
    expect(readdirSync(join(committedBoundariesDir, 'dvhcvn/districts')).sort()).toEqual(index.map((p) => `${p.code}.topo.json`).sort());
    const thanhHoa = read<Topology>('dvhcvn/districts/38.topo.json');
    expect(new Set(codesIn(thanhHoa, 'districts')).size).toBe(27);
    for (const folder of ['dvhcvn', '2025']) {
      expect(readFileSync(join(committedBoundariesDir, folder, 'NOTICE.md'), 'utf8')).toMatch(/Licen[cs]e/);
    }
    expect(readFileSync(join(committedBoundariesDir, '2025', 'NOTICE.md'), 'utf8')).toContain('sapnhap.bando.com.vn');
    expect(readFileSync(join(committedBoundariesDir, 'dvhcvn', 'COPYING'), 'utf8')).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(readFileSync(join(committedBoundariesDir, '2025', 'LICENSE'), 'utf8')).toContain('Thang Le Quoc');
  });

  const districtSource = boundariesSourceDir([]);
  const communeSource = communes2025SourceFile([]);
  const haveSources = existsSync(districtSource) && existsSync(communeSource);
  const why = haveSources ? '' : ` — skipped: the raw sources are not at ${districtSource} and ${communeSource}`;
  it.skipIf(!haveSources)(
    `match a rebuild from the raw sources byte for byte (npm run boundaries:check)${why}`,
    () => {
      const files = buildBoundaryFiles(districtSource, communeSource);
      const dir = mkdtempSync(join(tmpdir(), 'ntm-boundaries-'));
      try {
        writeTree(dir, files);
        expect(compareTrees(committedBoundariesDir, dir, [...files.keys()])).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
