/**
 * A province's plan joined to its administrative units: every record that names a unit gets the
 * GSO code it resolves to (or none, with the reason), and every resolution is listed in the data report.
 */
import { parseDeadline } from './deadlines';
import type { Gazetteer } from './gazetteer';
import type { AgencyAssignment, BudgetLine, Deadline, PlanFile, RegistrationRecord, SourceRef, StatusRecord, TargetRecord, TaskRecord, UnitRef } from './plan';
import { resolveUnitRef, type MatchMethod, type Reason, type Resolution } from './resolve';
import type { AdminUnit } from './units';
import { slugify } from './names';

export interface ResolvedRef {
  /** GSO code of the unit, null when it could not be decided. */
  code: string | null;
  /** GSO code of the district the unit is in (the unit itself for districts). */
  districtCode: string | null;
  resolution: Resolution;
}

export type WithUnit<T> = T & { resolved: ResolvedRef };

export interface DataReportEntry {
  recordType: 'status' | 'registration' | 'target' | 'agency-assignment';
  recordId: string;
  nameAsWritten: string;
  districtAsWritten: string | null;
  outcome: Resolution['status'];
  method: MatchMethod | null;
  code: string | null;
  officialName: string | null;
  districtCode: string | null;
  districtName: string | null;
  /** How the match was decided, or why it could not be. */
  reasons: Reason[];
  candidates: string[];
  source: SourceRef;
}

export interface ProvinceModel {
  plan: PlanFile;
  province: AdminUnit;
  districts: AdminUnit[];
  communes: AdminUnit[];
  statuses: WithUnit<StatusRecord>[];
  registrations: WithUnit<RegistrationRecord>[];
  targets: (TargetRecord & { resolved: ResolvedRef | null })[];
  tasks: TaskRecord[];
  agencyAssignments: WithUnit<AgencyAssignment>[];
  budget: BudgetLine[];
  /** Criteria met per unit, where known (e.g. 17 of 19). */
  criteria: CriteriaRecord[];
  report: DataReportEntry[];
}

export interface CriteriaRecord {
  code: string;
  districtCode: string | null;
  name: string;
  met: number;
  total: number;
  asOf: string;
  source: SourceRef;
}

function withDue(deadline: Deadline, planYear: number): Deadline {
  return deadline.due ? deadline : { ...deadline, due: parseDeadline(deadline.text, planYear).due };
}

export function buildProvinceModel(plan: PlanFile, gaz: Gazetteer): ProvinceModel {
  const province = gaz.byCode(plan.province.gsoCode);
  if (!province) throw new Error(`Province ${plan.province.gsoCode} (${plan.province.name}) is not in the gazetteer`);
  const planYear = plan.document.years[0];
  const cache = new Map<string, ResolvedRef>();
  const report: DataReportEntry[] = [];

  const resolve = (ref: UnitRef, recordType: DataReportEntry['recordType'], recordId: string, source: SourceRef): ResolvedRef => {
    const key = JSON.stringify([ref.name, ref.district ?? '', ref.tier, ref.code ?? '']);
    let resolved = cache.get(key);
    if (!resolved) {
      const resolution = resolveUnitRef(gaz, ref, province.code);
      const unit = resolution.status === 'matched' ? resolution.unit : null;
      resolved = {
        code: unit?.code ?? null,
        districtCode: unit ? (unit.tier === 'district' ? unit.code : unit.parentCode) : null,
        resolution,
      };
      cache.set(key, resolved);
    }
    const r = resolved.resolution;
    const unit = r.status === 'matched' ? r.unit : null;
    report.push({
      recordType,
      recordId,
      nameAsWritten: ref.name,
      districtAsWritten: ref.district ?? null,
      outcome: r.status,
      method: r.status === 'matched' ? r.method : null,
      code: unit?.code ?? null,
      officialName: unit?.name ?? null,
      districtCode: resolved.districtCode,
      districtName: resolved.districtCode ? (gaz.byCode(resolved.districtCode)?.name ?? null) : null,
      reasons: r.status === 'matched' ? (r.notes.length ? r.notes : [{ key: 'reason.official', params: {} }]) : [r.reason],
      candidates:
        r.status === 'ambiguous'
          ? r.candidates.map((c) => `${c.name} — ${gaz.byCode(c.parentCode ?? '')?.name ?? ''} (${c.code})`)
          : r.status === 'unmatched'
            ? r.suggestions.map((c) => `${c.name} — ${gaz.byCode(c.parentCode ?? '')?.name ?? ''} (${c.code})`)
            : [],
      source,
    });
    return resolved;
  };

  const statuses = plan.statuses.map((s) => ({ ...s, resolved: resolve(s.unit, 'status', s.id, s.source) }));
  const registrations = plan.registrations.map((r) => ({
    ...r,
    deadlines: r.deadlines.map((d) => withDue(d, planYear)),
    resolved: resolve(r.unit, 'registration', r.id, r.source),
  }));
  const targets = plan.targets.map((t) => ({ ...t, resolved: t.unit ? resolve(t.unit, 'target', t.id, t.source) : null }));
  const agencyAssignments = plan.agencyAssignments.map((a) => ({
    ...a,
    resolved: resolve(a.unit, 'agency-assignment', a.id, a.source),
  }));
  const tasks = plan.tasks.map((t) =>
    t.deadline && !t.deadline.due ? { ...t, deadline: { ...t.deadline, due: parseDeadline(t.deadline.text, planYear).due } } : t,
  );

  return {
    plan,
    province,
    districts: gaz.children(province.code).filter((u) => u.tier === 'district'),
    communes: gaz.ofTier('commune', province.code),
    statuses,
    registrations,
    targets,
    tasks,
    agencyAssignments,
    budget: plan.budget,
    criteria: statuses
      .filter((s) => s.criteria && s.resolved.code)
      .map((s) => ({
        code: s.resolved.code!,
        districtCode: s.resolved.districtCode,
        name: s.unit.name,
        met: s.criteria!.met,
        total: s.criteria!.total,
        asOf: s.asOf,
        source: s.source,
      })),
    report,
  };
}

