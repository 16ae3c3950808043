import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { coverageSummary, districtCoverage, registrationShortfalls } from '../../src/domain/coverage';
import { registrationYears } from '../../src/domain/views';
import type { ProvinceModel } from '../../src/domain/model';
import { guessMapping, importUpdates, matchStatusRows } from '../../src/domain/status-import';
import { statusTemplateTable, withoutBlankRows } from '../../src/domain/status-template';
import { buildTable } from '../../src/domain/tables';
import { tableToCsv, tableToSheetRows } from '../../src/domain/table-files';
import { targetAmount } from '../../src/domain/target-values';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';
import { readStatusTable } from '../../src/io/tables';

await loadLanguage('en'); // English is loaded on demand in the app

const gaz = loadGazetteer2024();
const code = (name: string, province: string) => gaz.findExact(name, { tier: 'district', within: province })[0].code;
const t = createTranslator('vi');
const th = loadProvinceModel('thanh-hoa');
const qx = code('Huyện Quảng Xương', '38');

describe('coverage: registrations against targets', () => {
  it('Quảng Xương 2024: its nâng cao target (1 district) is covered by its own registration; commune targets cannot be compared (no commune named)', () => {
    const c = districtCoverage(th, qx, 2024);
    const own = c.lines.find((l) => l.tier === 'district')!;
    expect([own.level, own.target, own.registered, own.gap]).toEqual(['ntm-advanced', { min: 1, max: 1 }, 1, 0]);
    const communes = c.lines.filter((l) => l.tier === 'commune');
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((l) => l.registered === null && l.gap === 0)).toBe(true);
    expect(c.state).toBe('covered');
  });

  it('without that registration the district is short by one and heads the "thiếu đăng ký" list', () => {
    const edited: ProvinceModel = { ...th, registrations: th.registrations.filter((r) => !(r.resolved.code === qx && r.targetYear === 2024)) };
    expect(districtCoverage(edited, qx, 2024).state).toBe('short');
    const list = registrationShortfalls(edited, 2024);
    expect(list.map((l) => [l.districtName, l.level, l.gap])).toEqual([['Huyện Quảng Xương', 'ntm-advanced', 1]]);
    const table = buildTable(edited, 'coverage', { t, language: 'vi', year: 2024 });
    expect(table.rows[0]).toMatchObject({ district: 'Huyện Quảng Xương', target: 1, registered: 0, gap: 1, coverage: 'Đăng ký chưa đủ chỉ tiêu' });
    expect(buildTable(th, 'coverage', { t, language: 'vi', year: 2024 }).rows.every((r) => r.gap === null || r.gap === 0)).toBe(true);
  });

  it('a target range ("1–2", issue 17) is covered from its minimum, the gap to its maximum kept', () => {
    const edited: ProvinceModel = {
      ...th,
      targets: th.targets.map((x) =>
        x.resolved?.code === qx && x.indicator === 'district-ntm-advanced' ? ({ ...x, planned: { min: 1, max: 2 } } as never) : x,
      ),
    };
    const own = districtCoverage(edited, qx, 2024).lines.find((l) => l.tier === 'district')!;
    expect([own.target, own.gap, own.gapToMax]).toEqual([{ min: 1, max: 2 }, 0, 1]);
    expect(targetAmount({ planned: 5 })).toEqual({ min: 5, max: 5 });
  });

  it('the five plans: no district registers below a comparable target in any year; the list says what was compared', () => {
    for (const slug of planSlugs()) {
      const m = loadProvinceModel(slug);
      for (const year of registrationYears(m)) {
        expect(registrationShortfalls(m, year), `${slug} ${year}`).toEqual([]);
        const s = coverageSummary(m, year);
        expect(s.covered, `${slug} ${year}`).toBe(s.compared);
      }
    }
    // Thanh Hóa 2024: the plan's own district targets (Như Thanh: huyện NTM; Thọ Xuân, Quảng Xương: huyện NTM nâng
    // cao) are each met by the district's registration; 19 districts have commune targets but the plan names no
    // registered commune, so nothing is claimed for them.
    expect(coverageSummary(th, 2024)).toEqual({ year: 2024, districts: 27, compared: 3, covered: 3, registered: 3, target: 3, unnamed: 19 });
    const sentence = t('coverage.list.covered', { covered: 3, compared: 3, year: '2024', registered: 3, target: 3 });
    expect(sentence).toBe('3/3 huyện có chỉ tiêu so sánh được với đăng ký: số đăng ký ≥ chỉ tiêu năm 2024 (3 đăng ký, chỉ tiêu 3).');
  });

  it('a summary counts a district with a gap as compared but not covered', () => {
    const edited: ProvinceModel = {
      ...th,
      targets: th.targets.map((x) => (x.resolved?.code === qx && x.indicator === 'district-ntm-advanced' ? ({ ...x, planned: 2 } as never) : x)),
    };
    expect(coverageSummary(edited, 2024)).toMatchObject({ compared: 3, covered: 2, registered: 3, target: 4 });
    expect(registrationShortfalls(edited, 2024).map((l) => [l.districtCode, l.gap])).toEqual([[qx, 1]]);
  });

  it('the longest shortfalls come first, ties by target then name', () => {
    const nb = loadProvinceModel('ninh-binh');
    // Ninh Bình names commune registrations for 2024; give two districts commune targets above them.
    const [a, b] = nb.districts.filter((d) =>
      nb.registrations.some((r) => r.resolved.districtCode === d.code && r.unit.tier === 'commune' && r.targetYear === 2024),
    );
    const registered = (c: string) =>
      nb.registrations.filter((r) => r.resolved.districtCode === c && r.unit.tier === 'commune' && r.targetYear === 2024 && r.targetLevel === 'ntm-advanced')
        .length;
    const target = (c: string, planned: number) => ({
      ...nb.targets[0],
      id: `t-${c}`,
      scope: 'district' as const,
      indicator: 'commune-ntm-advanced' as const,
      year: 2024,
      planned,
      resolved: { code: c, districtCode: c, resolution: nb.registrations[0].resolved.resolution },
    });
    const edited: ProvinceModel = { ...nb, targets: [...nb.targets, target(a.code, registered(a.code) + 1), target(b.code, registered(b.code) + 3)] };
    expect(registrationShortfalls(edited, 2024).map((l) => [l.districtCode, l.gap])).toEqual([
      [b.code, 3],
      [a.code, 1],
    ]);
  });
});

