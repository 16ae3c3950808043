/**
 * Search across every province (issue 15 §8): provinces, districts, communes (the 2024 gazetteer, as the plans
 * name them) and the agencies the plans name. The index is built once by `npm run generate`
 * (scripts/build-search-index.ts → public/generated/search-index.json, compact rows) and searched here.
 * Results are labelled "Xã X — Huyện Y, Tỉnh Z": each unit's official name once, its type word once.
 */
import { cleanName, compareVi, foldDiacritics, nameKey } from './names';
import type { AdminUnit } from './units';

export interface SearchIndexFile {
  version: 1;
  /** [code, official name, parent code or ""] for every province, district and commune. */
  units: [string, string, string][];
  /** [province code, agency name, number of districts it is responsible for]. */
  agencies: [string, string, number][];
}

export type GlobalKind = 'province' | 'district' | 'commune' | 'agency';

export interface GlobalEntry {
  kind: GlobalKind;
  /** Unit GSO code; for an agency, "<province code>:<agency name>". */
  id: string;
  name: string;
  provinceCode: string;
  districtCode: string | null;
  /** "Xã X — Huyện Y, Tỉnh Z", "Huyện Y — Tỉnh Z", "Tỉnh Z", "Sở … — Tỉnh Z". */
  label: string;
  key: string;
}

const TYPE_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'phường', 'xã', 'tỉnh'];

/**
 * A unit's name with its type word exactly once: "Huyện Yên Khánh Huyện" → "Huyện Yên Khánh",
 * "Thành phố Hội An Huyện" → "Thành phố Hội An", "Huyện Huyện Yên Khánh" → "Huyện Yên Khánh".
 */
export function displayName(name: string): string {
  let out = cleanName(name);
  const lower = () => out.toLowerCase();
  const leading = TYPE_WORDS.find((w) => lower().startsWith(w + ' '));
  if (leading) {
    // A doubled leading type word.
    for (const w of TYPE_WORDS)
      if (
        lower()
          .slice(leading.length + 1)
          .startsWith(w + ' ')
      )
        out = out.slice(0, leading.length) + out.slice(leading.length + 1 + w.length);
    // A trailing type word after a name that already has one.
    for (const w of TYPE_WORDS) {
      if (lower().endsWith(' ' + w) && lower().length > leading.length + w.length + 2) {
        out = out.slice(0, out.length - w.length - 1).trimEnd();
        break;
      }
    }
  }
  return out;
}

/** "Xã X — Huyện Y, Tỉnh Z"; the district or province left out when not known. */
export function unitLabel(name: string, district: string | null, province: string | null): string {
  const context = [district, province].filter((x): x is string => Boolean(x)).map(displayName);
  return context.length ? `${displayName(name)} — ${context.join(', ')}` : displayName(name);
}

/** The compact index file from all units (as AdminUnit lists) and the plans' agencies. */
export function buildSearchIndexFile(
  units: readonly AdminUnit[],
  agencies: readonly { provinceCode: string; name: string; districts: number }[],
): SearchIndexFile {
  return {
    version: 1,
    units: units.map((u) => [u.code, u.name, u.parentCode ?? '']),
    agencies: agencies.map((a) => [a.provinceCode, a.name, a.districts]),
  };
}

const kindOfCode = (code: string): GlobalKind => (code.length <= 2 ? 'province' : code.length === 3 ? 'district' : 'commune');

/** Entries to search, with their labels. */
export function searchEntries(file: SearchIndexFile): GlobalEntry[] {
  const byCode = new Map(file.units.map(([code, name, parent]) => [code, { name, parent }]));
  const entries: GlobalEntry[] = file.units.map(([code, name, parent]) => {
    const kind = kindOfCode(code);
    const districtCode = kind === 'commune' ? parent : kind === 'district' ? code : null;
    const provinceCode = kind === 'province' ? code : kind === 'district' ? parent : (byCode.get(parent)?.parent ?? '');
    const province = kind === 'province' ? null : (byCode.get(provinceCode)?.name ?? null);
    const district = kind === 'commune' ? (byCode.get(parent)?.name ?? null) : null;
    return { kind, id: code, name: displayName(name), provinceCode, districtCode, label: unitLabel(name, district, province), key: nameKey(name) };
  });
  for (const [provinceCode, name] of file.agencies) {
    entries.push({
      kind: 'agency',
      id: `${provinceCode}:${name}`,
      name,
      provinceCode,
      districtCode: null,
      label: unitLabel(name, null, byCode.get(provinceCode)?.name ?? null),
      key: foldDiacritics(name)
        .replace(/[^a-z0-9 ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return entries;
}

const KIND_ORDER: Record<GlobalKind, number> = { province: 0, district: 1, commune: 2, agency: 3 };

/**
 * Ranks: whole name, start of name, start of a word, anywhere; then provinces, districts, communes, agencies;
 * then `preferProvince` (the province on screen) first; then Vietnamese order of the label.
 */
export function searchAll(entries: readonly GlobalEntry[], query: string, options: { limit?: number; preferProvince?: string } = {}): GlobalEntry[] {
  // Units are compared without their type word ("huyen yen khanh" = "yen khanh"); agencies with every word
  // typed ("Tỉnh Đoàn" is a name, not a province).
  const raw = foldDiacritics(query)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const unitQuery = nameKey(query) || raw;
  if (!raw) return [];
  const scored: { e: GlobalEntry; score: number }[] = [];
  for (const e of entries) {
    const q = e.kind === 'agency' ? raw : unitQuery;
    let score = -1;
    if (e.key === q) score = 0;
    else if (e.key.startsWith(q)) score = 1;
    else if (e.key.includes(' ' + q)) score = 2;
    else if (e.key.includes(q)) score = 3;
    if (score >= 0)
      scored.push({ e, score: score * 10 + KIND_ORDER[e.kind] * 2 + (options.preferProvince && e.provinceCode === options.preferProvince ? 0 : 1) });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareVi(a.e.label, b.e.label))
    .slice(0, options.limit ?? 10)
    .map((s) => s.e);
}
