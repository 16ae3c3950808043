/**
 * The province picker from 1 July 2025: the 34 provinces of that date (generated/2025/index.json). Each is opened
 * through one of the old provinces forming it when the app has that province's pre-2025 files (the app's links and
 * plan data stay keyed by the old province): the open one if it is a member, else the member with a plan, else the
 * member whose code the new province kept, else the first. A province with no such member (Quảng Ninh: no pre-2025
 * district files) is opened by itself, by its 2025 slug, from the 2025 files alone (`standalone`).
 */
import type { NewProvinceEntry, ProvinceIndexEntry } from '../data/contracts';
import { compareVi } from './names';
import { displayName2025, type Province2025Entry } from './communes-2025';

export interface ProvinceChoice2025 {
  /** The 2025 province code. */
  code: string;
  name: string;
  /** The old province's slug the choice opens, or the 2025 slug when it opens by itself. */
  slug: string;
  /** One of its old provinces has a plan. */
  planned: boolean;
  /** Opened from the 2025 files alone (no old member with pre-2025 files). */
  standalone: boolean;
}

export function provinceChoices2025(
  index2025: readonly Pick<Province2025Entry, 'code' | 'name' | 'slug'>[],
  newProvinces: readonly NewProvinceEntry[],
  provinces: readonly ProvinceIndexEntry[],
  planSlugs: readonly string[],
  openSlug: string | null,
): ProvinceChoice2025[] {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const membersOf = new Map(newProvinces.map((np) => [np.code, np.members]));
  const out: ProvinceChoice2025[] = [];
  for (const entry of index2025) {
    const members = (membersOf.get(entry.code) ?? []).map((c) => byCode.get(c)).filter((p): p is ProvinceIndexEntry => p !== undefined);
    const planned = members.find((m) => planSlugs.includes(m.slug));
    const pick = members.find((m) => m.slug === openSlug) ?? planned ?? members.find((m) => m.code === entry.code) ?? members[0];
    out.push({ code: entry.code, name: displayName2025(entry.name), slug: pick?.slug ?? entry.slug, planned: planned !== undefined, standalone: !pick });
  }
  return out.sort((a, b) => compareVi(a.name.replace(/^(Tỉnh|Thành phố) /u, ''), b.name.replace(/^(Tỉnh|Thành phố) /u, '')));
}

/**
 * The 2025 province a link's or picker's slug opens by itself: a 2025 slug that is not an old province's slug
 * (those open the old province, shown in the 2025 units by date).
 */
export function standaloneEntry2025<E extends Pick<Province2025Entry, 'slug'>>(
  slug: string,
  index2025: readonly E[],
  provinces: readonly Pick<ProvinceIndexEntry, 'slug'>[],
): E | null {
  if (provinces.some((p) => p.slug === slug)) return null;
  return index2025.find((e) => e.slug === slug) ?? null;
}
