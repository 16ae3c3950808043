/**
 * The plan's communes in the 2025 communes: for each new commune, its predecessors with what the plan
 * (and the office's own data) says of them, and a stated rule that summarises them. The summary is never
 * an official status: a commune formed in 2025 has none until it is recognised again.
 */
import type { CrosswalkRow, NewCommuneRef, ProvinceHistory } from './history';
import { highestLevel, levelRank, type LevelState, type RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import type { RegistrationRecord, RegistrationStatus, SourceRef } from './plan';
import { registrationInYear } from './registrations';
import { agenciesOfUnit, indicatorLevel } from './views';
import { compareVi } from './names';
import type { Quantity } from './quantity';

export interface PredecessorFacts {
  code: string;
  name: string;
  districtCode: string | null;
  districtName: string | null;
  /** Highest level the plan or the office's data states for the commune; "no-data" when silent. */
  level: LevelState;
  criteria: { met: number; total: number } | null;
  registrations: {
    targetLevel: RecognitionLevel;
    targetYear: number;
    status: RegistrationStatus;
    agency: string | null;
    /** Years the registration counts in (its target year; a carried-over one also the years of its deadlines). */
    years: number[];
    source: Citation;
  }[];
  agencies: string[];
  /** How the commune was followed to the new one. */
  crosswalk: CrosswalkRow;
  /** Split between several 2025 communes: this new commune has only part of it. */
  split: boolean;
  /** Where each stated level, registration and agency comes from (plan and section, or the office's data). */
  citations: (Citation & { fact: 'level' | 'registration' | 'agency' })[];
  /** Recognition targets of the commune's old district, by year (the plans set commune counts per district). */
  districtTargets: {
    year: number;
    level: RecognitionLevel;
    planned: Quantity | null;
    cumulative: Quantity | null;
    of: number | null;
    label: string;
    source: Citation;
  }[];
}

/** A fact's source as shown to users: the plan's title (never a file name), section, row and the quote. */
export interface Citation {
  document: string;
  section: string;
  row: string | null;
  quote: string;
}

/** A record's citation; records the office added (overlay ids "added-", "user-") cite no plan (document ""). */
export function citation(model: ProvinceModel, source: SourceRef, recordId = ''): Citation {
  const office = /^(added-|user-)/.test(recordId);
  return { document: office ? '' : model.plan.document.title, section: source.section, row: source.row ?? null, quote: source.quote };
}

/** Whether the row's commune went to more than one 2025 commune. */
export function isSplit(row: CrosswalkRow): boolean {
  return row.problem === 'split' || (row.newCodes?.length ?? 0) > 1;
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

function yearsOf(r: RegistrationRecord): number[] {
  const candidates = new Set([r.targetYear, ...r.deadlines.flatMap((d) => (d.due ? [Number(d.due.slice(0, 4))] : []))]);
  return [...candidates].filter((y) => registrationInYear(r, y)).sort();
}

type DistrictTargets = PredecessorFacts['districtTargets'];

/** The recognition targets of an old district, as each of its communes shows them. */
function districtTargetsOf(model: ProvinceModel, districtCode: string | null): DistrictTargets {
  const targets = districtCode ? model.targets.filter((t) => t.scope === 'district' && t.resolved?.code === districtCode) : [];
  return targets.flatMap((t) => {
    const level = indicatorLevel(t.indicator);
    if (!level || !t.indicator.startsWith('commune-')) return [];
    return [
      {
        year: t.year,
        level,
        planned: t.planned ?? null,
        cumulative: t.cumulative?.value ?? null,
        of: t.cumulative?.of ?? null,
        label: t.label,
        source: citation(model, t.source),
      },
    ];
  });
}

/**
 * `districtTargets` (optional) holds each old district's targets already made: the communes of one district share
 * them (read-only) rather than each holding a copy.
 */
export function predecessorFacts(model: ProvinceModel, row: CrosswalkRow, districtTargets = new Map<string | null, DistrictTargets>()): PredecessorFacts {
  let targets = districtTargets.get(row.oldDistrictCode);
  if (!targets) districtTargets.set(row.oldDistrictCode, (targets = districtTargetsOf(model, row.oldDistrictCode)));
  const statuses = model.statuses.filter((s) => s.resolved.code === row.oldCode);
  const registrations = model.registrations.filter((r) => r.resolved.code === row.oldCode);
  const criteria = model.criteria.find((c) => c.code === row.oldCode);
  const assignments = model.agencyAssignments.filter((a) => a.resolved.code === row.oldCode);
  return {
    code: row.oldCode,
    name: row.oldName,
    districtCode: row.oldDistrictCode,
    districtName: model.districts.find((d) => d.code === row.oldDistrictCode)?.name ?? null,
    level: statuses.length ? highestLevel(statuses.map((s) => s.level)) : 'no-data',
    criteria: criteria ? { met: criteria.met, total: criteria.total } : null,
    registrations: registrations.map((r) => ({
      targetLevel: r.targetLevel,
      targetYear: r.targetYear,
      status: r.status,
      agency: r.agency ?? null,
      years: yearsOf(r),
      source: citation(model, r.source, r.id),
    })),
    agencies: agenciesOfUnit(model, row.oldCode),
    crosswalk: row,
    split: isSplit(row),
    citations: [
      ...statuses.map((s) => ({ fact: 'level' as const, ...citation(model, s.source, s.id) })),
      ...registrations.map((r) => ({ fact: 'registration' as const, ...citation(model, r.source, r.id) })),
      ...assignments.map((a) => ({ fact: 'agency' as const, ...citation(model, a.source, a.id) })),
    ],
    districtTargets: targets,
  };
}

const summariesMade = new WeakMap<ProvinceModel, WeakMap<ProvinceHistory, NewCommuneSummary[]>>();

/**
 * Every new commune that plan-era communes of the province went into, with its predecessors. Made once per model
 * and history (the open province's panels and its 2025 province share them: read-only).
 */
export function newCommuneSummaries(model: ProvinceModel, history: ProvinceHistory): NewCommuneSummary[] {
  let byHistory = summariesMade.get(model);
  if (!byHistory) summariesMade.set(model, (byHistory = new WeakMap()));
  let made = byHistory.get(history);
  if (!made) byHistory.set(history, (made = makeNewCommuneSummaries(model, history)));
  return made;
}

function makeNewCommuneSummaries(model: ProvinceModel, history: ProvinceHistory): NewCommuneSummary[] {
  const districtTargets = new Map<string | null, DistrictTargets>();
  const rowsByNew = new Map<string, CrosswalkRow[]>();
  // A split commune is a predecessor of each commune it went to.
  for (const row of history.crosswalk)
    for (const code of row.newCodes ?? (row.newCode ? [row.newCode] : [])) rowsByNew.set(code, [...(rowsByNew.get(code) ?? []), row]);
  return history.newCommunes.map((nc) => {
    const predecessors = (rowsByNew.get(nc.code) ?? []).map((row) => predecessorFacts(model, row, districtTargets));
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