/**
 * How a report entry was settled: "problem" (not decided), "evidence" (decided by something other than the
 * official name within the stated district: a spelling difference, a person's note, or a commune the plan
 * lists without its district whose name is unique in the province) or "exact".
 */
export function reportClass(e: DataReportEntry): 'problem' | 'evidence' | 'exact' {
  if (e.outcome !== 'matched') return 'problem';
  if (e.method !== 'exact') return 'evidence';
  const communeWithoutDistrict = e.districtAsWritten === null && e.code !== null && e.code.length === 5;
  return communeWithoutDistrict ? 'evidence' : 'exact';
}

/** The model of a province no plan covers: its units, and every table empty ("no data", not "not achieved"). */
export function emptyPlan(province: AdminUnit): PlanFile {
  return {
    province: { slug: slugify(province.name), name: province.name.replace(/^(Tỉnh|Thành phố) /, ''), gsoCode: province.code },
    // No plan: the programme's last two years, so the year views still have something to show (all "no data").
    document: { file: '', title: '', issuer: '', issued: '', years: [2024, 2025] },
    statuses: [],
    registrations: [],
    targets: [],
    tasks: [],
    agencyAssignments: [],
    budget: [],
  };
}

export interface RecognitionInput {
  /** GSO code of a district or commune of the province. */
  code: string;
  /** Level reached; absent when only a criteria count is known. */
  level?: StatusRecord['level'];
  asOf: string;
  criteria?: { met: number; total: number };
  yearRecognised?: number;
  note?: string;
  source: SourceRef;
}

/**
 * A model with more statuses (results recognised after the plan, imported or entered by staff).
 * Unknown codes are rejected rather than dropped.
 */
export function withStatuses(model: ProvinceModel, inputs: readonly RecognitionInput[]): ProvinceModel {
  const unitOf = (code: string) => {
    const unit = model.communes.find((c) => c.code === code) ?? model.districts.find((d) => d.code === code);
    if (!unit) throw new Error(`${code} is not a unit of ${model.province.name}`);
    return unit;
  };
  const criteria: CriteriaRecord[] = inputs
    .filter((input) => input.criteria)
    .map((input) => {
      const unit = unitOf(input.code);
      return {
        code: unit.code,
        districtCode: unit.tier === 'district' ? unit.code : unit.parentCode,
        name: unit.name,
        met: input.criteria!.met,
        total: input.criteria!.total,
        asOf: input.asOf,
        source: input.source,
      };
    });
  const criteriaCodes = new Set(criteria.map((c) => c.code));
  const added = inputs
    .filter((input) => input.level !== undefined)
    .map((input, i) => {
      const unit = unitOf(input.code);
      const record: WithUnit<StatusRecord> = {
        id: `added-${i + 1}-${input.code}`,
        unit: { name: unit.name, tier: unit.tier === 'district' ? 'district' : 'commune', code: unit.code, evidence: input.source.section },
        level: input.level!,
        asOf: input.asOf,
        criteria: input.criteria,
        yearRecognised: input.yearRecognised,
        note: input.note,
        source: input.source,
        resolved: {
          code: unit.code,
          districtCode: unit.tier === 'district' ? unit.code : unit.parentCode,
          resolution: { status: 'matched', unit, method: 'manual', notes: [{ key: 'reason.manual', params: { evidence: input.source.section } }] },
        },
      };
      return record;
    });
  return {
    ...model,
    statuses: [...model.statuses, ...added],
    criteria: [...model.criteria.filter((c) => !criteriaCodes.has(c.code)), ...criteria],
  };
}
