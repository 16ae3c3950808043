import { accentKey, cleanName, compactKey, editDistance, nameKey } from './names';
import type { AdminUnit, UnitTier } from './units';

/** Read-only index over a set of administrative units (one province or the whole country). */
export class Gazetteer {
  private readonly byCodeMap = new Map<string, AdminUnit>();
  private readonly childrenMap = new Map<string, AdminUnit[]>();
  private readonly byAccentKey = new Map<string, AdminUnit[]>();
  private readonly byKey = new Map<string, AdminUnit[]>();
  private readonly byCompactKey = new Map<string, AdminUnit[]>();

  constructor(units: readonly AdminUnit[]) {
    for (const raw of units) {
      const unit = { ...raw, name: cleanName(raw.name) };
      if (this.byCodeMap.has(unit.code)) throw new Error(`Duplicate unit code ${unit.code}`);
      this.byCodeMap.set(unit.code, unit);
      if (unit.parentCode) push(this.childrenMap, unit.parentCode, unit);
      push(this.byAccentKey, accentKey(unit.name), unit);
      push(this.byKey, nameKey(unit.name), unit);
      push(this.byCompactKey, compactKey(unit.name), unit);
    }
  }

  get size(): number {
    return this.byCodeMap.size;
  }

  all(): AdminUnit[] {
    return [...this.byCodeMap.values()];
  }

  byCode(code: string): AdminUnit | undefined {
    return this.byCodeMap.get(code);
  }

  children(code: string): AdminUnit[] {
    return this.childrenMap.get(code) ?? [];
  }

  /** The unit and all its ancestors' codes, nearest first. */
  ancestors(code: string): AdminUnit[] {
    const out: AdminUnit[] = [];
    let current = this.byCode(code);
    while (current?.parentCode) {
      current = this.byCode(current.parentCode);
      if (current) out.push(current);
    }
    return out;
  }

  isWithin(code: string, ancestorCode: string): boolean {
    return this.ancestors(code).some((u) => u.code === ancestorCode);
  }

  ofTier(tier: UnitTier, withinCode?: string): AdminUnit[] {
    return this.all().filter((u) => u.tier === tier && (!withinCode || this.isWithin(u.code, withinCode)));
  }

  /** Units with the same name, diacritics included (tone-mark placement and unit prefix ignored). */
  findExact(name: string, scope: NameScope = {}): AdminUnit[] {
    return this.filterScope(this.byAccentKey.get(accentKey(name)) ?? [], scope);
  }

  /** Units whose name equals the query's once diacritics and case are folded away. */
  findFolded(name: string, scope: NameScope = {}): AdminUnit[] {
    return this.filterScope(this.byKey.get(nameKey(name)) ?? [], scope);
  }

  /** Units whose compact key (no spaces, no doubled letters) equals the query's. */
  findCompact(name: string, scope: NameScope = {}): AdminUnit[] {
    return this.filterScope(this.byCompactKey.get(compactKey(name)) ?? [], scope);
  }

  /** Units within the scope whose key is at most `maxDistance` edits from the query's. */
  findNear(name: string, scope: NameScope, maxDistance = 1): AdminUnit[] {
    const key = compactKey(name);
    const pool = this.filterScope(this.all(), scope);
    return pool.filter((u) => editDistance(compactKey(u.name), key) <= maxDistance);
  }

  private filterScope(units: AdminUnit[], scope: NameScope): AdminUnit[] {
    return units.filter((u) => (!scope.tier || u.tier === scope.tier) && (!scope.within || this.isWithin(u.code, scope.within)));
  }
}

export interface NameScope {
  tier?: UnitTier;
  /** Code of an ancestor unit the match must lie in. */
  within?: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
