/**
 * Units over time: validity periods, the changes between them, and which units are valid on a date.
 *
 * Three states of the country matter to the 2024–2025 plans:
 * - "plan": the units the plans were written for (GSO gazetteer of 01/05/2024);
 * - "rearranged": after the province's 2023–2025 rearrangement of districts and communes (its own date);
 * - "reform": from 01/07/2025, 34 provinces and 3,321 communes, no district tier.
 */
import type { AdminUnit, Tier } from './units';

export const PLAN_SNAPSHOT = '2024-05-01';
export const REFORM_DATE = '2025-07-01';

export type Era = 'plan' | 'rearranged' | 'reform';

/** One version of a unit: its name, type and parent between two dates (validTo exclusive; null = open). */
export interface UnitVersion extends AdminUnit {
  validFrom: string | null;
  validTo: string | null;
}

/** How a change was established: from a legal text, or derived from the GSO gazetteer, or from the 2025 crosswalk dataset. */
export type ChangeEvidence =
  | 'legal-text'
  | 'proposal-text'
  | 'gazetteer-same-code'
  | 'gazetteer-name-takeover'
  | 'gazetteer-name-composition'
  | 'gazetteer-name-syllable'
  | 'gazetteer-children-moved'
  | 'crosswalk-dataset';

export type ChangeKind = 'merge' | 'rename' | 'upgrade' | 'move' | 'reorganise';

export interface UnitChange {
  id: string;
  date: string;
  kind: ChangeKind;
  tier: Tier;
  /** Codes of the predecessors (versions that end on `date`). */
  from: string[];
  fromNames: string[];
  /** Code and name of the successor (the version that starts on `date`). */
  to: string;
  toName: string;
  basis: string | null;
  evidence: ChangeEvidence;
  note?: string;
  sourceUrl?: string;
}

export interface Wave {
  date: string;
  basis: string;
  sourceUrl?: string;
  plan?: { section: string; quote: string };
}

/** A plan-era commune (or district) followed to the 2025 unit it belongs to. */
export interface CrosswalkRow {
  oldCode: string;
  oldName: string;
  oldDistrictCode: string | null;
  /** Its unit after the province's 2023–2025 rearrangement (itself when unchanged); null when not determined. */
  midCode: string | null;
  midName: string | null;
  /** The 2025 commune (xã/phường/đặc khu); null when not determined. */
  newCode: string | null;
  newName: string | null;
  /** All the 2025 communes a split commune went to (newCode is the first). */
  newCodes?: string[];
  /** Evidence for the first step (plan → rearranged); the second step always comes from the crosswalk dataset. */
  evidence: ChangeEvidence | null;
  /** Why the row could not be followed, as a message key. */
  problem?: 'no-successor' | 'not-in-crosswalk' | 'split';
}

export interface NewCommuneRef {
  code: string;
  name: string;
  /** Predecessors in other old provinces (2025-03 codes): part of the new commune, outside this plan. */
  otherPredecessors: { code: string; name: string; provinceCode: string }[];
}

export interface NewProvince {
  code: string;
  name: string;
  /** Old (pre-2025) provinces forming it. */
  members: { code: string; name: string }[];
  basis: string;
}

export interface ProvinceHistory {
  provinceCode: string;
  provinceName: string;
  wave: Wave | null;
  reform: { date: string; basis: string; communeBasis?: string; sourceUrl?: string; source: string };
  /** Every district and commune of the province at the plan snapshot and after the rearrangement. */
  versions: UnitVersion[];
  changes: UnitChange[];
  crosswalk: CrosswalkRow[];
  newProvince: NewProvince;
  /** The 2025 communes that plan-era communes of this province went into. */
  newCommunes: NewCommuneRef[];
}

/** On or after 1 July 2025: 34 provinces, no district tier (whatever the province). */
export function isReformDate(date: string | null): boolean {
  return date !== null && date >= REFORM_DATE;
}

/** The era a date falls in for a province. Without a date: the plan's own units. */
export function eraOn(history: Pick<ProvinceHistory, 'wave' | 'reform'>, date: string | null): Era {
  if (!date) return 'plan';
  if (date >= history.reform.date) return 'reform';
  if (history.wave && date >= history.wave.date) return 'rearranged';
  return 'plan';
}

export function isValidOn(v: Pick<UnitVersion, 'validFrom' | 'validTo'>, date: string): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date < v.validTo);
}

/** Units (districts and communes of the old province) valid on a date; empty from the reform on. */
export function unitsOn(history: ProvinceHistory, date: string): UnitVersion[] {
  return history.versions.filter((v) => isValidOn(v, date));
}

/** The version of a code valid on a date (codes are reused: 374 is huyện Hoa Lư, then thành phố Hoa Lư). */
export function versionOn(history: ProvinceHistory, code: string, date: string): UnitVersion | undefined {
  return history.versions.find((v) => v.code === code && isValidOn(v, date));
}

/** The name a code had in the plan's units (the code itself when unknown). */
export function planName(history: ProvinceHistory, code: string): string {
  return history.versions.find((v) => v.code === code && v.validFrom === null)?.name ?? code;
}

/** Follows a plan-era code through the rearrangement: the code of the unit it is part of afterwards. */
export function successorAfterWave(history: ProvinceHistory, code: string): string | null {
  const change = history.changes.find((c) => c.kind !== 'reorganise' && c.from.includes(code) && c.date === history.wave?.date);
  if (change) return change.to;
  const after = history.wave ? versionOn(history, code, history.wave.date) : versionOn(history, code, PLAN_SNAPSHOT);
  return after ? code : null;
}

/** Plan-era codes that make up a rearranged unit (itself included when it existed before). */
export function predecessorsAtWave(history: ProvinceHistory, code: string): string[] {
  const out = new Set<string>();
  for (const c of history.changes) if (c.kind === 'merge' && c.to === code && c.date === history.wave?.date) c.from.forEach((f) => out.add(f));
  if (out.size === 0 && versionOn(history, code, PLAN_SNAPSHOT)) out.add(code);
  return [...out].sort();
}

/** Changes in effect between two dates (after `from`, up to and including `to`). */
export function changesBetween(history: ProvinceHistory, from: string, to: string): UnitChange[] {
  return history.changes.filter((c) => c.date > from && c.date <= to);
}
