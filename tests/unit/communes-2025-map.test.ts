/**
 * Today's communes and provinces as map data (issue 14 phase 2): the 34 real provinces with the archipelagos
 * labelled as parts of Đà Nẵng and Khánh Hòa, the mainland framing, a province's communes and paint, the
 * picker's 34 choices, and the office's 2025 overlay stored under "37@2025" without being quarantined.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { NewProvinceEntry, ProvinceIndexEntry } from '../../src/data/contracts';
import { buildProvince2025Model, communesOfTopology, type Province2025Entry } from '../../src/domain/communes-2025';
import type { ProvinceHistory } from '../../src/domain/history';
import { makeChangeSet, applyChangeSet } from '../../src/domain/overlay';
import { province2025Paint } from '../../src/domain/new-commune-plan';
import { provinceChoices2025, standaloneEntry2025 } from '../../src/domain/province-choices-2025';
import { emptyOverlay2025, overlayKey2025 } from '../../src/domain/status-import-2025';
import { listQuarantined, loadOverlay, saveOverlay } from '../../src/io/storage';
import { communes2025Features, hasStatus2025, newCommuneView, officePaint2025, planPaint2025, province2025Outline } from '../../src/map/layers/communes-2025';
import { ISLANDS_2025, islandLabels, mainland, provinces2025Features } from '../../src/map/layers/national-2025';
import { categoryColor } from '../../src/ui/scale';
import { loadProvinceModel } from '../../scripts/lib/province-model';

const root = join(__dirname, '../..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const provincesTopo = read<Topology>('data/boundaries/2025/provinces.topo.json');
const communesTopo = read<Topology>('data/boundaries/2025/communes.topo.json');
const index = read<Province2025Entry[]>('data/boundaries/2025/index.json');
const newProvinces = read<NewProvinceEntry[]>('public/generated/new-provinces.json');
const oldProvinces = read<ProvinceIndexEntry[]>('public/generated/provinces.json');

describe('the 34 provinces nationally', () => {
  const fc = provinces2025Features(provincesTopo, newProvinces);

  it('draws all 34 (Quảng Ninh included), with the old provinces forming each', () => {
    expect(fc.features.map((f) => f.properties.code).sort()).toEqual(index.map((p) => p.code).sort());
    expect(fc.features.find((f) => f.properties.code === '22')?.properties.name).toBe('Tỉnh Quảng Ninh');
    expect(fc.features.find((f) => f.properties.code === '37')?.properties.members).toBe('35,36,37');
  });

  it('names the archipelagos as the commune file does, and labels them as parts of Đà Nẵng and Khánh Hòa', () => {
    const communes = communesOfTopology(communesTopo);
    for (const island of ISLANDS_2025) {
      const c = communes.find((x) => x.code === island.code);
      expect(c?.name).toBe(`Đặc khu ${island.name}`);
      expect(c?.provinceCode).toBe(island.province);
    }
    const labels = islandLabels(fc, (island, province) => `${island} (${province})`);
    expect(labels.map((l) => l.properties.label)).toEqual(['Hoàng Sa (Đà Nẵng)', 'Trường Sa (Khánh Hòa)']);
    // Out at sea: east of the coast, Hoàng Sa north of Trường Sa.
    const [hs, ts] = labels.map((l) => l.geometry.coordinates);
    expect(hs[0]).toBeGreaterThan(110.5);
    expect(ts[0]).toBeGreaterThan(110.5);
    expect(hs[1]).toBeGreaterThan(15);
    expect(ts[1]).toBeLessThan(12);
  });

  it('frames Đà Nẵng and Khánh Hòa on the mainland, without the far offshore parts', () => {
    const daNang = { type: 'FeatureCollection' as const, features: fc.features.filter((f) => f.properties.code === '48') };
    const lons = (x: ReturnType<typeof mainland>) =>
      x.features.flatMap((f) => (f.geometry as GeoJSON.MultiPolygon).coordinates.flatMap((p) => p[0].map((c) => c[0])));
    expect(Math.max(...lons(mainland(daNang)))).toBeLessThan(110);
    expect(mainland(daNang).features).toHaveLength(1);
    // Khánh Hòa: Trường Sa reaches west of 110°E far to the south; it is left out all the same.
    const khanhHoa = { type: 'FeatureCollection' as const, features: fc.features.filter((f) => f.properties.code === '56') };
    const lats = mainland(khanhHoa).features.flatMap((f) => (f.geometry as GeoJSON.MultiPolygon).coordinates.flatMap((p) => p[0].map((c) => c[1])));
    expect(Math.min(...lats)).toBeGreaterThan(11);
    expect(Math.max(...lons(mainland(khanhHoa)))).toBeLessThan(110);
  });
});

describe('a 2025 province on the map', () => {
  const topology = read<Topology>('public/generated/2025/communes/38.topo.json');
  const thanhHoa = loadProvinceModel('thanh-hoa');
  const history = read<ProvinceHistory>('public/generated/history/38.json');
  const model = buildProvince2025Model(
    index.find((p) => p.code === '38')!,
    communesOfTopology(topology, '38'),
    [{ model: thanhHoa, history }],
  );

  it('draws every commune of the province once, with its outline', () => {
    const fc = communes2025Features(topology, '38');
    expect(fc.features).toHaveLength(166);
    expect(new Set(fc.features.map((f) => f.properties.code))).toEqual(new Set(model.communes.map((c) => c.code)));
    expect(province2025Outline(topology, '38').features).toHaveLength(1);
  });

  it('paints by the plans seen through the predecessors: hatched when only some, outlined when partial, never "not achieved" for silence', () => {
    for (const view of ['level', 'registration', 'agency'] as const) {
      const paint = planPaint2025(model, view, 2025, []);
      const expected = province2025Paint(model, newCommuneView(view), 2025);
      expect(paint.size).toBe(166);
      for (const [code, p] of expected) {
        const state = paint.get(code)!;
        if (view !== 'agency') expect(state.fill).toBe(categoryColor(p.category));
        expect(state.split).toBe(p.partial);
        expect(state.partial).toBe(p.share === 'some' || p.category === 'no-data');
      }
    }
    expect(newCommuneView('progress')).toBe('registration');
  });

  it('paints by the office’s 2025 table in the district maps’ views once one is imported', () => {
    const [a] = model.communes;
    const overlay = emptyOverlay2025('38');
    expect(hasStatus2025(overlay)).toBe(false);
    const next = applyChangeSet(
      overlay,
      makeChangeSet(overlay, [{ code: a.code, facts: { level: 'ntm-advanced' } }], {
        id: '1',
        at: '2026-01-01T00:00:00Z',
        by: 'A',
        origin: 'import',
        label: 't',
      }),
    );
    expect(hasStatus2025(next)).toBe(true);
    const paint = officePaint2025(model, next, 'level', 2026, {});
    expect(paint.get(a.code)?.fill).toBe(categoryColor('ntm-advanced'));
    expect(paint.get(model.communes[1].code)?.fill).toBe(categoryColor('no-data'));
  });
});

describe('the province picker from 1 July 2025', () => {
  const plans = ['hai-duong', 'ninh-binh', 'ninh-thuan', 'quang-nam', 'thanh-hoa'];

  it('offers all 34 provinces of 2025/index.json, through the planned member, Quảng Ninh by itself (no pre-2025 files)', () => {
    const choices = provinceChoices2025(index, newProvinces, oldProvinces, plans, null);
    expect(choices.map((c) => c.code).sort()).toEqual(index.map((p) => p.code).sort());
    expect(choices).toHaveLength(34);
    const quangNinh = choices.find((c) => c.code === '22')!;
    expect(quangNinh).toMatchObject({ slug: index.find((p) => p.code === '22')!.slug, standalone: true, planned: false });
    expect(oldProvinces.some((p) => p.slug === quangNinh.slug)).toBe(false);
    expect(choices.filter((c) => c.standalone).map((c) => c.code)).toEqual(['22']);
    expect(choices.find((c) => c.code === '48')).toMatchObject({ slug: 'quang-nam', planned: true, standalone: false });
    expect(choices.find((c) => c.code === '31')).toMatchObject({ slug: 'hai-duong', planned: true });
    expect(
      choices
        .filter((c) => c.planned)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['31', '37', '38', '48', '56']);
  });

  it('keeps the open old province as the value of its 2025 province', () => {
    expect(provinceChoices2025(index, newProvinces, oldProvinces, plans, 'ha-nam').find((c) => c.code === '37')?.slug).toBe('ha-nam');
  });

  it('every one of the 34 opens on all its communes: the file the app loads has the 2025 data’s count for that province', () => {
    const choices = provinceChoices2025(index, newProvinces, oldProvinces, plans, null);
    for (const entry of index) {
      const choice = choices.find((c) => c.code === entry.code)!;
      // Opened through an old province the app has files for, or by itself from the 2025 files.
      if (choice.standalone) expect(standaloneEntry2025(choice.slug, index, oldProvinces)?.code).toBe(entry.code);
      else expect(newProvinces.find((n) => n.code === entry.code)!.members).toContain(oldProvinces.find((p) => p.slug === choice.slug)?.code);
      const own = read<Topology>(`public/generated/2025/communes/${entry.code}.topo.json`);
      const model = buildProvince2025Model(entry, communesOfTopology(own, entry.code));
      const national = communesOfTopology(communesTopo, entry.code);
      expect(model.communes.map((c) => c.code)).toEqual(national.map((c) => c.code));
      expect(model.communes.length).toBe(entry.communeCount);
    }
    expect(index.reduce((n, p) => n + p.communeCount, 0)).toBe(3321);
  });

  it('opens a 2025 slug by itself only when no old province has that slug', () => {
    const qn = index.find((p) => p.code === '22')!;
    expect(standaloneEntry2025(qn.slug, index, oldProvinces)?.code).toBe('22');
    expect(standaloneEntry2025('thanh-hoa', index, oldProvinces)).toBeNull();
    expect(standaloneEntry2025('no-such-province', index, oldProvinces)).toBeNull();
  });
});

describe('the office’s 2025 data in the browser', () => {
  it('is stored under "37@2025", apart from the old province’s, and read back without quarantine', async () => {
    const overlay = emptyOverlay2025('37');
    const next = applyChangeSet(
      overlay,
      makeChangeSet(overlay, [{ code: '14365', facts: { level: 'ntm' } }], { id: '1', at: '2026-01-01T00:00:00Z', by: 'A', origin: 'import', label: 't' }),
    );
    await saveOverlay(next);
    const loaded = await loadOverlay(overlayKey2025('37'));
    expect(loaded?.provinceCode).toBe('37@2025');
    expect(loaded?.units['14365']).toEqual({ level: 'ntm' });
    expect(await loadOverlay('37')).toBeUndefined();
    expect(await listQuarantined()).toEqual([]);
  });
});

describe('the first sight of today’s communes', () => {
  it('opens on the plans’ view that says something of the most communes, without touching the district maps’ view', async () => {
    const { selectView2025 } = await import('../../src/state/province-choices');
    const history = read<ProvinceHistory>('public/generated/history/58.json');
    const topology = read<Topology>('public/generated/2025/communes/56.topo.json');
    const model = buildProvince2025Model(
      index.find((p) => p.code === '56')!,
      communesOfTopology(topology, '56'),
      [{ model: loadProvinceModel('ninh-thuan'), history }],
    );
    const known = (view: 'level' | 'registration' | 'agency') =>
      [...province2025Paint(model, view, 2025).values()].filter((p) => p.category !== 'no-data').length;
    const state = {
      province2025: { code: '56', model, topology, overlay: emptyOverlay2025('56') },
      history: { ...history, newProvince: { ...history.newProvince, code: '56' } },
      view2025: null,
      standalone2025: null,
      year: 2025,
    };
    const auto = selectView2025(state);
    for (const view of ['level', 'registration', 'agency'] as const) expect(known(auto)).toBeGreaterThanOrEqual(known(view));
    expect(known(auto)).toBeGreaterThan(0);
    // A view chosen in the legend wins.
    expect(selectView2025({ ...state, view2025: 'level' })).toBe('level');
  });
});
