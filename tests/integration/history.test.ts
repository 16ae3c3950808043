/**
 * Units over time: validity periods, the crosswalk of every seed-province commune to its 2025 commune,
 * the plans in rearranged units (merged districts' targets summed) and roll-ups that count each commune once.
 */
import { addQuantities, type Quantity } from '../../src/domain/quantity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCommuneSummaries, summarise, unfollowedCommunes } from '../../src/domain/crosswalk';
import { eraOn, isValidOn, successorAfterWave, unitsOn, versionOn, type ProvinceHistory } from '../../src/domain/history';
import { modelInRearrangedUnits } from '../../src/domain/rearranged';
import { communeLevels, rollupNewCommunes, rollupPlan, rollupRearranged } from '../../src/domain/rollup';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { curated, provinceHistory } from '../../scripts/lib/history';
import { newProvinceList } from '../../scripts/lib/reform';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { crosswalkTable, newCommunesTable, unitChangesTable } from '../../src/domain/history-tables';
import { createTranslator } from '../../src/i18n/i18n';
import { itWithSeeds, seeds } from '../seeds';

const SEEDS = { 'ninh-binh': '37', 'hai-duong': '30', 'thanh-hoa': '38', 'ninh-thuan': '58', 'quang-nam': '49' } as const;
const histories = new Map<string, ProvinceHistory>(Object.values(SEEDS).map((code) => [code, provinceHistory(code)]));
const h = (code: string) => histories.get(code)!;
const gaz = loadGazetteer2024();

describe('validity periods', () => {
  it('Ninh Bình: TP Ninh Bình ends and huyện Hoa Lư becomes thành phố Hoa Lư on 01/01/2025', () => {
    const nb = h('37');
    expect(nb.wave?.date).toBe('2025-01-01');
    expect(versionOn(nb, '369', '2024-12-31')?.name).toBe('Thành phố Ninh Bình');
    expect(versionOn(nb, '369', '2025-01-01')).toBeUndefined();
    expect(versionOn(nb, '374', '2024-12-31')?.name).toBe('Huyện Hoa Lư');
    expect(versionOn(nb, '374', '2025-01-01')?.name).toBe('Thành phố Hoa Lư');
    expect(versionOn(nb, '374', '2025-07-01')).toBeUndefined();
    const districts = (date: string) => unitsOn(nb, date).filter((u) => u.tier === 'district').length;
    expect([districts('2024-06-01'), districts('2025-03-01'), districts('2025-07-01')]).toEqual([8, 7, 0]);
  });

  it('validity is closed at the start and open at the end', () => {
    expect(isValidOn({ validFrom: '2025-01-01', validTo: '2025-07-01' }, '2025-01-01')).toBe(true);
    expect(isValidOn({ validFrom: '2025-01-01', validTo: '2025-07-01' }, '2025-07-01')).toBe(false);
    expect(isValidOn({ validFrom: null, validTo: '2025-01-01' }, '2000-01-01')).toBe(true);
  });

  it('the era of a date depends on the province: Ninh Thuận rearranged on 01/11/2024, Hải Dương on 01/12/2024', () => {
    expect(eraOn(h('58'), '2024-11-15')).toBe('rearranged');
    expect(eraOn(h('30'), '2024-11-15')).toBe('plan');
    expect(eraOn(h('30'), '2024-12-01')).toBe('rearranged');
    expect(eraOn(h('37'), '2025-06-30')).toBe('rearranged');
    expect(eraOn(h('37'), '2025-07-01')).toBe('reform');
    expect(eraOn(h('37'), null)).toBe('plan');
  });

  it('district mergers of 2024–2025 are recorded with their legal basis and evidence', () => {
    const merge = (code: string, to: string) => h(code).changes.find((c) => c.kind === 'merge' && c.tier === 'district' && c.to === to);
    expect(merge('37', '374')?.from.sort()).toEqual(['369', '374']);
    expect(merge('49', '509')?.from.sort()).toEqual(['509', '519']);
    expect(merge('38', '380')?.from.sort()).toEqual(['380', '405']);
    expect(merge('49', '509')?.basis).toMatch(/1241\/NQ-UBTVQH15/);
    for (const code of ['37', '49', '38'])
      expect(
        h(code)
          .changes.filter((c) => c.tier === 'district' && c.kind === 'merge')
          .every((c) => c.evidence === 'legal-text'),
      ).toBe(true);
  });

  itWithSeeds("the plans' own words on the rearrangement are quoted verbatim", () => {
    const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
    const files: Record<string, string> = { '37': '000_acf1af8e60fac1be.txt', '49': '004_33f64729c6298fc6.txt' };
    for (const [code, file] of Object.entries(files)) {
      const quote = curated.waves[code].plan?.quote;
      expect(quote).toBeTruthy();
      expect(squash(readFileSync(join(seeds, file), 'utf8'))).toContain(squash(quote!));
    }
  });

  it('xã → phường upgrades and renames keep the code and are recorded as such', () => {
    const nb = h('37');
    const upgrade = nb.changes.find((c) => c.to === '14530');
    expect(upgrade?.kind).toBe('upgrade');
    expect(versionOn(nb, '14530', '2025-02-01')?.name).toBe('Phường Ninh Giang');
    expect(versionOn(nb, '14530', '2024-06-01')?.name).toBe('Xã Ninh Giang');
  });
});

