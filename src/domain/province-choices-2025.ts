/**
 * The province picker from 1 July 2025: the 34 provinces of that date, each opened through one of the old
 * provinces forming it (the app's links and data stay keyed by the old province): the open one if it is a
 * member, else the member with a plan, else the member whose code the new province kept, else the first.
 */
import type { NewProvinceEntry, ProvinceIndexEntry } from '../data/contracts';
import { compareVi } from './names';
import { displayName2025 } from './communes-2025';

export interface ProvinceChoice2025 {
  /** The 2025 province code. */
  code: string;
  name: string;
  /** The old province's slug the choice opens. */
  slug: string;
  /** One of its old provinces has a plan. */
  planned: boolean;
}

export function provinceChoices2025(
  newProvinces: readonly NewProvinceEntry[],
  provinces: readonly ProvinceIndexEntry[],
  planSlugs: readonly string[],
  openSlug: string | null,
): ProvinceChoice2025[] {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const out: ProvinceChoice2025[] = [];
  for (const np of newProvinces) {
    const members = np.members.map((c) => byCode.get(c)).filter((p): p is ProvinceIndexEntry => p !== undefined);
    if (!members.length) continue;
    const planned = members.find((m) => planSlugs.includes(m.slug));
    const pick = members.find((m) => m.slug === openSlug) ?? planned ?? members.find((m) => m.code === np.code) ?? members[0];
    out.push({ code: np.code, name: displayName2025(np.name), slug: pick.slug, planned: planned !== undefined });
  }
  return out.sort((a, b) => compareVi(a.name.replace(/^(Tỉnh|Thành phố) /u, ''), b.name.replace(/^(Tỉnh|Thành phố) /u, '')));
}
