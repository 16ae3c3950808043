/**
 * The plan data files: valid against the schema, every record traceable to its seed document,
 * internally consistent with the totals the documents print, and every unit name accounted for.
 */
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProvinceModel, reportClass } from '../../src/domain/model';
import type { PlanFile } from '../../src/domain/plan';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';

const root = resolve(__dirname, '../..');
const seeds = resolve(root, process.env.NTM_SEEDS_DIR || '../shared/seeds');
const schema = JSON.parse(readFileSync(join(root, 'data/schema/plan.schema.json'), 'utf8'));
const planFiles = readdirSync(join(root, 'data/plans')).filter((f) => f.endsWith('.json'));
const plans: PlanFile[] = planFiles.map((f) => JSON.parse(readFileSync(join(root, 'data/plans', f), 'utf8')));
const bySlug = (slug: string) => plans.find((p) => p.province.slug === slug)!;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function allRecords(plan: PlanFile) {
  return [...plan.statuses, ...plan.registrations, ...plan.targets, ...plan.tasks, ...plan.agencyAssignments, ...plan.budget];
}

describe('plan data files', () => {
  it('cover the five seed provinces', () => {
    expect(plans.map((p) => p.province.slug).sort()).toEqual(['hai-duong', 'ninh-binh', 'ninh-thuan', 'quang-nam', 'thanh-hoa']);
  });

  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  it.each(planFiles)('%s matches the JSON Schema', (file) => {
    const plan = JSON.parse(readFileSync(join(root, 'data/plans', file), 'utf8'));
    const ok = validate(plan);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(`${plan.province.slug}.json`).toBe(file);
  });

  it('the schema rejects a record without a source', () => {
    const plan = structuredClone(bySlug('ninh-binh')) as unknown as { registrations: Record<string, unknown>[] };
    delete plan.registrations[0].source;
    expect(validate(plan)).toBe(false);
  });

  it('ids are unique within each plan', () => {
    for (const plan of plans) {
      const ids = allRecords(plan).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('every record quotes its seed document verbatim', () => {
    expect(existsSync(seeds), `seed documents expected at ${seeds} (set NTM_SEEDS_DIR)`).toBe(true);
    for (const plan of plans) {
      const text = squash(readFileSync(join(seeds, plan.document.file), 'utf8'));
      const missing = allRecords(plan).filter((r) => !text.includes(squash(r.source.quote))).map((r) => r.id);
      expect(missing, plan.province.slug).toEqual([]);
    }
  });

  it('every unit name in every plan resolves to a GSO unit (nothing unresolved)', () => {
    const gaz = loadGazetteer2024();
    for (const plan of plans) {
      const model = buildProvinceModel(plan, gaz);
      const problems = model.report.filter((e) => reportClass(e) === 'problem');
      expect(problems.map((p) => `${p.nameAsWritten}: ${p.explanation}`), plan.province.slug).toEqual([]);
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
      const sum = th.targets.filter((t) => t.scope === 'district' && t.indicator === total.indicator).reduce((a, t) => a + (t.planned ?? 0), 0);
      expect(sum, total.indicator).toBe(total.planned);
    }
  });

  it('Thanh Hóa: the plan objective sentence agrees with the table totals', () => {
    const text = squash(readFileSync(join(seeds, bySlug('thanh-hoa').document.file), 'utf8'));
    const m = text.match(/Có thêm (\d+) huyện, (\d+) xã và (\d+) thôn\/bản miền núi đạt chuẩn nông thôn mới; (\d+) huyện và (\d+) xã đạt chuẩn nông thôn mới nâng cao; (\d+) xã và (\d+) thôn\/bản đạt chuẩn nông thôn mới kiểu mẫu; (\d+) sản phẩm OCOP/);
    expect(m).not.toBeNull();
    const [dNtm, cNtm, vNtm, dAdv, cAdv, cModel, vModel, ocop] = m!.slice(1).map(Number);
    const total = (indicator: string) => bySlug('thanh-hoa').targets.find((t) => t.scope === 'province' && t.indicator === indicator)?.planned;
    expect([total('district-ntm'), total('commune-ntm'), total('village-ntm'), total('district-ntm-advanced'), total('commune-ntm-advanced'), total('commune-ntm-model'), total('village-ntm-model'), total('ocop-products')]).toEqual([dNtm, cNtm, vNtm, dAdv, cAdv, cModel, vModel, ocop]);
  });

  it('Ninh Bình: Phụ lục IV lists as many communes per level as Phụ lục III plans', () => {
    const nb = bySlug('ninh-binh');
    const planned = (indicator: string) => nb.targets.find((t) => t.indicator === indicator)!.planned;
    const communes = (level: string) => nb.registrations.filter((r) => r.unit.tier === 'commune' && r.targetLevel === level).length;
    expect(communes('ntm-advanced')).toBe(planned('commune-ntm-advanced'));
    expect(communes('ntm-model')).toBe(planned('commune-ntm-model'));
  });

  it('Ninh Thuận: Phụ lục I per-level counts match its listed communes', () => {
    const nt = bySlug('ninh-thuan');
    const text = readFileSync(join(seeds, nt.document.file), 'utf8');
    const header = text.match(/A\s*\n\s*Cấp xã\s*\n\s*(\d+)\s*\n\s*(\d+)/);
    expect(header).not.toBeNull();
    const count = (level: string) => nt.registrations.filter((r) => r.targetLevel === level).length;
    expect([count('ntm'), count('ntm-advanced')]).toEqual([Number(header![1]), Number(header![2])]);
  });

  it('Quảng Nam: every commune named in the year/level lists is registered once per list', () => {
    const qn = bySlug('quang-nam');
    const text = squash(readFileSync(join(seeds, qn.document.file), 'utf8'));
    const list = (prefix: string) => {
      const start = text.indexOf(prefix) + prefix.length;
      return text.slice(start, text.indexOf('.', start)).split(' để trình')[0].split(',').map((s) => s.trim());
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
