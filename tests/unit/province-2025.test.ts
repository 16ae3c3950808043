/** The 2025 province model: names shown by one rule, codes of either source, communes from a topology, predecessors, search. */
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
  adminUnits2025,
  boundaryCode2025,
  buildProvince2025Model,
  communesOfTopology,
  displayName2025,
  GAZETTEER_CODE_ALIASES_2025,
  modernTonePlacement,
  officeModel2025,
  provincesOfTopology,
  searchIndex2025,
  shortProvinceName2025,
  summariesInReadingOrder,
} from '../../src/domain/communes-2025';
import { accentKey, nameKey } from '../../src/domain/names';
import { searchUnits } from '../../src/domain/search';
import { GAZETTEER_CODE_ALIASES } from '../../scripts/lib/communes-2025';
import { COMMUNES_2025, fixtureHistory, fixtureModel } from '../fixtures/plan-2025';

describe('display rule for 2025 names', () => {
  it.each([
    ['Xã Định Hoà', 'Xã Định Hòa'],
    ['Tỉnh Thanh Hoá', 'Tỉnh Thanh Hóa'],
    ['Tỉnh Khánh Hoà', 'Tỉnh Khánh Hòa'],
    ['Xã Sơn Thuỷ', 'Xã Sơn Thủy'],
    ['Xã Hoá Quỳ', 'Xã Hóa Quỳ'],
    ['Xã Thuý Hoà', 'Xã Thúy Hòa'],
    ['Xã Khoẻ', 'Xã Khỏe'],
    ['xã Bắc Sơn', 'Xã Bắc Sơn'],
    ['đặc khu  Côn Đảo', 'Đặc khu Côn Đảo'],
  ])('%s → %s', (source, shown) => {
    expect(displayName2025(source)).toBe(shown);
  });

  it('leaves closed syllables, "qu" and already modern names alone', () => {
    for (const name of ['Phường Hoàng Mai', 'Xã Quý Lộc', 'Xã Quỳnh Lưu', 'Xã Nguyễn Huệ', 'Xã Hòa Bình', 'Xã Thủy Nguyên', 'Phường Thuận Hóa']) {
      expect(displayName2025(name)).toBe(name);
    }
  });

  it('gives NFC for NFD input and keeps the identity used for matching', () => {
    const nfd = 'Xã Định Hoà'.normalize('NFD');
    const shown = displayName2025(nfd);
    expect(shown).toBe('Xã Định Hòa');
    expect(shown).toBe(shown.normalize('NFC'));
    expect(accentKey(shown)).toBe(accentKey(nfd));
    expect(nameKey(shown)).toBe(nameKey(nfd));
    expect(modernTonePlacement('HOÀ')).toBe('HÒA');
  });

  it('short province names drop the type word', () => {
    expect(shortProvinceName2025('Tỉnh Khánh Hoà')).toBe('Khánh Hòa');
    expect(shortProvinceName2025('Thành phố Đà Nẵng')).toBe('Đà Nẵng');
  });
});

describe('codes of the two 2025 sources', () => {
  it('has the alias table of the build step', () => {
    expect(GAZETTEER_CODE_ALIASES_2025).toEqual(GAZETTEER_CODE_ALIASES);
  });

  it('maps the gazetteer code and a code without leading zeros to the boundary code', () => {
    expect(boundaryCode2025('06970')).toBe('06978');
    expect(boundaryCode2025('6970')).toBe('06978');
    expect(boundaryCode2025('23737')).toBe('23938');
    expect(boundaryCode2025('06978')).toBe('06978');
    expect(boundaryCode2025('4')).toBe('00004');
    expect(boundaryCode2025(' 14365 ')).toBe('14365');
  });
});

function topology(): Topology {
  return {
    type: 'Topology',
    arcs: [],
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [], id: 90005, properties: { code: '90005', name: 'Xã Hoà Giang', province: '90' } },
          { type: 'Polygon', arcs: [], id: 90001, properties: { code: '90001', name: 'Phường An Bình', province: '90' } },
          { type: 'Polygon', arcs: [], id: 91001, properties: { code: '91001', name: 'Xã Ngoài', province: '91' } },
        ],
      },
      provinces: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [], properties: { code: '90', name: 'Tỉnh Khánh Hoà' } }] },
    },
  } as unknown as Topology;
}

