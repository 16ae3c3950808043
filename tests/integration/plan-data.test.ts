/**
 * The plan data files: valid against the schema, every record traceable to its seed document,
 * internally consistent with the totals the documents print, and every unit name accounted for.
 */
import { addQuantities, type Quantity } from '../../src/domain/quantity';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProvinceModel, reportClass } from '../../src/domain/model';
import type { PlanFile } from '../../src/domain/plan';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { validateAllPlans, validatePlanFile } from '../../scripts/lib/validate-plans';
import { haveSeeds, itWithSeeds, seeds } from '../seeds';

const root = resolve(__dirname, '../..');
const planFiles = readdirSync(join(root, 'data/plans')).filter((f) => f.endsWith('.json'));
const plans: PlanFile[] = planFiles.map((f) => JSON.parse(readFileSync(join(root, 'data/plans', f), 'utf8')));
const bySlug = (slug: string) => plans.find((p) => p.province.slug === slug)!;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('plan data files', () => {
  it('cover the five seed provinces', () => {
    expect(plans.map((p) => p.province.slug).sort()).toEqual(['hai-duong', 'ninh-binh', 'ninh-thuan', 'quang-nam', 'thanh-hoa']);
  });

  it('every plan file is valid against the schema, with unique ids', () => {
    const { files, problems } = validateAllPlans(null);
    expect(files).toHaveLength(5);
    expect(problems).toEqual([]);
  });

  itWithSeeds('npm run validate-data finds no problem in any plan file (every quote verbatim in its plan)', () => {
    const { files, problems } = validateAllPlans(seeds);
    expect(files).toHaveLength(5);
    expect(problems).toEqual([]);
  });

  it('the validator reports schema errors and duplicate ids', () => {
    const nb = bySlug('ninh-binh');
    const noSource = structuredClone(nb) as unknown as { registrations: Record<string, unknown>[] };
    delete noSource.registrations[0].source;
    expect(
      validatePlanFile('ninh-binh.json', noSource, null)
        .map((p) => p.message)
        .join(),
    ).toMatch(/source/);
    const dup = structuredClone(nb);
    dup.tasks[1].id = dup.tasks[0].id;
    expect(validatePlanFile('ninh-binh.json', dup, haveSeeds ? seeds : null).map((p) => p.message)).toContain(`duplicate id ${dup.tasks[0].id}`);
  });

  itWithSeeds('the validator reports quotes not in the document', () => {
    const nb = bySlug('ninh-binh');
    const invented = structuredClone(nb);
    invented.registrations[0].source.quote = 'Xã Không Có Trong Kế Hoạch';
    expect(
      validatePlanFile('ninh-binh.json', invented, seeds)
        .map((p) => p.message)
        .join(),
    ).toMatch(/quote not found/);
  });

  it('every unit name in every plan resolves to a GSO unit (nothing unresolved)', () => {
    const gaz = loadGazetteer2024();
    for (const plan of plans) {
      const model = buildProvinceModel(plan, gaz);
      const problems = model.report.filter((e) => reportClass(e) === 'problem');
      expect(
        problems.map((p) => `${p.nameAsWritten}: ${JSON.stringify(p.reasons)}`),
        plan.province.slug,
      ).toEqual([]);
    }
  });
});