describe('crosswalk to the 2025 communes', () => {
  it.each(Object.entries(SEEDS))('%s: every plan-era commune is accounted for exactly once', (_slug, code) => {
    const hist = h(code);
    const planCommunes = gaz
      .ofTier('commune', code)
      .map((u) => u.code)
      .sort();
    expect(hist.crosswalk.map((r) => r.oldCode).sort()).toEqual(planCommunes);
    for (const row of hist.crosswalk) {
      if (row.newCode) expect(row.newName, row.oldName).toBeTruthy();
      else expect(row.problem, row.oldName).toMatch(/no-successor|not-in-crosswalk/);
    }
    // What is not followed is listed, with its reason; the rest reach a new commune.
    const followed = hist.crosswalk.filter((r) => r.newCode).length;
    expect(followed + unfollowedCommunes(hist).length).toBe(planCommunes.length);
    expect(followed / planCommunes.length).toBeGreaterThan(0.9);
  });

  it('Ninh Bình: the communes no source settles are reported by name, with their reason', () => {
    const open = unfollowedCommunes(h('37'));
    expect(open.map((r) => r.oldName).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual([
      'Xã Khánh Thịnh',
      'Xã Kim Hải',
      'Xã Lạng Phong',
      'Xã Lưu Phương',
      'Xã Mai Sơn',
      'Xã Ninh Xuân',
      'Xã Sơn Hà',
      'Xã Sơn Thành',
      'Xã Yên Hưng',
    ]);
    expect(open.every((r) => r.problem === 'no-successor' && r.midCode === null && r.newCode === null)).toBe(true);
  });

  it.each(Object.entries(SEEDS))('%s: every commune the plan names reaches a 2025 commune', (slug, code) => {
    const model = loadProvinceModel(slug);
    const named = new Set(
      [...model.statuses, ...model.registrations, ...model.agencyAssignments].map((r) => r.resolved.code).filter((c): c is string => !!c && c.length === 5),
    );
    const rows = h(code).crosswalk.filter((r) => named.has(r.oldCode));
    expect(rows.length).toBe(named.size);
    expect(rows.filter((r) => !r.newCode).map((r) => r.oldName)).toEqual([]);
  });

  it('communes merged in 2024 follow the legal text: Sơn Viên → Quế Lộc, Bình Định Nam → Bình Định; Ninh Thuận keeps code 22750 for Phủ Hà', () => {
    const row = (p: string, code: string) => h(p).crosswalk.find((r) => r.oldCode === code)!;
    expect(row('49', '20672')).toMatchObject({ midCode: '20671', midName: 'Xã Quế Lộc', evidence: 'legal-text' });
    expect(row('49', '20822')).toMatchObject({ midCode: '20821', midName: 'Xã Bình Định', evidence: 'legal-text' });
    expect(row('58', '22747')).toMatchObject({ midCode: '22750', midName: 'Phường Phủ Hà' });
    expect(row('37', '14326')).toMatchObject({ midCode: '14329', midName: 'Phường Vân Giang' });
  });

  it('a weaker name clue is labelled as such: Hải Dương\'s "Lai Vu" + "Cộng Hòa" → "Lai Khê"', () => {
    const row = h('30').crosswalk.find((r) => r.oldName === 'Xã Lai Vu')!;
    expect(row).toMatchObject({ midName: 'Xã Lai Khê', evidence: 'gazetteer-name-syllable' });
    // A syllable several vanished communes share decides nothing: Ngọc Kỳ and Phượng Kỳ both have "Kỳ".
    expect(h('30').crosswalk.find((r) => r.oldName === 'Xã Ngọc Kỳ')).toMatchObject({ midCode: null, problem: 'no-successor' });
  });

  it('names derived from the gazetteer are labelled with how: "Thịnh Vượng" from Gia Thịnh and Gia Vượng', () => {
    const rows = h('37').crosswalk.filter((r) => ['14491', '14497'].includes(r.oldCode));
    expect(rows.map((r) => r.midName)).toEqual(['Thị trấn Thịnh Vượng', 'Thị trấn Thịnh Vượng']);
    expect(rows.every((r) => r.evidence === 'gazetteer-name-composition')).toBe(true);
  });

  it('places the five seed provinces in their 2025 provinces', () => {
    const list = newProvinceList();
    const of = (old: string) => list.find((p) => p.members.includes(old))!;
    expect(of('37')).toMatchObject({ code: '37', name: 'Ninh Bình', members: ['35', '36', '37'] });
    expect(of('30')).toMatchObject({ name: 'Thành phố Hải Phòng', members: ['30', '31'] });
    expect(of('49')).toMatchObject({ name: 'Thành phố Đà Nẵng', members: ['48', '49'] });
    expect(of('58')).toMatchObject({ name: 'Khánh Hòa', members: ['56', '58'] });
    expect(of('38')).toMatchObject({ name: 'Thanh Hóa', members: ['38'] });
    expect(list).toHaveLength(34);
    expect(new Set(list.flatMap((p) => p.members)).size).toBe(63);
  });
});

describe('summaries of new communes', () => {
  it('a commune split between 2025 communes is a predecessor of each, and counted once', () => {
    // The 2025 dataset has no split among its 10,977 mappings today; the rule is checked on a small history.
    const nb = h('37');
    const a = nb.crosswalk.find((r) => r.newCode)!;
    const b = nb.crosswalk.find((r) => r.newCode && r.newCode !== a.newCode)!;
    const split = { ...a, newCodes: [a.newCode!, b.newCode!], problem: 'split' as const };
    const hist: ProvinceHistory = { ...nb, crosswalk: [split, b] };
    const model = loadProvinceModel('ninh-binh');
    const summaries = newCommuneSummaries(model, hist);
    const homes = summaries
      .filter((s) => s.predecessors.some((p) => p.code === a.oldCode))
      .map((s) => s.code)
      .sort();
    expect(homes).toEqual([a.newCode!, b.newCode!].sort());
    expect(rollupNewCommunes(summaries).predecessors).toBe(2);
  });

  it('states the rule without inventing an official status', () => {
    expect(summarise(['ntm-advanced', 'ntm-advanced', 'ntm-advanced', 'ntm'])).toEqual({
      kind: 'some-at-level',
      level: 'ntm-advanced',
      atLevel: 3,
      known: 4,
      total: 4,
    });
    expect(summarise(['ntm', 'ntm'])).toEqual({ kind: 'all-at-level', level: 'ntm', atLevel: 2, known: 2, total: 2 });
    expect(summarise(['ntm', 'no-data'])).toEqual({ kind: 'some-at-level', level: 'ntm', atLevel: 1, known: 1, total: 2 });
    expect(summarise(['no-data'])).toMatchObject({ kind: 'no-data', level: 'no-data' });
  });

  it('Quảng Nam: a new commune lists its predecessors with the plan’s levels and registrations', () => {
    const model = loadProvinceModel('quang-nam');
    const summaries = newCommuneSummaries(model, h('49'));
    const withRegs = summaries.filter((s) => s.registrations.length > 0);
    expect(withRegs.length).toBeGreaterThan(10);
    // Each plan-era commune appears under exactly one new commune.
    const seen = summaries.flatMap((s) => s.predecessors.map((p) => p.code));
    expect(new Set(seen).size).toBe(seen.length);
    // A registration moves with its commune.
    const reg = model.registrations.find((r) => r.resolved.code && r.resolved.code.length === 5)!;
    const home = summaries.find((s) => s.predecessors.some((p) => p.code === reg.resolved.code))!;
    expect(home.registrations.some((r) => r.targetYear === reg.targetYear && r.targetLevel === reg.targetLevel)).toBe(true);
  });
});

describe('roll-ups in old and new units', () => {
  it.each(Object.entries(SEEDS))('%s: each commune is counted once in old, rearranged and new units', (slug, code) => {
    const model = loadProvinceModel(slug);
    const hist = h(code);
    const plan = rollupPlan(model);
    expect(plan.units).toBe(model.communes.length);
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(plan.counts)).toBe(plan.units);
    const rearranged = rollupRearranged(modelInRearrangedUnits(model, hist));
    expect(sum(rearranged.counts)).toBe(rearranged.units);
    const newUnits = rollupNewCommunes(newCommuneSummaries(model, hist));
    expect(newUnits.predecessors + unfollowedCommunes(hist).length).toBe(model.communes.length);
    // Recognised communes do not multiply: known levels in rearranged units never exceed those in plan units.
    const known = (c: Record<string, number>) => sum(c) - c['no-data'];
    expect(known(rearranged.counts)).toBeLessThanOrEqual(known(plan.counts));
    expect(communeLevels(model).size).toBe(model.communes.length);
  });

  it('Thanh Hóa from 01/01/2025: TP Thanh Hóa’s targets are its own plus Đông Sơn’s, with the rule in the note', () => {
    const model = loadProvinceModel('thanh-hoa');
    const rearranged = modelInRearrangedUnits(model, h('38'));
    expect(rearranged.districts.map((d) => d.code)).not.toContain('405');
    expect(rearranged.districts).toHaveLength(26);
    const city = rearranged.targets.filter((t) => t.resolved?.code === '380');
    const byIndicator = (ind: string) => city.find((t) => t.indicator === ind);
    expect(byIndicator('ocop-products')?.planned).toBe(5 + 3);
    expect(byIndicator('ocop-products')?.note).toMatch(/^sum:/);
    expect(byIndicator('commune-ntm-model')?.planned).toBe(1 + 1);
    expect(byIndicator('commune-ntm-advanced')?.planned).toBe(1);
    expect(byIndicator('village-ntm-model')?.planned).toBe(2);
    // Nothing lost: the province's planned totals are the same in both unit sets.
    const total = (targets: typeof model.targets) =>
      targets.filter((t) => t.scope === 'district').reduce((n, t) => addQuantities(n, t.planned ?? 0), 0 as Quantity);
    expect(total(rearranged.targets)).toBe(total(model.targets));
  });

  it('Ninh Bình from 01/01/2025: thành phố Hoa Lư is formed by merging and carries no level of its own', () => {
    const model = loadProvinceModel('ninh-binh');
    const rearranged = modelInRearrangedUnits(model, h('37'));
    expect(rearranged.mergedFrom.get('374')).toEqual(['369', '374']);
    expect(rearranged.statuses.some((s) => s.resolved.code === '374')).toBe(false);
    expect(rearranged.inheritedStatuses.some((s) => s.resolved.code === '374' && s.level === 'ntm')).toBe(true);
    expect(successorAfterWave(h('37'), '369')).toBe('374');
  });
});

