/**
 * Matching a status table to the province's units: GSO code first, then the Vietnamese name within its
 * district (diacritic-, case- and prefix-insensitive, NFC/NFD alike). Every row gets an outcome and a reason;
 * only matched rows become changes, applied together after the user confirms.
 */
import { Gazetteer } from './gazetteer';
import type { RecognitionLevel } from './levels';
import { foldDiacritics, nameKey } from './names';
import type { ProvinceModel } from './model';
import type { UnitFacts } from './overlay';
import { resolveName, type MatchMethod } from './resolve';
import type { AdminUnit } from './units';

export const IMPORT_FIELDS = ['code', 'name', 'district', 'level', 'yearRecognised', 'criteria', 'criteriaTotal', 'regLevel', 'regYear', 'agency'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, number>>;

const HEADER_HINTS: [ImportField, RegExp][] = [
  ['code', /^(ma|ma xa|ma dvhc|ma don vi|ma hanh chinh|code|gso|ma gso)$/],
  ['district', /(huyen|district|cap huyen)/],
  ['yearRecognised', /(nam (cong nhan|dat)|year recogni)/],
  ['criteriaTotal', /(tong (so )?tieu chi|total criteria)/],
  ['criteria', /(tieu chi|criteria)/],
  ['regYear', /(nam dang ky|registration year|reg year)/],
  ['regLevel', /(dang ky|registration|muc dang ky)/],
  ['agency', /(so nganh|co quan|agency|department|ho tro)/],
  ['level', /(muc do|muc dat|level|trang thai|dat chuan)/],
  ['name', /(ten|xa|don vi|name|commune)/],
];

/** Guesses which column holds which field from the header texts. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((h, i) => {
    const key = foldDiacritics(h)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    for (const [field, re] of HEADER_HINTS) {
      if (mapping[field] === undefined && re.test(key)) {
        mapping[field] = i;
        return;
      }
    }
  });
  return mapping;
}

/** "Đạt chuẩn NTM nâng cao", "NTM kiểu mẫu", "chưa đạt", "ntm-advanced" → level; "" → undefined; otherwise "invalid". */
export function parseLevelText(text: string): RecognitionLevel | undefined | 'invalid' {
  const t = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!t) return undefined;
  if (/kieu mau|\bmodel\b/.test(t)) return 'ntm-model';
  if (/nang cao|advanced/.test(t)) return 'ntm-advanced';
  if (/hoan thanh nhiem vu|task completed/.test(t)) return 'task-completed';
  if (/^(chua|khong dat|none|not)/.test(t)) return 'none';
  if (/(dat chuan|^ntm$|^dat$|^standard$|^ntm standard$)/.test(t)) return 'ntm';
  return 'invalid';
}

/** "17/19", "17 / 19", "17" (with a total column or 19) → counts; "" → undefined; otherwise "invalid". */
export function parseCriteria(text: string, totalText = ''): { met: number; total: number } | undefined | 'invalid' {
  const t = text.trim();
  if (!t) return undefined;
  const m = t.match(/^(\d{1,2})\s*(?:\/\s*(\d{1,2}))?$/);
  if (!m) return 'invalid';
  const met = Number(m[1]);
  const total = m[2] ? Number(m[2]) : totalText.trim() ? Number(totalText.trim()) : 19;
  if (!Number.isInteger(total) || total < 1 || met > total) return 'invalid';
  return { met, total };
}

function parseYear(text: string): number | undefined | 'invalid' {
  const t = text.trim();
  if (!t) return undefined;
  if (!/^\d{4}$/.test(t)) return 'invalid';
  const y = Number(t);
  return y >= 2000 && y <= 2100 ? y : 'invalid';
}

export interface RowReason {
  key:
    | 'import.reason.code'
    | 'import.reason.name'
    | 'import.reason.codeElsewhere'
    | 'import.reason.ambiguous'
    | 'import.reason.notFound'
    | 'import.reason.noKey'
    | 'import.reason.noFacts'
    | 'import.reason.badValue'
    | 'import.reason.duplicate'
    | 'import.reason.codeNameMismatch'
    | 'import.reason.garbled';
  params: Record<string, string | number>;
}

export interface ImportRow {
  /** 1-based line number in the file, header = 1. */
  line: number;
  outcome: 'matched' | 'ambiguous' | 'unmatched' | 'invalid' | 'duplicate';
  unit?: AdminUnit;
  method?: MatchMethod | 'code';
  reason: RowReason;
  facts?: UnitFacts;
  raw: string[];
}

