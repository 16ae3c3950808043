/**
 * Converts the dvhcvn gazetteer package (GSO units with codes and parents) into AdminUnit records.
 * Node-side only (build scripts and the export CLI); the app loads the generated per-province files.
 */
import type { AdminUnit, UnitTier, UnitType } from '../../src/domain/units';

interface DvhcvnEntity {
  id: string;
  name: string;
  type: number;
  children?: DvhcvnEntity[];
}

// dvhcvn's Type enum: huyen=0, quan=1, phuong=2, thi_tran=3, thi_xa=4, tinh=5, tp=6, tptw=7, xa=8
const TYPE_BY_ENUM: Record<number, UnitType> = {
  0: 'huyen',
  1: 'quan',
  2: 'phuong',
  3: 'thi-tran',
  4: 'thi-xa',
  5: 'tinh',
  6: 'thanh-pho',
  7: 'tptw',
  8: 'xa',
};

function convert(entity: DvhcvnEntity, tier: UnitTier, parentCode: string | null, out: AdminUnit[]): void {
  const type = TYPE_BY_ENUM[entity.type];
  if (!type) throw new Error(`Unknown dvhcvn type ${entity.type} for ${entity.name}`);
  out.push({ code: entity.id, name: entity.name.normalize('NFC'), type, tier, parentCode });
  const childTier: UnitTier | null = tier === 'province' ? 'district' : tier === 'district' ? 'commune' : null;
  if (childTier) for (const child of entity.children ?? []) convert(child, childTier, entity.id, out);
}

export function unitsFromDvhcvn(level1s: readonly DvhcvnEntity[]): AdminUnit[] {
  const out: AdminUnit[] = [];
  for (const l1 of level1s) convert(l1, 'province', null, out);
  return out;
}
