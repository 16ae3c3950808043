/** District filters: by current level, by having registrations in a year, by responsible agency. */
import { agencyKey } from './agencies';
import type { LevelState } from './levels';
import type { ProvinceModel } from './model';
import { agenciesOfDistrict, agenciesOfUnit, communeCategory, districtStatus, registrationLevel, unitStatus } from './views';

export interface DistrictFilter {
  levels?: LevelState[];
  registrationYear?: number;
  agencyKey?: string;
}

export function isFilterActive(f: DistrictFilter): boolean {
  return Boolean(f.levels?.length || f.registrationYear || f.agencyKey);
}

export function districtMatches(model: ProvinceModel, code: string, f: DistrictFilter): boolean {
  if (f.levels?.length && !f.levels.includes(districtStatus(model, code).level)) return false;
  if (f.registrationYear && registrationLevel(model, code, f.registrationYear) === 'no-data') return false;
  if (f.agencyKey && !agenciesOfDistrict(model, code).some((a) => agencyKey(a) === f.agencyKey)) return false;
  return true;
}

export function matchingDistricts(model: ProvinceModel, f: DistrictFilter): Set<string> {
  return new Set(model.districts.filter((d) => districtMatches(model, d.code, f)).map((d) => d.code));
}

/** The same filters for a commune: its own level, registrations in the year, agencies. */
export function communeMatches(model: ProvinceModel, code: string, f: DistrictFilter): boolean {
  if (f.levels?.length && !f.levels.includes(unitStatus(model, code))) return false;
  if (f.registrationYear && communeCategory(model, code, 'registration', f.registrationYear) === 'no-data') return false;
  if (f.agencyKey && !agenciesOfUnit(model, code).some((a) => agencyKey(a) === f.agencyKey)) return false;
  return true;
}
