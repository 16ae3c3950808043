import type { RegistrationRecord } from './plan';

/** A registration counts for a year when it targets that year, or is carried over with a deadline in it. */
export function registrationInYear(r: RegistrationRecord, year: number): boolean {
  if (r.targetYear === year) return true;
  return r.status === 'carried-over' && r.deadlines.some((d) => d.due?.startsWith(String(year)));
}
