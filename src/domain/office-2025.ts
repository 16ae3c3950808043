/**
 * The office's own 2025 status table seen like the district maps (2026–2030 phase): the lagging list of today's
 * communes and the tables of the office's data, over the office model (officeModel2025 with the 2025 overlay on top,
 * ./status-import-2025 applyOverlay2025). Pure; the app and `npm run export` build the same rows from here.
 */
import { agenciesOfUnit, unitStatus } from './views';
import { compareVi } from './names';
import { levelRank, type LevelState, type RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import { recognitionState } from './progress';

export interface Lagging2025Entry {
  code: string;
  name: string;
  /** The highest level the commune is registered for by the year (a registration of that year or earlier). */
  registered: RecognitionLevel;
  targetYear: number;
  /** The level the office's table states ("no-data" when it states none). */
  level: LevelState;
  criteria: { met: number; total: number } | null;
}

export interface Lagging2025 {
  year: number;
  /** Registered for a level by `year` (or earlier) and stated below it: furthest-back deadline first, then by name. */
  behind: Lagging2025Entry[];
  /** Registered by `year` with no level stated: not ranked ("không có dữ liệu", never "chưa đạt"). */
  withoutLevel: Lagging2025Entry[];
  /** With a criteria count below the total (met / total), fewest met first. */
  belowCriteria: { code: string; name: string; met: number; total: number }[];
}

const byDeadlineThenName = (a: Lagging2025Entry, b: Lagging2025Entry) => a.targetYear - b.targetYear || compareVi(a.name, b.name);

/** The lagging list of today's communes for `year`, by the rules stated in the panel and the export. */
export function lagging2025(office: ProvinceModel, year: number): Lagging2025 {
  const names = new Map(office.communes.map((c) => [c.code, c.name]));
  // The latest count of each commune (records in date order: the later one wins).
  const criteria = new Map(
    office.criteria
      .filter((c) => names.has(c.code))
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .map((c) => [c.code, { met: c.met, total: c.total }]),
  );
  const behind = new Map<string, Lagging2025Entry>();
  const withoutLevel = new Map<string, Lagging2025Entry>();
  for (const r of office.registrations) {
    const code = r.resolved.code;
    if (!code || !names.has(code) || r.targetYear > year) continue;
    const state = recognitionState(office, r);
    if (state === 'recognised') continue;
    const into = state === 'not-recognised' ? behind : withoutLevel;
    const known = into.get(code);
    if (known && levelRank(known.registered) >= levelRank(r.targetLevel)) continue;
    into.set(code, {
      code,
      name: names.get(code)!,
      registered: r.targetLevel,
      targetYear: r.targetYear,
      level: unitStatus(office, code),
      criteria: criteria.get(code) ?? null,
    });
  }
  for (const code of behind.keys()) withoutLevel.delete(code);
  const belowCriteria = [...criteria]
    .filter(([, c]) => c.total > 0 && c.met < c.total)
    .map(([code, c]) => ({ code, name: names.get(code)!, ...c }))
    .sort((a, b) => a.met / a.total - b.met / b.total || compareVi(a.name, b.name));
  return { year, behind: [...behind.values()].sort(byDeadlineThenName), withoutLevel: [...withoutLevel.values()].sort(byDeadlineThenName), belowCriteria };
}

/** Codes of the lagging communes in presentation order: behind, then below the criteria (each once). */
export function laggingCodes2025(l: Lagging2025): string[] {
  return [...new Set([...l.behind.map((e) => e.code), ...l.belowCriteria.map((e) => e.code)])];
}

/** The office's facts of one commune, as the status table's columns (the template's fields). */
export function officeFacts2025(office: ProvinceModel, code: string) {
  const own = office.statuses.filter((s) => s.resolved.code === code).sort((a, b) => b.asOf.localeCompare(a.asOf));
  const criteria = office.criteria.filter((c) => c.code === code).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  const regs = office.registrations.filter((r) => r.resolved.code === code).sort((a, b) => a.targetYear - b.targetYear);
  return {
    level: unitStatus(office, code),
    yearRecognised: own.find((s) => s.yearRecognised !== undefined)?.yearRecognised ?? null,
    criteria: criteria ? { met: criteria.met, total: criteria.total } : null,
    registrations: regs.map((r) => ({ level: r.targetLevel, year: r.targetYear })),
    agencies: agenciesOfUnit(office, code),
  };
}