export interface ImportReport {
  rows: ImportRow[];
  counts: Record<ImportRow['outcome'], number>;
}

export function canImport(mapping: ColumnMapping): boolean {
  const hasKey = mapping.code !== undefined || mapping.name !== undefined;
  const hasFact = (['level', 'yearRecognised', 'criteria', 'regLevel', 'agency'] as ImportField[]).some((f) => mapping[f] !== undefined);
  return hasKey && hasFact;
}

function rowFacts(raw: string[], m: ColumnMapping): { facts?: UnitFacts; error?: RowReason } {
  const cell = (f: ImportField) => (m[f] === undefined ? '' : (raw[m[f]!] ?? ''));
  const facts: UnitFacts = {};
  const bad = (field: string, value: string): { error: RowReason } => ({ error: { key: 'import.reason.badValue', params: { field, value } } });
  const level = parseLevelText(cell('level'));
  if (level === 'invalid') return bad('level', cell('level'));
  if (level) facts.level = level;
  const year = parseYear(cell('yearRecognised'));
  if (year === 'invalid') return bad('yearRecognised', cell('yearRecognised'));
  if (year) facts.yearRecognised = year;
  const criteria = parseCriteria(cell('criteria'), cell('criteriaTotal'));
  if (criteria === 'invalid') return bad('criteria', cell('criteria'));
  if (criteria) facts.criteria = criteria;
  const regLevel = parseLevelText(cell('regLevel'));
  if (regLevel === 'invalid') return bad('regLevel', cell('regLevel'));
  const regYear = parseYear(cell('regYear'));
  if (regYear === 'invalid') return bad('regYear', cell('regYear'));
  if (regLevel && regYear) facts.registration = { targetLevel: regLevel, targetYear: regYear };
  else if (regLevel || regYear) return bad(regLevel ? 'regYear' : 'regLevel', '');
  const agency = cell('agency').trim();
  if (agency) facts.agency = agency;
  if (Object.keys(facts).length === 0) return { error: { key: 'import.reason.noFacts', params: {} } };
  return { facts };
}

/** Codes lose leading zeros in spreadsheets: "9386" → "09386" for a commune when that is a unit. */
function normaliseCode(text: string, units: ReadonlyMap<string, AdminUnit>): string {
  const digits = text.replace(/\D/g, '');
  if (!digits) return '';
  if (units.has(digits)) return digits;
  for (const len of [3, 5]) {
    const padded = digits.padStart(len, '0');
    if (units.has(padded)) return padded;
  }
  return digits;
}

/** The units a row or a feature is matched against (a province's model, or just its units, as sent to a worker). */
export type UnitSet = Pick<ProvinceModel, 'province' | 'districts' | 'communes'>;

export interface UnitLookup {
  model: UnitSet;
  byCode: Map<string, AdminUnit>;
  gaz: Gazetteer;
}

export function unitLookup(model: UnitSet): UnitLookup {
  const units = [model.province, ...model.districts, ...model.communes];
  return { model, byCode: new Map(units.map((u) => [u.code, u])), gaz: new Gazetteer(units) };
}

export type Identified =
  | { outcome: 'matched'; unit: AdminUnit; method: MatchMethod | 'code'; reason: RowReason }
  | { outcome: 'ambiguous' | 'unmatched' | 'invalid'; unit?: AdminUnit; reason: RowReason };

/**
 * Finds the unit a row or feature is about: by GSO code first (a name given alongside must agree), then by
 * name within the stated district or the province. `tier` restricts the kind of unit when known.
 */
