/**
 * The 2025 model on the real files: every one of the 34 provinces opens on its communes with names shown by the
 * display rule, and the five plan provinces' successors carry every new commune of the crosswalk with its
 * predecessors, the 21 unfollowed communes listed; Hoàng Sa and Trường Sa are there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  buildProvince2025Model,
  communesOfTopology,
  displayName2025,
  provincesOfTopology,
  searchIndex2025,
  type Province2025Entry,
} from '../../src/domain/communes-2025';
import { newCommuneCategories, newCommuneLegend } from '../../src/domain/new-commune-plan';
import { nameKey } from '../../src/domain/names';
import { searchUnits } from '../../src/domain/search';
import { provinceHistory } from '../../scripts/lib/history';
import { committedBoundariesDir } from '../../scripts/lib/paths';
import { loadProvinceModel } from '../../scripts/lib/province-model';

const read = <T>(path: string): T => JSON.parse(readFileSync(join(committedBoundariesDir, path), 'utf8')) as T;
const index = read<Province2025Entry[]>('2025/index.json');
const province = (code: string) => {
  const entry = index.find((p) => p.code === code)!;
  return { entry, communes: communesOfTopology(read<Topology>(`2025/communes/${code}.topo.json`), code) };
};

/** Plan province (old slug, old code) → 2025 province code and commune count (issue 14). */
const PLANS = [
  { slug: 'thanh-hoa', old: '38', code: '38', count: 166 },
  { slug: 'ninh-binh', old: '37', code: '37', count: 129 },
  { slug: 'hai-duong', old: '30', code: '31', count: 114 },
  { slug: 'ninh-thuan', old: '58', code: '56', count: 65 },
  { slug: 'quang-nam', old: '49', code: '48', count: 94 },
];

describe('all 34 provinces of 1 July 2025', () => {
  it('each opens on its communes (3,321 in all), names NFC with modern tone placement and a type word', () => {
    let total = 0;
    for (const p of index) {
      const { entry, communes } = province(p.code);
      const m = buildProvince2025Model(entry, communes);
      expect(m.communes).toHaveLength(p.communeCount);
      total += m.communes.length;
      for (const c of m.communes) {
        expect(c.name).toBe(c.name.normalize('NFC'));
        expect(c.name).toMatch(/^(Xã|Phường|Đặc khu) \S/u);
        expect(c.name).not.toMatch(/[oO][àáảãạèéẻẽẹ](?![\p{L}])|(?<![qQ])[uU][ỳýỷỹỵ](?![\p{L}])/u);
      }
      expect(m.province.name).not.toMatch(/Hoà|Hoá/);
    }
    expect(total).toBe(3321);
  });

  it('the 2025 provinces include Quảng Ninh; Hoàng Sa is a commune of Đà Nẵng and Trường Sa of Khánh Hòa', () => {
    const provinces = provincesOfTopology(read<Topology>('2025/provinces.topo.json'));
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.name)).toEqual(expect.arrayContaining(['Tỉnh Quảng Ninh', 'Tỉnh Khánh Hòa', 'Thành phố Đà Nẵng', 'Tỉnh Thanh Hóa']));
    expect(province('48').communes.find((c) => c.code === '20333')).toMatchObject({ name: 'Đặc khu Hoàng Sa', type: 'dac-khu' });
    expect(province('56').communes.find((c) => c.code === '22736')).toMatchObject({ name: 'Đặc khu Trường Sa', type: 'dac-khu' });
  });

  it('shown names agree with the crosswalk gazetteer wherever only the tone placement differed', () => {
    let differing = 0;
    for (const p of PLANS) {
      const hist = provinceHistory(p.old);
      const byCode = new Map(province(p.code).communes.map((c) => [c.code, c]));
      for (const nc of hist.newCommunes) {
        const c = byCode.get(nc.code === '06970' ? '06978' : nc.code === '23737' ? '23938' : nc.code)!;
        if (c.sourceName !== nc.name && nameKey(c.sourceName) === nameKey(nc.name)) {
          differing += 1;
          expect(displayName2025(c.sourceName)).toBe(nc.name);
        }
      }
    }
    // Thanh Hóa alone has seven ("Xã Định Hoà" …): the rule is exercised on real names.
    expect(differing).toBeGreaterThanOrEqual(7);
  });
});

