/** Joining imported polygons to units by a code field and/or a name field, with a report per feature. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { foldDiacritics } from './names';
import { identifyUnit, unitLookup, type RowReason, type UnitLookup, type UnitSet } from './status-import';
import type { AdminUnit } from './units';

export interface BoundaryFields {
  tier: 'district' | 'commune';
  codeField?: string;
  nameField?: string;
  districtField?: string;
}

export interface BoundaryMatchRow {
  index: number;
  label: string;
  outcome: 'matched' | 'ambiguous' | 'unmatched' | 'invalid' | 'duplicate';
  unit?: AdminUnit;
  reason: RowReason;
}

export interface UnitFeatureProps {
  code: string;
  name: string;
  districtCode: string;
}

export interface BoundaryMatch {
  rows: BoundaryMatchRow[];
  counts: Record<BoundaryMatchRow['outcome'], number>;
  /** Matched polygons keyed by unit code, ready for the map. */
  matched: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>;
  /** Units of the tier with no polygon in the file. */
  missing: AdminUnit[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).normalize('NFC').trim());

/**
 * Guesses code, name and district fields from property names and sample values. A field named for the tier
 * ("ma_xa", "ten_huyen") is preferred to a generic one ("ma", "name"), and a generic guess never takes a field named
 * for another tier (a file's "ma_tinh" before its "ma_xa" is the province's code, not the commune's).
 */
export function guessBoundaryFields(properties: readonly { key: string; samples: string[] }[], tier: 'district' | 'commune'): BoundaryFields {
  const fold = (k: string) => foldDiacritics(k).replace(/[^a-z0-9]+/g, '_');
  const isCodeLike = (p: { samples: string[] }) => p.samples.length > 0 && p.samples.every((s) => /^\d{2,5}$/.test(s.trim()));
  const find = (re: RegExp, extra: (p: { key: string; samples: string[] }) => boolean = () => true) =>
    properties.find((p) => re.test(fold(p.key)) && extra(p))?.key;
  const level = tier === 'commune' ? '(xa|commune|phuong|ward|level3|l3)' : '(huyen|district|level2|l2)';
  const otherLevel = tier === 'commune' ? /(tinh|province|huyen|district|level[12]|l[12])/ : /(tinh|province|xa|commune|phuong|ward|level[13]|l[13])/;
  const generic = (p: { key: string }) => !otherLevel.test(fold(p.key));
  const pick = (word: string, extra: (p: { key: string; samples: string[] }) => boolean) =>
    find(new RegExp(`^${word}_?${level}$|^${level}_?${word}$`), extra) ??
    find(new RegExp(`^${word}$|^${word}_`), (p) => generic(p) && extra(p)) ??
    find(new RegExp(`^${word}`), (p) => generic(p) && extra(p));
  return {
    tier,
    codeField: pick('(ma|code|id|gso)', isCodeLike),
    nameField: pick('(ten|name)', (p) => !isCodeLike(p)),
    districtField: tier === 'commune' ? find(/(ten_?huyen|huyen|district)/, (p) => !isCodeLike(p)) : undefined,
  };
}

export interface MatchOptions {
  /** The geometry drawn for a matched feature (e.g. simplified for display only once it is matched); its own by default. */
  geometryOf?: (index: number) => Polygon | MultiPolygon;
  /** Called as features are identified (done of total). */
  onProgress?: (done: number, total: number) => void;
  /** `model`'s lookup when already made (the boundary worker makes it before a file is chosen). */
  lookup?: UnitLookup;
}

export function matchBoundaryFeatures(
  model: UnitSet,
  features: readonly Feature<Polygon | MultiPolygon, Record<string, unknown>>[],
  fields: BoundaryFields,
  { geometryOf = (i) => features[i].geometry, onProgress, lookup = unitLookup(model) }: MatchOptions = {},
): BoundaryMatch {
  const rows: BoundaryMatchRow[] = features.map((f, index) => {
    const props = f.properties ?? {};
    const code = fields.codeField ? text(props[fields.codeField]) : '';
    const name = fields.nameField ? text(props[fields.nameField]) : '';
    const district = fields.districtField ? text(props[fields.districtField]) : '';
    const id = identifyUnit(lookup, { code, name, district }, fields.tier);
    onProgress?.(index + 1, features.length);
    return { index, label: [name, code].filter(Boolean).join(' · ') || `#${index + 1}`, outcome: id.outcome, unit: id.unit, reason: id.reason };
  });
  const byUnit = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.outcome === 'matched' && r.unit) byUnit.set(r.unit.code, [...(byUnit.get(r.unit.code) ?? []), i]);
  });
  for (const indexes of byUnit.values()) {
    if (indexes.length < 2) continue;
    const lines = indexes.map((i) => i + 1).join(', ');
    for (const i of indexes) rows[i] = { ...rows[i], outcome: 'duplicate', reason: { key: 'import.reason.duplicate', params: { lines } } };
  }
  const matched: BoundaryMatch['matched'] = {
    type: 'FeatureCollection',
    features: rows
      .filter((r) => r.outcome === 'matched' && r.unit)
      .map((r) => ({
        type: 'Feature',
        properties: { code: r.unit!.code, name: r.unit!.name, districtCode: r.unit!.tier === 'district' ? r.unit!.code : (r.unit!.parentCode ?? '') },
        geometry: geometryOf(r.index),
      })),
  };
  const have = new Set(matched.features.map((f) => f.properties.code));
  const pool = fields.tier === 'commune' ? model.communes : model.districts;
  const counts = { matched: 0, ambiguous: 0, unmatched: 0, invalid: 0, duplicate: 0 };
  for (const r of rows) counts[r.outcome]++;
  return { rows, counts, matched, missing: pool.filter((u) => !have.has(u.code)) };
}
