/**
 * The plan seen in the units after the province's 2023–2025 rearrangement (e.g. Ninh Bình from 01/01/2025:
 * TP Ninh Bình + huyện Hoa Lư = thành phố Hoa Lư; Quảng Nam: Nông Sơn joined Quế Sơn).
 *
 * Rules (shown in the interface):
 * - A unit that only changed its name, type or district keeps its records.
 * - A unit formed by merging has no recognised level of its own until it is re-recognised: its
 *   predecessors' statuses are kept beside it (`inheritedStatuses`), not given to it.
 * - Registrations and agency assignments move to the unit formed (the plans ask merged communes to file
 *   under the commune after the merger).
 * - A merged district's targets are the sum of its predecessors' targets for the same indicator and year.
 */
import type { ProvinceHistory } from './history';
import { planName, predecessorsAtWave, successorAfterWave, unitsOn } from './history';
import type { ProvinceModel, ResolvedRef, WithUnit } from './model';
import { sumQuantities } from './quantity';
import type { StatusRecord } from './plan';
import type { AdminUnit } from './units';

export interface RearrangedModel extends ProvinceModel {
  /** Statuses of units that were merged away or merged into a new unit, keyed by the unit formed. */
  inheritedStatuses: WithUnit<StatusRecord>[];
  /** Unit formed → plan-era units it was formed from (only for units formed by merging two or more). */
  mergedFrom: Map<string, string[]>;
}

type Target = ProvinceModel['targets'][number];

function rekey(ref: ResolvedRef, follow: (code: string) => string | null, parentAfter: (code: string) => string | null): ResolvedRef {
  const code = ref.code ? follow(ref.code) : null;
  // A commune's district afterwards is its successor's parent (a commune can change district on its own).
  const districtCode = code && code.length === 5 ? (parentAfter(code) ?? null) : ref.districtCode ? follow(ref.districtCode) : null;
  return { ...ref, code, districtCode };
}

/** Targets of one merged district: summed per indicator, year and period, with the rule in the note. */
export function sumTargets(targets: readonly Target[], districtCode: string, districtName: string, predecessorNames: string[]): Target[] {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.indicator}|${t.year}|${t.periodStart ?? ''}|${t.indicator === 'other' ? t.label : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0];
    const first = group[0];
    const all = <K extends 'planned'>(k: K) => group.every((t) => t[k] !== undefined);
    const cumulative = group.every((t) => t.cumulative)
      ? {
          value: sumQuantities(group.map((t) => t.cumulative!.value)),
          of: group.every((t) => t.cumulative!.of !== undefined) ? group.reduce((s, t) => s + (t.cumulative!.of ?? 0), 0) : undefined,
        }
      : undefined;
    return {
      ...first,
      id: `${districtCode}-sum-${group.map((t) => t.id).join('+')}`,
      planned: all('planned') ? sumQuantities(group.map((t) => t.planned!)) : undefined,
      cumulative,
      note: `sum:${predecessorNames.join(' + ')}`,
      resolved: first.resolved ? { ...first.resolved, code: districtCode, districtCode } : null,
      unit: { name: districtName, tier: 'district' as const },
      source: { ...first.source, quote: group.map((t) => t.source.quote).join(' | ') },
    };
  });
}

export function modelInRearrangedUnits(model: ProvinceModel, history: ProvinceHistory): RearrangedModel {
  if (!history.wave) return { ...model, inheritedStatuses: [], mergedFrom: new Map() };
  const date = history.wave.date;
  const valid = unitsOn(history, date);
  const districts: AdminUnit[] = valid.filter((u) => u.tier === 'district').map(({ validFrom: _f, validTo: _t, ...u }) => u);
  const communes: AdminUnit[] = valid.filter((u) => u.tier === 'commune').map(({ validFrom: _f, validTo: _t, ...u }) => u);
  const follow = (code: string): string | null => successorAfterWave(history, code);
  const parentAfter = (code: string): string | null => valid.find((u) => u.code === code)?.parentCode ?? null;
  const mergedFrom = new Map<string, string[]>();
  for (const u of valid) {
    const from = predecessorsAtWave(history, u.code);
    if (from.length > 1) mergedFrom.set(u.code, from);
  }
  const isMerged = (code: string | null): boolean => !!code && mergedFrom.has(code);

  const statuses: WithUnit<StatusRecord>[] = [];
  const inheritedStatuses: WithUnit<StatusRecord>[] = [];
  for (const s of model.statuses) {
    const resolved = rekey(s.resolved, follow, parentAfter);
    (isMerged(resolved.code) ? inheritedStatuses : statuses).push({ ...s, resolved });
  }

  const nameOf = (code: string): string => valid.find((u) => u.code === code)?.name ?? code;
  const byDistrict = new Map<string, Target[]>();
  const targets: Target[] = [];
  for (const t of model.targets) {
    const resolved = t.resolved ? rekey(t.resolved, follow, parentAfter) : null;
    const moved = { ...t, resolved } as Target & { resolved: ResolvedRef | null };
    if (t.scope === 'district' && resolved?.code && isMerged(resolved.code)) byDistrict.set(resolved.code, [...(byDistrict.get(resolved.code) ?? []), moved]);
    else targets.push(moved);
  }
  for (const [code, list] of byDistrict)
    targets.push(
      ...sumTargets(
        list,
        code,
        nameOf(code),
        (mergedFrom.get(code) ?? []).map((c) => planName(history, c)),
      ),
    );

  return {
    ...model,
    districts,
    communes,
    statuses,
    inheritedStatuses,
    mergedFrom,
    registrations: model.registrations.map((r) => ({ ...r, resolved: rekey(r.resolved, follow, parentAfter) })),
    agencyAssignments: dedupeAssignments(model.agencyAssignments.map((a) => ({ ...a, resolved: rekey(a.resolved, follow, parentAfter) }))),
    targets,
    criteria: model.criteria
      .filter((c) => !isMerged(follow(c.code)))
      .map((c) => {
        const code = follow(c.code) ?? c.code;
        return { ...c, code, districtCode: parentAfter(code) ?? (c.districtCode ? follow(c.districtCode) : null) };
      }),
  };
}

function dedupeAssignments<T extends { resolved: ResolvedRef; agency: string; role: string; year: number }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.resolved.code}|${a.agency}|${a.role}|${a.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