describe('the five plan provinces as of today', () => {
  const models = PLANS.map((p) => {
    const { entry, communes } = province(p.code);
    const hist = provinceHistory(p.old);
    return { p, hist, m: buildProvince2025Model(entry, communes, [{ model: loadProvinceModel(p.slug), history: hist }]) };
  });

  it('have the issue’s commune counts and a summary for every new commune of the crosswalk', () => {
    for (const { p, hist, m } of models) {
      expect(m.communes).toHaveLength(p.count);
      expect(m.summaries.size).toBe(hist.newCommunes.length);
    }
  });

  it('list the 21 plan-era communes whose successor is not known', () => {
    expect(models.reduce((n, x) => n + x.m.unfollowed.length, 0)).toBe(21);
  });

  it('every predecessor of a summary is a crosswalk row pointing to that commune; legend counts cover every summarised commune', () => {
    for (const { hist, m } of models) {
      for (const s of m.summaries.values()) {
        for (const pred of s.predecessors) {
          const row = hist.crosswalk.find((r) => r.oldCode === pred.code)!;
          expect([row.newCode, ...(row.newCodes ?? [])]).toContain(s.code);
        }
      }
      for (const view of ['level', 'registration', 'agency'] as const) {
        const legend = newCommuneLegend(newCommuneCategories(m.summaries.values(), view, 2024).values());
        expect(legend.rows.reduce((n, r) => n + r.all + r.some, 0)).toBe(m.summaries.size);
      }
    }
  });

  it('the plans show up in today’s communes where they register communes, and nothing is invented where they do not', () => {
    const registered = (slug: string, year: number) => {
      const { m } = models.find((x) => x.p.slug === slug)!;
      return [...newCommuneCategories(m.summaries.values(), 'registration', year).values()].filter((c) => c.category !== 'no-data').length;
    };
    // Ninh Bình and Quảng Nam register communes for 2024 (and Quảng Nam for 2025); Ninh Thuận's are for 2022.
    expect(registered('ninh-binh', 2024)).toBeGreaterThan(0);
    expect(registered('quang-nam', 2024)).toBeGreaterThan(0);
    expect(registered('quang-nam', 2025)).toBeGreaterThan(0);
    expect(registered('ninh-thuan', 2022)).toBeGreaterThan(0);
    // Thanh Hóa's and Hải Dương's plans register no commune by name: every new commune stays "no data".
    expect(registered('thanh-hoa', 2024) + registered('thanh-hoa', 2025) + registered('hai-duong', 2024) + registered('hai-duong', 2025)).toBe(0);
    // Thanh Hóa's plan sets commune targets per district: the predecessors carry their old district's targets.
    const th = models.find((x) => x.p.slug === 'thanh-hoa')!.m;
    expect([...th.summaries.values()].some((s) => s.predecessors.some((p) => p.districtTargets.length > 0))).toBe(true);
  });

  it('search finds a commune typed without diacritics', () => {
    const th = models[0].m;
    expect(searchUnits(searchIndex2025(th), 'dinh hoa').map((e) => e.name)).toContain('Xã Định Hòa');
  });
});

describe('tables of a 2025 province from the committed files (what npm run export writes)', () => {
  it('Đà Nẵng (with Quảng Nam): 94 rows, Hoàng Sa among them with no data, Quảng Nam communes with their registration counts', async () => {
    const { loadProvince2025Model } = await import('../../scripts/lib/province-2025');
    const { buildTable2025 } = await import('../../src/domain/tables-2025');
    const { createTranslator, loadLanguage } = await import('../../src/i18n/i18n');
    await loadLanguage('en');
    const dn = loadProvince2025Model('da-nang');
    const table = buildTable2025(dn, 'communes-2025', { t: createTranslator('en'), view: 'registration', year: 2025 });
    expect(table.rows).toHaveLength(94);
    expect(table.rows.find((r) => r.code === '20333')).toMatchObject({ name: 'Đặc khu Hoàng Sa', viewSummary: 'No data' });
    expect(table.rows.filter((r) => /predecessor communes registered for .* 2025$/.test(String(r.viewSummary))).length).toBeGreaterThan(0);
    expect(dn.plans.map((p) => p.oldCode)).toEqual(['49']);
  });
});
