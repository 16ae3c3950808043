/** Administrative units (GSO codes) and their types. */

export const UNIT_TYPES = ['tinh', 'tptw', 'huyen', 'quan', 'thi-xa', 'thanh-pho', 'xa', 'phuong', 'thi-tran'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export type UnitTier = 'province' | 'district' | 'commune';
/** The tiers below the province that the app maps and tables (before 1 July 2025). */
export type Tier = Exclude<UnitTier, 'province'>;

export interface AdminUnit {
  /** GSO code: 2 digits for provinces, 3 for districts, 5 for communes. */
  code: string;
  /** Official name with its type word, NFC ("Xã Khánh Phú"). */
  name: string;
  type: UnitType;
  tier: UnitTier;
  parentCode: string | null;
}

/** Towns and cities at district tier are "hoàn thành nhiệm vụ", not "đạt chuẩn". */
export function isUrbanDistrict(unit: Pick<AdminUnit, 'type' | 'tier'>): boolean {
  return unit.tier === 'district' && (unit.type === 'thi-xa' || unit.type === 'thanh-pho' || unit.type === 'quan');
}

/** Rural communes are the units that take part in commune-level NTM. */
export function isRuralCommune(unit: Pick<AdminUnit, 'type'>): boolean {
  return unit.type === 'xa';
}

export function tierOfCode(code: string): UnitTier {
  if (code.length <= 2) return 'province';
  if (code.length === 3) return 'district';
  return 'commune';
}
