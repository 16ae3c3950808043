/**
 * Resolves unit names as the plans write them to GSO units, recording how each was decided.
 * Nothing is dropped: names that cannot be decided come back as "ambiguous" or "unmatched" with a reason.
 */
import type { Gazetteer, NameScope } from './gazetteer';
import { cleanName, compactKey, editDistance, foldDiacritics } from './names';
import type { UnitRef } from './plan';
import type { AdminUnit, UnitType } from './units';

export type MatchMethod = 'manual' | 'exact' | 'folded' | 'compact' | 'near';

/** Why a name resolved as it did, as a message key and its values (translated where it is shown). */
export interface Reason {
  key:
    | 'reason.official'
    | 'reason.spelling'
    | 'reason.noDistrictUnique'
    | 'reason.manual'
    | 'reason.ambiguous'
    | 'reason.unmatched'
    | 'reason.badCode'
    | 'reason.districtUnresolved';
  params: Record<string, string | number>;
}

export type Resolution =
  | { status: 'matched'; unit: AdminUnit; method: MatchMethod; notes: Reason[] }
  | { status: 'ambiguous'; candidates: AdminUnit[]; reason: Reason }
  | { status: 'unmatched'; reason: Reason; suggestions: AdminUnit[] };

const TYPE_WORDS: [string, UnitType][] = [
  ['thanh pho', 'thanh-pho'],
  ['thi xa', 'thi-xa'],
  ['thi tran', 'thi-tran'],
  ['huyen', 'huyen'],
  ['phuong', 'phuong'],
  ['xa', 'xa'],
  ['tp', 'thanh-pho'],
  ['tx', 'thi-xa'],
];

/** The unit type a name's prefix states ("Xã ..." → xa, "TX. ..." → thi-xa), if any. */
export function typeFromPrefix(name: string): UnitType | undefined {
  const folded = foldDiacritics(cleanName(name)).replace(/\./g, ' ').replace(/\s+/g, ' ');
  for (const [word, type] of TYPE_WORDS) if (folded.startsWith(word + ' ')) return type;
  return undefined;
}

function describeScope(gaz: Gazetteer, scope: NameScope): string {
  const parent = scope.within ? gaz.byCode(scope.within)?.name : undefined;
  return parent ?? '—';
}

/**
 * Finds `name` within `scope`: same name with diacritics, then without diacritics, then without spaces or
 * doubled letters, then one edit away. A unit type stated in the name ("Xã ...") narrows ties.
 */
export function resolveName(gaz: Gazetteer, name: string, scope: NameScope): Resolution {
  const statedType = typeFromPrefix(name);
  const narrow = (units: AdminUnit[]): AdminUnit[] => {
    if (!statedType || units.length < 2) return units;
    const typed = units.filter((u) => u.type === statedType);
    return typed.length > 0 ? typed : units;
  };
  const steps: [MatchMethod, () => AdminUnit[]][] = [
    ['exact', () => gaz.findExact(name, scope)],
    ['folded', () => gaz.findFolded(name, scope)],
    ['compact', () => gaz.findCompact(name, scope)],
    ['near', () => gaz.findNear(name, scope, 1)],
  ];
  for (const [method, find] of steps) {
    const found = narrow(find());
    if (found.length === 1) {
      const unit = found[0];
      const notes: Reason[] = method === 'exact' ? [] : [{ key: 'reason.spelling', params: { written: cleanName(name), official: unit.name } }];
      return { status: 'matched', unit, method, notes };
    }
    if (found.length > 1) {
      return {
        status: 'ambiguous',
        candidates: found,
        reason: {
          key: 'reason.ambiguous',
          params: {
            count: found.length,
            scope: describeScope(gaz, scope),
            candidates: found.map((u) => `${u.name} (${gaz.byCode(u.parentCode ?? '')?.name ?? ''})`).join('; '),
          },
        },
      };
    }
  }
  const key = compactKey(name);
  const suggestions = gaz
    .ofTier(scope.tier ?? 'commune', scope.within)
    .map((u) => ({ u, d: editDistance(compactKey(u.name), key) }))
    .filter((x) => x.d <= 3)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.u);
  return { status: 'unmatched', reason: { key: 'reason.unmatched', params: { name: cleanName(name), scope: describeScope(gaz, scope) } }, suggestions };
}

/** Resolves a plan's unit reference inside its province. */
export function resolveUnitRef(gaz: Gazetteer, ref: UnitRef, provinceCode: string): Resolution {
  if (ref.code) {
    const unit = gaz.byCode(ref.code);
    if (!unit || !gaz.isWithin(unit.code, provinceCode) || unit.tier !== ref.tier) {
      return { status: 'unmatched', reason: { key: 'reason.badCode', params: { code: ref.code, tier: ref.tier } }, suggestions: [] };
    }
    return { status: 'matched', unit, method: 'manual', notes: [{ key: 'reason.manual', params: { evidence: ref.evidence ?? '' } }] };
  }
  if (ref.tier === 'district') return resolveName(gaz, ref.name, { tier: 'district', within: provinceCode });

  if (ref.district) {
    const district = resolveName(gaz, ref.district, { tier: 'district', within: provinceCode });
    if (district.status !== 'matched') {
      return { status: 'unmatched', reason: { key: 'reason.districtUnresolved', params: { district: cleanName(ref.district) } }, suggestions: [] };
    }
    return resolveName(gaz, ref.name, { tier: 'commune', within: district.unit.code });
  }
  const result = resolveName(gaz, ref.name, { tier: 'commune', within: provinceCode });
  if (result.status === 'matched') {
    return { ...result, notes: [{ key: 'reason.noDistrictUnique', params: {} }, ...result.notes] };
  }
  return result;
}