describe('records in rearranged units', () => {
  it('Quảng Nam from 01/01/2025: records of Nông Sơn communes belong to Quế Sơn; no record points at a unit that no longer exists', () => {
    const model = loadProvinceModel('quang-nam');
    const hist = h('49');
    const before = model.registrations.filter((r) => r.resolved.districtCode === '519');
    expect(before.length).toBeGreaterThan(0);
    const rearranged = modelInRearrangedUnits(model, hist);
    const codes = new Set([...rearranged.districts, ...rearranged.communes].map((u) => u.code));
    const parent = new Map(rearranged.communes.map((c) => [c.code, c.parentCode]));
    for (const r of rearranged.registrations) {
      if (!r.resolved.code) continue;
      expect(codes.has(r.resolved.code), r.unit.name).toBe(true);
      if (r.resolved.code.length === 5) expect(r.resolved.districtCode, r.unit.name).toBe(parent.get(r.resolved.code));
    }
    expect(rearranged.registrations.filter((r) => r.resolved.districtCode === '519')).toEqual([]);
    const moved = rearranged.registrations.filter((r) => before.some((b) => b.id === r.id));
    expect(moved.every((r) => r.resolved.districtCode === '509')).toBe(true);
  });
});

describe('tables of units over time', () => {
  const t = createTranslator('vi');
  it('crosswalk, new-commune and change tables have one row per commune, new commune (and unfollowed commune) and change', () => {
    const model = loadProvinceModel('ninh-binh');
    const hist = h('37');
    expect(crosswalkTable(hist, t).rows).toHaveLength(hist.crosswalk.length);
    // One row per new commune, then one per plan-era commune whose new commune is not known (listed as such).
    const newRows = newCommunesTable(model, hist, t).rows;
    expect(newRows).toHaveLength(hist.newCommunes.length + unfollowedCommunes(hist).length);
    expect(newRows.filter((r) => r.newCode === null).map((r) => r.predecessors)).toEqual(unfollowedCommunes(hist).map((u) => `${u.oldName} (${u.oldCode})`));
    expect(unitChangesTable(hist, t).rows).toHaveLength(hist.changes.length);
    const hoaLu = unitChangesTable(hist, t).rows.find((r) => String(r.to).includes('Thành phố Hoa Lư') && String(r.from).includes('Thành phố Ninh Bình'));
    expect(hoaLu?.date).toBe('2025-01-01');
    expect(hoaLu?.basis).toMatch(/Ninh Bình/);
  });
});
