/**
 * Today's communes nationally (issue 14, the overview's "Xã" tier): the build's plan paint (encoded once, read by the
 * map and the legend) paints each commune as the province's own 2025 map does; the first-sight view; the legend's
 * counts (plan provinces, unplanned, other provinces); the features drawn (colour and hatching in properties).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { NewProvinceEntry } from '../../src/data/contracts';
import { buildProvince2025Model } from '../../src/domain/communes-2025';
import {
  encodePlanPaint,
  firstSightPlanView,
  isHatched,
  nationalPlanLegend,
  nationalPlanViewOf,
  planPaintOf,
  planViewsOf,
  UNPLANNED,
  type NationalPlanPaint2025,
} from '../../src/domain/national-plan-paint-2025';
import { province2025Legend, province2025Paint } from '../../src/domain/new-commune-plan';
import { planPaint2025 } from '../../src/map/layers/communes-2025';
import { ISLANDS_2025, islandLabels, nationalCommuneFeatures, OTHER_PROVINCE_FILL, provinces2025Features } from '../../src/map/layers/national-2025';
import { categoryColor } from '../../src/ui/scale';
import { loadProvince2025Model } from '../../scripts/lib/province-2025';
import { COMMUNES_2025, fixtureHistory, fixtureModel } from '../fixtures/plan-2025';

const entry = { code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' };
const model = () => buildProvince2025Model(entry, COMMUNES_2025, [{ model: fixtureModel(), history: fixtureHistory() }]);
const VIEWS = [
  { view: 'level', year: 0 },
  { view: 'registration', year: 2024 },
  { view: 'registration', year: 2025 },
] as const;
const file = () => encodePlanPaint([model()], [...VIEWS], { provinces: 34, communes: 3321 });

describe('the plan paint worked out at build time', () => {
  it('paints each planned commune exactly as the province 2025 map does, for every view', () => {
    const f = file();
    expect(f.views).toEqual(['level', 'registration:2024', 'registration:2025']);
    // Only communes with a planned predecessor are written; the others read as unplanned.
    expect(Object.keys(f.communes).sort()).toEqual(['90001', '90003', '90005']);
    for (const v of VIEWS) {
      const expected = province2025Paint(model(), v.view, v.year);
      const got = planPaintOf(f, v);
      for (const code of Object.keys(f.communes)) expect(got.get(code)).toEqual(expected.get(code));
    }
    // A known case from the fixture: Cường Dũng, 1 of 4 predecessors at NTM, a split predecessor.
    expect(planPaintOf(f, { view: 'level', year: 0 }).get('90003')).toEqual({ category: 'ntm', share: 'some', partial: true, planned: true });
    expect(planPaintOf(f, { view: 'registration', year: 2024 }).get('90001')).toMatchObject({ category: 'ntm-model', share: 'all' });
  });

  it('falls back to the levels for a view the file lacks, and survives JSON', () => {
    const f = JSON.parse(JSON.stringify(file())) as NationalPlanPaint2025;
    expect(planPaintOf(f, { view: 'registration', year: 2031 })).toEqual(planPaintOf(f, { view: 'level', year: 0 }));
    expect(planViewsOf(f)).toEqual(VIEWS);
  });

  it('hatches as the province map: only some predecessors, or no data', () => {
    const f = file();
    const level = planPaintOf(f, { view: 'level', year: 0 });
    const province = planPaint2025(model(), 'level', 2024, []);
    for (const [code, p] of level) {
      expect(isHatched(p)).toBe(province.get(code)!.partial);
      expect(categoryColor(p.category)).toBe(province.get(code)!.fill);
    }
  });
});

describe('which view the national communes are coloured in', () => {
  it('at first sight the view that says something of the most communes', () => {
    const f = file();
    const known = (i: number) => Object.values(f.communes).filter((e) => !e[i].startsWith('no-data|')).length;
    const best = firstSightPlanView(f);
    const i = f.views.indexOf(best.view === 'level' ? 'level' : `registration:${best.year}`);
    for (let j = 0; j < f.views.length; j++) expect(known(i)).toBeGreaterThanOrEqual(known(j));
    expect(nationalPlanViewOf(f, null, 2024)).toEqual(best);
  });

  it('the picked view, the registrations of the year when the file has it (else the last year), agencies as levels', () => {
    const f = file();
    expect(nationalPlanViewOf(f, 'level', 2025)).toEqual({ view: 'level', year: 0 });
    expect(nationalPlanViewOf(f, 'registration', 2024)).toEqual({ view: 'registration', year: 2024 });
    expect(nationalPlanViewOf(f, 'registration', 2019)).toEqual({ view: 'registration', year: 2025 });
    expect(nationalPlanViewOf(f, 'agency', 2024)).toEqual({ view: 'level', year: 0 });
  });
});

describe('the national legend', () => {
  it('counts as the province legend over the plan provinces, then the unplanned and the other provinces', () => {
    const f = file();
    for (const v of VIEWS) {
      const national = nationalPlanLegend(f, v);
      const province = province2025Legend(model(), v.view, v.year);
      expect(national.rows).toEqual(province.rows);
      expect(national.unplanned).toBe(province.unplanned);
      expect(national.inPlanProvinces).toBe(COMMUNES_2025.length);
      expect(national.otherProvinces).toEqual({ provinces: 33, communes: 3321 - COMMUNES_2025.length });
    }
  });
});

describe('the communes drawn nationally', () => {
  const topology: Topology = {
    type: 'Topology',
    arcs: [
      [
        [105, 20],
        [105.1, 20],
        [105.1, 20.1],
        [105, 20.1],
        [105, 20],
      ],
      [
        [106, 20],
        [106.1, 20],
        [106.1, 20.1],
        [106, 20.1],
        [106, 20],
      ],
      [
        [107, 20],
        [107.1, 20],
        [107.1, 20.1],
        [107, 20.1],
        [107, 20],
      ],
    ],
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { code: '90003', name: 'Xã Cường Dũng', province: '90' } },
          { type: 'Polygon', arcs: [[1]], properties: { code: '90007', name: 'xã Mới', province: '90' } },
          { type: 'Polygon', arcs: [[2]], properties: { code: '01234', name: 'Xã Khác', province: '01' } },
        ],
      },
    },
  } as unknown as Topology;

  it('colours a plan province’s communes by the plans, its unplanned ones hatched "no data", other provinces neutral', () => {
    const f = file();
    const fc = nationalCommuneFeatures(topology, planPaintOf(f, { view: 'level', year: 0 }), new Set(f.provinces.map((p) => p.code)));
    const by = new Map(fc.features.map((x) => [x.properties.code, x.properties]));
    expect(by.get('90003')).toMatchObject({ fill: categoryColor('ntm'), hatch: true, planned: true, planProvince: true, category: 'ntm', share: 'some' });
    expect(by.get('90007')).toMatchObject({ fill: categoryColor('no-data'), hatch: true, planned: false, planProvince: true, category: 'no-data' });
    expect(by.get('01234')).toMatchObject({ fill: OTHER_PROVINCE_FILL, hatch: false, planned: false, planProvince: false });
  });
});

describe('the real files', () => {
  const root = join(__dirname, '../..');
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

  it('the national communes file holds the 34 provinces with Hoàng Sa and Trường Sa labelled as parts of Đà Nẵng and Khánh Hòa', () => {
    const topology = read<Topology>('data/boundaries/2025/communes.topo.json');
    const newProvinces = read<NewProvinceEntry[]>('public/generated/new-provinces.json');
    const provinces = provinces2025Features(topology, newProvinces);
    expect(provinces.features).toHaveLength(34);
    const labels = islandLabels(provinces, (island, province) => `${island} (${province})`);
    expect(labels.map((l) => l.properties.label)).toEqual(['Hoàng Sa (Đà Nẵng)', 'Trường Sa (Khánh Hòa)']);
    const fc = nationalCommuneFeatures(topology, new Map(), new Set());
    expect(fc.features).toHaveLength(3321);
    for (const island of ISLANDS_2025) expect(fc.features.find((x) => x.properties.code === island.code)?.properties.province).toBe(island.province);
  });

  it('the generated plan paint (npm run generate) paints the communes of Đà Nẵng as its own 2025 map does', () => {
    const f = read<NationalPlanPaint2025>('public/generated/2025/plan-paint.json');
    expect(f.total).toEqual({ provinces: 34, communes: 3321 });
    expect(f.provinces.map((p) => p.code)).toEqual(['31', '37', '38', '48', '56']);
    const daNang = loadProvince2025Model('da-nang');
    for (const year of [2024, 2025]) {
      const expected = province2025Paint(daNang, 'registration', year);
      const got = planPaintOf(f, { view: 'registration', year });
      for (const c of daNang.communes) expect(got.get(c.code) ?? UNPLANNED).toEqual(expected.get(c.code));
      expect([...expected.values()].some((p) => p.category !== 'no-data')).toBe(true);
    }
  });
});
