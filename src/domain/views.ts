/**
 * The plan's facts per district and commune (statuses, registrations, targets, agencies) and the category type the
 * map, legend and 2025 views share. A district's category under a view is worked out in view-facts.ts (the same
 * facts the panel and the presentation card list); the commune helpers here serve the filters and the 2025 views.
 */
import { agencyKey, canonicalAgency } from './agencies';
import { highestLevel, levelRank, type LevelState, type RecognitionLevel } from './levels';
import type { ProvinceModel, WithUnit } from './model';
import type { Indicator, RegistrationRecord, StatusRecord, TargetRecord } from './plan';
import { recognitionState } from './progress';
import { registrationInYear } from './registrations';
import { compareVi } from './names';

export { registrationInYear };

/** The map's views: the questions of view-facts.ts (VIEW_IDS) and a numeric indicator (classed choropleth). */
export const MAP_VIEWS = ['registration', 'targets', 'coverage', 'level', 'progress', 'agency', 'indicator'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** What a unit is coloured by in a view: a level ("no-data" included), a progress class, an agency or several. */
export type Category =
  | LevelState
  | `progress:${number}`
  | `agency:${string}`
  | typeof SEVERAL_AGENCIES
  /** The targets view: a target of another kind than recognition (view-facts.ts). */
  | 'targets-other'
  /** The coverage view: registrations against the district's target (coverage.ts). */
  | `coverage:${'short' | 'covered' | 'unnamed' | 'no-target'}`
  /** The agency view with no agency picked: how many agencies are responsible. */
  | `agencies:${number}`;

export const SEVERAL_AGENCIES = 'several-agencies';

/** The level a target indicator asks units to reach, when it is about recognition. */
export function indicatorLevel(indicator: Indicator): RecognitionLevel | null {
  switch (indicator) {
    case 'district-ntm':
    case 'commune-ntm':
      return 'ntm';
    case 'district-ntm-advanced':
    case 'commune-ntm-advanced':
      return 'ntm-advanced';
    case 'commune-ntm-model':
      return 'ntm-model';
    case 'district-task-completed':
    case 'province-task-completed':
      return 'task-completed';
    default:
      return null;
  }
}

/** The district's own latest recognised level stated by the plan, or "no-data". */
export function districtStatus(model: ProvinceModel, code: string): { level: LevelState; record?: WithUnit<StatusRecord> } {
  const own = model.statuses.filter((s) => s.resolved.code === code).sort((a, b) => b.asOf.localeCompare(a.asOf));
  return own.length ? { level: own[0].level, record: own[0] } : { level: 'no-data' };
}

export function communeStatuses(model: ProvinceModel, districtCode: string): WithUnit<StatusRecord>[] {
  return model.statuses.filter((s) => s.resolved.districtCode === districtCode && s.unit.tier === 'commune');
}

export function registrationsInDistrict(model: ProvinceModel, districtCode: string, year?: number): WithUnit<RegistrationRecord>[] {
  return model.registrations.filter((r) => r.resolved.districtCode === districtCode && (year === undefined || registrationInYear(r, year)));
}

export function registrationsOfProvince(model: ProvinceModel, year?: number): WithUnit<RegistrationRecord>[] {
  return model.registrations.filter((r) => year === undefined || registrationInYear(r, year));
}

export function targetsOfDistrict(model: ProvinceModel, districtCode: string, year?: number): TargetRecord[] {
  return model.targets.filter((t) => t.scope === 'district' && t.resolved?.code === districtCode && (year === undefined || t.year === year));
}

export function agenciesOfDistrict(model: ProvinceModel, districtCode: string): string[] {
  const byKey = new Map<string, string>();
  for (const a of model.agencyAssignments) {
    if (a.resolved.districtCode === districtCode) byKey.set(agencyKey(a.agency), canonicalAgency(a.agency));
  }
  for (const r of model.registrations) {
    if (r.agency && r.resolved.districtCode === districtCode) byKey.set(agencyKey(r.agency), canonicalAgency(r.agency));
  }
  return [...byKey.values()].sort((a, b) => compareVi(a, b));
}

const agenciesByModel = new WeakMap<ProvinceModel, readonly { key: string; name: string }[]>();

/**
 * Every agency named for any district of the province, in a stable order (for legend and colours). Worked out
 * once per model (the filter bar, legend and map all ask for it; a large plan takes tens of ms).
 */
export function provinceAgencies(model: ProvinceModel): readonly { key: string; name: string }[] {
  const known = agenciesByModel.get(model);
  if (known) return known;
  const byKey = new Map<string, string>();
  for (const d of model.districts) for (const name of agenciesOfDistrict(model, d.code)) byKey.set(agencyKey(name), name);
  for (const a of model.agencyAssignments) byKey.set(agencyKey(a.agency), canonicalAgency(a.agency));
  const agencies = [...byKey.entries()].map(([key, name]) => ({ key, name })).sort((a, b) => compareVi(a.name, b.name));
  agenciesByModel.set(model, agencies);
  return agencies;
}

/**
 * Highest level the district or its communes are registered to reach in `year`, from that year's registrations
 * only (issue 15: a target row, or a registration of another year, never colours the registration view; the
 * targets are their own view, view-facts.ts).
 */
export function registrationLevel(model: ProvinceModel, districtCode: string, year: number): LevelState {
  return highestLevel(registrationsInDistrict(model, districtCode, year).map((r) => r.targetLevel));
}

/** Years a registration view can show: 2024 and 2025 (the programme's last years), the plan's years, any registration year. */
export function registrationYears(model: ProvinceModel): number[] {
  const years = new Set<number>([2024, 2025, ...model.plan.document.years]);
  for (const r of model.registrations) years.add(r.targetYear);
  return [...years].sort();
}

/** Counts of registrations by target level (for tooltips and the panel). */
export function countByLevel(records: readonly { targetLevel: RecognitionLevel }[]): [RecognitionLevel, number][] {
  const counts = new Map<RecognitionLevel, number>();
  for (const r of records) counts.set(r.targetLevel, (counts.get(r.targetLevel) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => levelRank(a[0]) - levelRank(b[0]));
}

// ---------------------------------------------------------------------------------------------
// Communes: the same views at commune level.

/** The commune's latest stated level (plan or office data), or "no-data". */
export function unitStatus(model: ProvinceModel, code: string): LevelState {
  const own = model.statuses.filter((s) => s.resolved.code === code).sort((a, b) => b.asOf.localeCompare(a.asOf));
  return own.length ? own[0].level : 'no-data';
}

export function agenciesOfUnit(model: ProvinceModel, code: string): string[] {
  const byKey = new Map<string, string>();
  for (const a of model.agencyAssignments) if (a.resolved.code === code) byKey.set(agencyKey(a.agency), canonicalAgency(a.agency));
  for (const r of model.registrations) if (r.agency && r.resolved.code === code) byKey.set(agencyKey(r.agency), canonicalAgency(r.agency));
  return [...byKey.values()].sort((a, b) => compareVi(a, b));
}

export function communeCategory(model: ProvinceModel, code: string, view: MapView, year: number): Category {
  switch (view) {
    case 'level':
      return unitStatus(model, code);
    case 'registration':
      return highestLevel(model.registrations.filter((r) => r.resolved.code === code && registrationInYear(r, year)).map((r) => r.targetLevel));
    case 'progress': {
      const regs = model.registrations.filter((r) => r.resolved.code === code && registrationInYear(r, year));
      if (!regs.length) return 'no-data';
      const states = regs.map((r) => recognitionState(model, r));
      if (states.includes('recognised')) return 'progress:4';
      if (states.includes('not-recognised')) return 'progress:0';
      return 'no-data';
    }
    case 'agency': {
      const agencies = agenciesOfUnit(model, code);
      if (agencies.length === 0) return 'no-data';
      if (agencies.length > 1) return SEVERAL_AGENCIES;
      return `agency:${agencyKey(agencies[0])}`;
    }
    default:
      return 'no-data';
  }
}

export function communeCategories(model: ProvinceModel, view: MapView, year: number): Map<string, Category> {
  return new Map(model.communes.map((c) => [c.code, communeCategory(model, c.code, view, year)]));
}