describe('status template', () => {
  const nb = loadProvinceModel('ninh-binh');

  it('lists every district and commune of the province with its GSO code, districts first in their block', () => {
    const table = statusTemplateTable(nb, t);
    expect(table.rows).toHaveLength(nb.districts.length + nb.communes.length);
    expect(new Set(table.rows.map((r) => r.code))).toEqual(new Set([...nb.districts, ...nb.communes].map((u) => u.code)));
    expect(table.columns.map((c) => c.label).slice(0, 4)).toEqual(['Mã ĐVHC', 'Tên đơn vị', 'Huyện', 'Mức độ đạt chuẩn']);
  });

  async function roundTrip(name: string, bytes: ArrayBuffer) {
    const raw = await readStatusTable(name, bytes);
    const mapping = guessMapping(raw.header);
    const rows = withoutBlankRows(raw.rows, mapping);
    return { mapping, report: matchStatusRows(nb, rows, mapping) };
  }

  /** The template with three rows filled in as an office would: a level, criteria, a registration. */
  function filled(language: 'vi' | 'en') {
    const table = statusTemplateTable(nb, createTranslator(language));
    const [c1, c2, c3] = nb.communes;
    const rows = table.rows.map((r) =>
      r.code === c1.code
        ? { ...r, level: language === 'vi' ? 'Đạt chuẩn NTM nâng cao' : 'ntm-advanced', yearRecognised: 2024 }
        : r.code === c2.code
          ? { ...r, criteria: 17, criteriaTotal: 19 }
          : r.code === c3.code
            ? { ...r, regLevel: 'NTM kiểu mẫu', regYear: 2025 }
            : r,
    );
    return { table: { ...table, rows }, codes: [c1.code, c2.code, c3.code] };
  }

  for (const language of ['vi', 'en'] as const) {
    it(`round-trips through the import as CSV (${language}): the filled rows become updates, blank rows are not reported`, async () => {
      const { table, codes } = filled(language);
      const csv = new TextEncoder().encode(tableToCsv(table));
      const { mapping, report } = await roundTrip('mau.csv', csv.buffer as ArrayBuffer);
      expect(Object.keys(mapping).sort()).toEqual([
        'agency',
        'code',
        'criteria',
        'criteriaTotal',
        'district',
        'level',
        'name',
        'regLevel',
        'regYear',
        'yearRecognised',
      ]);
      expect(report.counts).toEqual({ matched: 3, ambiguous: 0, unmatched: 0, invalid: 0, duplicate: 0 });
      const updates = importUpdates(report);
      expect(updates.map((u) => u.code)).toEqual(codes);
      expect(updates[0].facts).toEqual({ level: 'ntm-advanced', yearRecognised: 2024 });
      expect(updates[1].facts).toEqual({ criteria: { met: 17, total: 19 } });
      expect(updates[2].facts).toEqual({ registration: { targetLevel: 'ntm-model', targetYear: 2025 } });
    });
  }

  it('round-trips as XLSX (codes kept as text, so leading zeros survive)', async () => {
    const { table, codes } = filled('vi');
    const buffer = await writeXlsxFile(tableToSheetRows(table) as never).toBuffer();
    const { report } = await roundTrip('mau.xlsx', buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    expect(report.counts.matched).toBe(3);
    expect(importUpdates(report).map((u) => u.code)).toEqual(codes);
  });
});
