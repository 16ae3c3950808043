/** Search for districts and communes typed without diacritics or prefixes ("yen khanh", "que xuan 1"). */
import type { Tier } from './units';
import { compareVi, foldDiacritics, nameKey } from './names';
import type { ProvinceModel } from './model';

export interface SearchEntry {
  kind: Tier;
  code: string;
  name: string;
  districtCode: string;
  key: string;
}

export function buildSearchIndex(model: ProvinceModel): SearchEntry[] {
  return [
    ...model.districts.map((d) => ({ kind: 'district' as const, code: d.code, name: d.name, districtCode: d.code, key: nameKey(d.name) })),
    ...model.communes.map((c) => ({ kind: 'commune' as const, code: c.code, name: c.name, districtCode: c.parentCode ?? '', key: nameKey(c.name) })),
  ];
}

/** Ranks: whole name, start of name, start of a word, anywhere; districts before communes on ties. */
export function searchUnits(index: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = nameKey(query) || foldDiacritics(query).trim();
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of index) {
    let score = -1;
    if (e.key === q) score = 0;
    else if (e.key.startsWith(q)) score = 1;
    else if (e.key.includes(' ' + q)) score = 2;
    else if (e.key.includes(q)) score = 3;
    if (score >= 0) scored.push({ e, score: score * 2 + (e.kind === 'district' ? 0 : 1) });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareVi(a.e.name, b.e.name))
    .slice(0, limit)
    .map((s) => s.e);
}
