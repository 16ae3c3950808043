import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/domain/gazetteer';
import { resolveUnitRef } from '../../src/domain/resolve';
import type { AdminUnit } from '../../src/domain/units';

const units: AdminUnit[] = [
  { code: '99', name: 'Tỉnh Thử', type: 'tinh', tier: 'province', parentCode: null },
  { code: '901', name: 'Huyện Yên Khánh', type: 'huyen', tier: 'district', parentCode: '99' },
  { code: '902', name: 'Huyện Kim Sơn', type: 'huyen', tier: 'district', parentCode: '99' },
  { code: '903', name: 'Thị xã Bỉm Sơn', type: 'thi-xa', tier: 'district', parentCode: '99' },
  { code: '90001', name: 'Xã Khánh Phú', type: 'xa', tier: 'commune', parentCode: '901' },
  { code: '90002', name: 'Xã Bình Minh', type: 'xa', tier: 'commune', parentCode: '901' },
  { code: '90003', name: 'Xã Bình Minh', type: 'xa', tier: 'commune', parentCode: '902' },
  { code: '90004', name: 'Thị trấn Bình Minh', type: 'thi-tran', tier: 'commune', parentCode: '902' },
  { code: '90005', name: 'Xã Tam Thanh', type: 'xa', tier: 'commune', parentCode: '902' },
  { code: '90006', name: 'Xã Tam Thạnh', type: 'xa', tier: 'commune', parentCode: '901' },
  { code: '90007', name: 'Xã A Xan', type: 'xa', tier: 'commune', parentCode: '902' },
  { code: '98', name: 'Tỉnh Khác', type: 'tinh', tier: 'province', parentCode: null },
  { code: '981', name: 'Huyện Khác', type: 'huyen', tier: 'district', parentCode: '98' },
  { code: '98001', name: 'Xã Khánh Phú', type: 'xa', tier: 'commune', parentCode: '981' },
];
const gaz = new Gazetteer(units);

describe('resolving plan names to GSO units', () => {
  it('matches a commune by name within its stated district, any spelling variant', () => {
    for (const name of ['Xã Khánh Phú', 'khanh phu', 'KHÁNH PHÚ', 'Xã Khánh Phú'.normalize('NFD')]) {
      const r = resolveUnitRef(gaz, { name, district: 'huyện Yên Khánh', tier: 'commune' }, '99');
      expect(r.status).toBe('matched');
      if (r.status === 'matched') expect(r.unit.code).toBe('90001');
    }
  });

  it('does not look outside the province', () => {
    const r = resolveUnitRef(gaz, { name: 'Khánh Phú', tier: 'commune' }, '99');
    expect(r.status === 'matched' && r.unit.code).toBe('90001');
  });

  it('reports a name found in several districts as ambiguous, with the candidates', () => {
    const r = resolveUnitRef(gaz, { name: 'Xã Bình Minh', tier: 'commune' }, '99');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.code).sort()).toEqual(['90002', '90003']);
  });

  it('uses the stated district, then the stated unit type, to decide', () => {
    const inKimSon = resolveUnitRef(gaz, { name: 'Xã Bình Minh', district: 'Huyện Kim Sơn', tier: 'commune' }, '99');
    expect(inKimSon.status === 'matched' && inKimSon.unit.code).toBe('90003');
    const town = resolveUnitRef(gaz, { name: 'Thị trấn Bình Minh', district: 'Kim Sơn', tier: 'commune' }, '99');
    expect(town.status === 'matched' && town.unit.code).toBe('90004');
  });

  it('keeps diacritics apart when they decide, and falls back to folded names for typos', () => {
    const exact = resolveUnitRef(gaz, { name: 'Xã Tam Thanh', tier: 'commune' }, '99');
    expect(exact.status === 'matched' && [exact.unit.code, exact.method]).toEqual(['90005', 'exact']);
    const district = resolveUnitRef(gaz, { name: 'TX. Bim Sơn', tier: 'district' }, '99');
    expect(district.status === 'matched' && [district.unit.code, district.method]).toEqual(['903', 'folded']);
    const compact = resolveUnitRef(gaz, { name: 'Axan', tier: 'commune' }, '99');
    expect(compact.status === 'matched' && [compact.unit.code, compact.method]).toEqual(['90007', 'compact']);
  });

  it('reports an unknown name as unmatched with a reason and near suggestions', () => {
    const r = resolveUnitRef(gaz, { name: 'Xã Khánh Phúc Lộc', district: 'huyện Yên Khánh', tier: 'commune' }, '99');
    expect(r.status).toBe('unmatched');
    if (r.status === 'unmatched') expect(r.reason).toEqual({ key: 'reason.unmatched', params: { name: 'Xã Khánh Phúc Lộc', scope: 'Huyện Yên Khánh' } });
    const badDistrict = resolveUnitRef(gaz, { name: 'Xã Khánh Phú', district: 'huyện Không Có', tier: 'commune' }, '99');
    expect(badDistrict.status).toBe('unmatched');
  });

  it('accepts a code a person fixed only when it is a unit of that tier in the province', () => {
    const ok = resolveUnitRef(gaz, { name: 'Bình Minh', tier: 'commune', code: '90002', evidence: 'Theo công văn ...' }, '99');
    expect(ok.status === 'matched' && [ok.unit.code, ok.method, ok.notes]).toEqual([
      '90002',
      'manual',
      [{ key: 'reason.manual', params: { evidence: 'Theo công văn ...' } }],
    ]);
    expect(resolveUnitRef(gaz, { name: 'X', tier: 'commune', code: '98001', evidence: 'e' }, '99').status).toBe('unmatched');
    expect(resolveUnitRef(gaz, { name: 'X', tier: 'district', code: '90001', evidence: 'e' }, '99').status).toBe('unmatched');
  });

  it('rejects duplicate codes when building a gazetteer', () => {
    expect(() => new Gazetteer([units[0], units[0]])).toThrow(/Duplicate/);
  });
});