describe('communes and provinces of a 2025 topology', () => {
  it('reads codes, shown names, source names and types, one province when asked, in Vietnamese order', () => {
    const all = communesOfTopology(topology());
    expect(all.map((c) => c.code)).toEqual(['90001', '90005', '91001']);
    const own = communesOfTopology(topology(), '90');
    expect(own.map((c) => [c.code, c.name, c.sourceName, c.type])).toEqual([
      ['90001', 'Phường An Bình', 'Phường An Bình', 'phuong'],
      ['90005', 'Xã Hòa Giang', 'Xã Hoà Giang', 'xa'],
    ]);
    expect(provincesOfTopology(topology())).toEqual([{ code: '90', name: 'Tỉnh Khánh Hòa', sourceName: 'Tỉnh Khánh Hoà' }]);
  });

  it('refuses a topology without communes', () => {
    expect(() => communesOfTopology({ type: 'Topology', arcs: [], objects: {} } as unknown as Topology)).toThrow(/communes/);
  });
});

describe('a 2025 province model', () => {
  const entry = { code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' };

  it('without a plan: its communes, no summaries, nothing unfollowed', () => {
    const m = buildProvince2025Model(entry, COMMUNES_2025);
    expect(m.communes).toHaveLength(COMMUNES_2025.length);
    expect(m.summaries.size).toBe(0);
    expect(m.plans).toEqual([]);
    expect(m.unfollowed).toEqual([]);
  });

  it('with the plan of an old member: predecessors per commune keyed by boundary code, names as shown, unfollowed listed', () => {
    const m = buildProvince2025Model(entry, COMMUNES_2025, [{ model: fixtureModel(), history: fixtureHistory() }]);
    expect([...m.summaries.keys()].sort()).toEqual(['90001', '90003', '90005']);
    expect(m.summaries.get('90005')!.name).toBe('Xã Hòa Giang');
    expect(m.summaries.get('90001')!.predecessors.map((p) => p.code)).toEqual(['90001', '90002']);
    expect(m.summaries.get('90003')!.predecessors.map((p) => p.code)).toEqual(['90003', '90004', '90005']);
    // The split commune is a predecessor of both communes it went to.
    expect(m.summaries.get('90005')!.predecessors.map((p) => [p.code, p.split])).toEqual([['90005', true]]);
    expect(m.unfollowed.map((r) => [r.oldCode, r.problem, r.oldProvinceCode])).toEqual([['90006', 'no-successor', '90']]);
    expect(m.plans[0].planTitle).toMatch(/Kế hoạch/);
    expect(summariesInReadingOrder(m)[0].summary.kind).not.toBe('no-data');
  });

  it('is searchable without diacritics or prefix, the older spelling finding the shown name', () => {
    const m = buildProvince2025Model(entry, COMMUNES_2025);
    const index = searchIndex2025(m);
    expect(searchUnits(index, 'hoa giang').map((e) => e.code)).toEqual(['90005']);
    expect(searchUnits(index, 'Xã Hoà Giang'.normalize('NFD')).map((e) => e.name)).toEqual(['Xã Hòa Giang']);
    expect(searchUnits(index, 'ba che')[0].code).toBe('06978');
  });

  it('gives administrative units and an office model with the 2025 communes directly under the province', () => {
    const m = buildProvince2025Model(entry, COMMUNES_2025);
    const units = adminUnits2025(m);
    expect(units[0]).toMatchObject({ code: '90', tier: 'province' });
    expect(units.filter((u) => u.tier === 'commune' && u.parentCode === '90')).toHaveLength(COMMUNES_2025.length);
    const office = officeModel2025(m);
    expect(office.districts).toEqual([]);
    expect(office.communes.map((c) => c.code).sort()).toEqual(COMMUNES_2025.map((c) => c.code).sort());
    expect(office.statuses).toEqual([]);
    expect(office.plan.document.years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});