describe('data agrees with the totals printed in the plans', () => {
  it('Thanh Hóa: the 27 district rows add up to the "Tổng toàn tỉnh" row', () => {
    const th = bySlug('thanh-hoa');
    const districtRows = new Set(th.targets.filter((t) => t.scope === 'district').map((t) => t.unit!.name));
    expect(districtRows.size).toBeGreaterThanOrEqual(26);
    expect(th.agencyAssignments).toHaveLength(27);
    for (const total of th.targets.filter((t) => t.scope === 'province')) {
      const sum = th.targets
        .filter((t) => t.scope === 'district' && t.indicator === total.indicator)
        .reduce((a, t) => addQuantities(a, t.planned ?? 0), 0 as Quantity);
      expect(sum, total.indicator).toBe(total.planned);
    }
  });

  itWithSeeds('Thanh Hóa: the plan objective sentence agrees with the table totals', () => {
    const text = squash(readFileSync(join(seeds, bySlug('thanh-hoa').document.file), 'utf8'));
    const m = text.match(
      /Có thêm (\d+) huyện, (\d+) xã và (\d+) thôn\/bản miền núi đạt chuẩn nông thôn mới; (\d+) huyện và (\d+) xã đạt chuẩn nông thôn mới nâng cao; (\d+) xã và (\d+) thôn\/bản đạt chuẩn nông thôn mới kiểu mẫu; (\d+) sản phẩm OCOP/,
    );
    expect(m).not.toBeNull();
    const [dNtm, cNtm, vNtm, dAdv, cAdv, cModel, vModel, ocop] = m!.slice(1).map(Number);
    const total = (indicator: string) => bySlug('thanh-hoa').targets.find((t) => t.scope === 'province' && t.indicator === indicator)?.planned;
    expect([
      total('district-ntm'),
      total('commune-ntm'),
      total('village-ntm'),
      total('district-ntm-advanced'),
      total('commune-ntm-advanced'),
      total('commune-ntm-model'),
      total('village-ntm-model'),
      total('ocop-products'),
    ]).toEqual([dNtm, cNtm, vNtm, dAdv, cAdv, cModel, vModel, ocop]);
  });

  it('Ninh Bình: Phụ lục IV lists as many communes per level as Phụ lục III plans', () => {
    const nb = bySlug('ninh-binh');
    const planned = (indicator: string) => nb.targets.find((t) => t.indicator === indicator)!.planned;
    const communes = (level: string) => nb.registrations.filter((r) => r.unit.tier === 'commune' && r.targetLevel === level).length;
    expect(communes('ntm-advanced')).toBe(planned('commune-ntm-advanced'));
    expect(communes('ntm-model')).toBe(planned('commune-ntm-model'));
  });

  itWithSeeds('Ninh Thuận: Phụ lục I per-level counts match its listed communes', () => {
    const nt = bySlug('ninh-thuan');
    const text = readFileSync(join(seeds, nt.document.file), 'utf8');
    const header = text.match(/A\s*\n\s*Cấp xã\s*\n\s*(\d+)\s*\n\s*(\d+)/);
    expect(header).not.toBeNull();
    const count = (level: string) => nt.registrations.filter((r) => r.targetLevel === level).length;
    expect([count('ntm'), count('ntm-advanced')]).toEqual([Number(header![1]), Number(header![2])]);
  });

  itWithSeeds('Quảng Nam: every commune named in the year/level lists is registered once per list', () => {
    const qn = bySlug('quang-nam');
    const text = squash(readFileSync(join(seeds, qn.document.file), 'utf8'));
    const list = (prefix: string) => {
      const start = text.indexOf(prefix) + prefix.length;
      return text
        .slice(start, text.indexOf('.', start))
        .split(' để trình')[0]
        .split(',')
        .map((s) => s.trim());
    };
    const cases: [string, string, number][] = [
      ['Phần đầu các xã đạt chuẩn xã NTM năm 2024: ', 'ntm', 2024],
      ['b) Năm 2025 phần đầu các xã đạt chuẩn xã NTM: ', 'ntm', 2025],
      ['Phân đầu các xã đạt chuẩn xã NTM nâng cao năm 2024: ', 'ntm-advanced', 2024],
      ['b) Năm 2025 phân đầu các xã đạt chuẩn xã NTM nâng cao: ', 'ntm-advanced', 2025],
      ['Phân đầu các xã đạt chuẩn xã NTM kiểu mẫu năm 2024: ', 'ntm-model', 2024],
      ['b) Năm 2025 phấn đấu các xã đạt chuẩn xã NTM kiểu mẫu: ', 'ntm-model', 2025],
    ];
    for (const [prefix, level, year] of cases) {
      const names = list(prefix);
      const regs = qn.registrations.filter((r) => r.unit.tier === 'commune' && r.targetLevel === level && r.targetYear === year);
      expect(regs.length, prefix).toBe(names.length);
    }
  });
});

describe('plan province index', () => {
  it('data/plan-provinces.json lists every plan file with its slug and GSO code', () => {
    const index = JSON.parse(readFileSync(join(root, 'data/plan-provinces.json'), 'utf8')) as { provinces: { slug: string; gsoCode: string }[] };
    const fromPlans = plans.map((p) => ({ slug: p.province.slug, gsoCode: p.province.gsoCode })).sort((a, b) => a.slug.localeCompare(b.slug));
    expect([...index.provinces].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(fromPlans);
  });
});
