/**
 * The plan's communes in the 2025 communes: for each new commune, its predecessors with what the plan
 * (and the office's own data) says of them, and a stated rule that summarises them. The summary is never
 * an official status: a commune formed in 2025 has none until it is recognised again.
 */
import type { CrosswalkRow, NewCommuneRef, ProvinceHistory } from './history';
import { highestLevel, levelRank, type LevelState, type RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import type { RegistrationStatus } from './plan';
import { agenciesOfUnit } from './views';
import { compareVi } from './names';

export interface PredecessorFacts {
  code: string;
  name: string;
  districtCode: string | null;
  districtName: string | null;
  /** Highest level the plan or the office's data states for the commune; "no-data" when silent. */
  level: LevelState;
  criteria: { met: number; total: number } | null;
  registrations: { targetLevel: RecognitionLevel; targetYear: number; status: RegistrationStatus }[];
  agencies: string[];
  /** How the commune was followed to the new one. */
  crosswalk: CrosswalkRow;
}

export type SummaryKind = 'all-at-level' | 'some-at-level' | 'no-data';

export interface NewCommuneSummary {
  code: string;
  name: string;
  predecessors: PredecessorFacts[];
  /** Predecessors in other old provinces: this plan says nothing about them ("no data"). */
  otherPredecessors: NewCommuneRef['otherPredecessors'];
  summary: {
    kind: SummaryKind;
    /** All predecessors at this level (all-at-level), or the highest level any predecessor has (some-at-level). */
    level: LevelState;
    /** Predecessors at `level` or above. */
    atLevel: number;
    /** Predecessors whose level is known. */
    known: number;
    /** All predecessors, in every old province. */
    total: number;
  };
  /** Registrations of the predecessors, to be filed for the new commune (the plans' rule for merged communes). */
  registrations: { targetLevel: RecognitionLevel; targetYear: number; from: string }[];
}

/** The stated rule, as data: compare all predecessors' known levels; never give the new commune a level. */
export function summarise(levels: readonly LevelState[]): NewCommuneSummary['summary'] {
  const total = levels.length;
  const known = levels.filter((l) => l !== 'no-data');
  if (known.length === 0) return { kind: 'no-data', level: 'no-data', atLevel: 0, known: 0, total };
  const top = highestLevel(known);
  const atLevel = known.filter((l) => levelRank(l) >= levelRank(top)).length;
  const lowest = known.reduce((a, b) => (levelRank(b) < levelRank(a) ? b : a));
  if (known.length === total && levelRank(lowest) === levelRank(top)) return { kind: 'all-at-level', level: top, atLevel: total, known: total, total };
  return { kind: 'some-at-level', level: top, atLevel, known: known.length, total };
}

export function predecessorFacts(model: ProvinceModel, row: CrosswalkRow): PredecessorFacts {
  const statuses = model.statuses.filter((s) => s.resolved.code === row.oldCode);
  const registrations = model.registrations.filter((r) => r.resolved.code === row.oldCode);
  const criteria = model.criteria.find((c) => c.code === row.oldCode);
  return {
    code: row.oldCode,
    name: row.oldName,
    districtCode: row.oldDistrictCode,
    districtName: model.districts.find((d) => d.code === row.oldDistrictCode)?.name ?? null,
    level: statuses.length ? highestLevel(statuses.map((s) => s.level)) : 'no-data',
    criteria: criteria ? { met: criteria.met, total: criteria.total } : null,
    registrations: registrations.map((r) => ({ targetLevel: r.targetLevel, targetYear: r.targetYear, status: r.status })),
    agencies: agenciesOfUnit(model, row.oldCode),
    crosswalk: row,
  };
}

/** Every new commune that plan-era communes of the province went into, with its predecessors. */
export function newCommuneSummaries(model: ProvinceModel, history: ProvinceHistory): NewCommuneSummary[] {
  const rowsByNew = new Map<string, CrosswalkRow[]>();
  // A split commune is a predecessor of each commune it went to.
  for (const row of history.crosswalk) for (const code of row.newCodes ?? (row.newCode ? [row.newCode] : [])) rowsByNew.set(code, [...(rowsByNew.get(code) ?? []), row]);
  return history.newCommunes.map((nc) => {
    const predecessors = (rowsByNew.get(nc.code) ?? []).map((row) => predecessorFacts(model, row));
    const levels: LevelState[] = [...predecessors.map((p) => p.level), ...nc.otherPredecessors.map(() => 'no-data' as const)];
    return {
      code: nc.code,
      name: nc.name,
      predecessors,
      otherPredecessors: nc.otherPredecessors,
      summary: summarise(levels),
      registrations: predecessors.flatMap((p) => p.registrations.map((r) => ({ targetLevel: r.targetLevel, targetYear: r.targetYear, from: p.name }))),
    };
  });
}

/** Plan-era communes that could not be followed to a 2025 commune, with the reason. */
export function unfollowedCommunes(history: ProvinceHistory): CrosswalkRow[] {
  return history.crosswalk.filter((r) => r.problem === 'no-successor' || r.problem === 'not-in-crosswalk');
}

/** Reading order for lists and presentations: communes with something known first (all predecessors at a level, then some), then by name. */
export function inReadingOrder(summaries: readonly NewCommuneSummary[]): NewCommuneSummary[] {
  const rank: Record<SummaryKind, number> = { 'all-at-level': 0, 'some-at-level': 1, 'no-data': 2 };
  return [...summaries].sort((a, b) => rank[a.summary.kind] - rank[b.summary.kind] || compareVi(a.name, b.name));
}