export function identifyUnit(
  { model, byCode, gaz }: UnitLookup,
  key: { code?: string; name?: string; district?: string },
  tier?: 'district' | 'commune',
): Identified {
  const codeText = (key.code ?? '').trim();
  const rawName = (key.name ?? '').trim();
  // Text decoded in the wrong encoding (a DBF without .cpg) cannot be compared: rely on the code alone.
  const garbled = rawName.includes('\uFFFD');
  const nameText = garbled ? '' : rawName;
  if (garbled && !codeText) return { outcome: 'unmatched', reason: { key: 'import.reason.garbled', params: { name: rawName } } };
  if (codeText) {
    const code = normaliseCode(codeText, byCode);
    const unit = byCode.get(code);
    if (!unit || unit.tier === 'province' || (tier && unit.tier !== tier)) {
      return { outcome: 'unmatched', reason: { key: 'import.reason.codeElsewhere', params: { code: codeText, province: model.province.name } } };
    }
    if (nameText && nameKey(nameText) !== nameKey(unit.name)) {
      return { outcome: 'unmatched', unit, reason: { key: 'import.reason.codeNameMismatch', params: { code, name: nameText, official: unit.name } } };
    }
    return { outcome: 'matched', unit, method: 'code', reason: { key: 'import.reason.code', params: { code } } };
  }
  if (!nameText) return { outcome: 'invalid', reason: { key: 'import.reason.noKey', params: {} } };
  const districtText = (key.district ?? '').trim();
  const looksDistrict = /^(huyen|thanh pho|thi xa|quan|tp|tx) /.test(foldDiacritics(nameText));
  if (tier === 'district' || (!tier && looksDistrict && !districtText)) {
    const d = resolveName(gaz, nameText, { tier: 'district', within: model.province.code });
    if (d.status === 'matched')
      return { outcome: 'matched', unit: d.unit, method: d.method, reason: { key: 'import.reason.name', params: { name: nameText, official: d.unit.name } } };
    if (tier === 'district') {
      return d.status === 'ambiguous'
        ? {
            outcome: 'ambiguous',
            reason: {
              key: 'import.reason.ambiguous',
              params: { name: nameText, scope: model.province.name, candidates: d.candidates.map((c) => c.name).join('; ') },
            },
          }
        : { outcome: 'unmatched', reason: { key: 'import.reason.notFound', params: { name: nameText, scope: model.province.name } } };
    }
  }
  let within = model.province.code;
  if (districtText) {
    const d = resolveName(gaz, districtText, { tier: 'district', within: model.province.code });
    if (d.status !== 'matched')
      return { outcome: 'unmatched', reason: { key: 'import.reason.notFound', params: { name: districtText, scope: model.province.name } } };
    within = d.unit.code;
  }
  const r = resolveName(gaz, nameText, { tier: 'commune', within });
  const scope = byCode.get(within)!.name;
  if (r.status === 'ambiguous') {
    const candidates = r.candidates.map((c) => `${c.name} (${byCode.get(c.parentCode ?? '')?.name ?? ''})`).join('; ');
    return { outcome: 'ambiguous', reason: { key: 'import.reason.ambiguous', params: { name: nameText, scope, candidates } } };
  }
  if (r.status === 'unmatched') return { outcome: 'unmatched', reason: { key: 'import.reason.notFound', params: { name: nameText, scope } } };
  return { outcome: 'matched', unit: r.unit, method: r.method, reason: { key: 'import.reason.name', params: { name: nameText, official: r.unit.name } } };
}

export function matchStatusRows(model: ProvinceModel, rows: readonly string[][], mapping: ColumnMapping): ImportReport {
  const lookup = unitLookup(model);
  const out: ImportRow[] = rows.map((raw, i): ImportRow => {
    const line = i + 2;
    const cell = (f: ImportField) => (mapping[f] === undefined ? '' : (raw[mapping[f]!] ?? '').trim());
    const id = identifyUnit(lookup, { code: cell('code'), name: cell('name'), district: cell('district') });
    if (id.outcome !== 'matched') return { line, outcome: id.outcome, unit: id.unit, reason: id.reason, raw };
    const { facts, error } = rowFacts(raw, mapping);
    if (error) return { line, outcome: 'invalid', unit: id.unit, reason: error, raw };
    return { line, outcome: 'matched', unit: id.unit, method: id.method, reason: id.reason, facts, raw };
  });
  // Two rows for one unit: neither is applied, both are reported.
  const seen = new Map<string, number[]>();
  out.forEach((r, i) => {
    if (r.outcome === 'matched' && r.unit) seen.set(r.unit.code, [...(seen.get(r.unit.code) ?? []), i]);
  });
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue;
    const lines = indexes.map((i) => out[i].line).join(', ');
    for (const i of indexes) out[i] = { ...out[i], outcome: 'duplicate', reason: { key: 'import.reason.duplicate', params: { lines } } };
  }
  const counts = { matched: 0, ambiguous: 0, unmatched: 0, invalid: 0, duplicate: 0 };
  for (const r of out) counts[r.outcome]++;
  return { rows: out, counts };
}

/** The updates an import applies: one per matched row. */
export function importUpdates(report: ImportReport): { code: string; facts: UnitFacts }[] {
  return report.rows.filter((r) => r.outcome === 'matched' && r.unit && r.facts).map((r) => ({ code: r.unit!.code, facts: r.facts! }));
}
