import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenciesOfDistrict, provinceAgencies, registrationLevel, registrationsInDistrict } from '../../src/domain/views';
import { viewCategories } from '../../src/domain/view-facts';
import { agencyKey } from '../../src/domain/agencies';
import { buildTable } from '../../src/domain/tables';
import { tableToCsv, tableToJson } from '../../src/domain/table-files';
import { createTranslator, loadLanguage, formatDate, formatNumber } from '../../src/i18n/i18n';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel } from '../../scripts/lib/province-model';

await loadLanguage('en'); // English is loaded on demand in the app

const gaz = loadGazetteer2024();
const code = (districtName: string, provinceCode: string) => gaz.findExact(districtName, { tier: 'district', within: provinceCode })[0].code;
const t = createTranslator('vi');

describe('district views', () => {
  it('Ninh Bình level view: the six huyện NTM, Tam Điệp task completed, TP Ninh Bình no data', () => {
    const nb = loadProvinceModel('ninh-binh');
    const levels = viewCategories(nb, 'level', 2024);
    for (const h of ['Nho Quan', 'Gia Viễn', 'Hoa Lư', 'Yên Khánh', 'Kim Sơn', 'Yên Mô']) expect(levels.get(code(`Huyện ${h}`, '37'))).toBe('ntm');
    expect(levels.get(code('Thành phố Tam Điệp', '37'))).toBe('task-completed');
    expect(levels.get(code('Thành phố Ninh Bình', '37'))).toBe('no-data');
  });

  it('Ninh Bình 2024 registrations: Yên Khánh has its carried-over dossier and 4 nâng cao + 1 kiểu mẫu communes', () => {
    const nb = loadProvinceModel('ninh-binh');
    const yk = code('Huyện Yên Khánh', '37');
    const regs = registrationsInDistrict(nb, yk, 2024);
    expect(regs.filter((r) => r.unit.tier === 'commune' && r.targetLevel === 'ntm-advanced')).toHaveLength(4);
    expect(regs.filter((r) => r.unit.tier === 'commune' && r.targetLevel === 'ntm-model')).toHaveLength(1);
    expect(regs.find((r) => r.unit.tier === 'district')?.status).toBe('carried-over');
    expect(registrationLevel(nb, yk, 2024)).toBe('ntm-model');
    expect(registrationLevel(nb, code('Thành phố Ninh Bình', '37'), 2024)).toBe('no-data');
  });

  it("Thanh Hóa registration view uses the year's named registrations only, never a target row", () => {
    const th = loadProvinceModel('thanh-hoa');
    // Quảng Xương registered for nâng cao in 2024; its kiểu mẫu commune is a target, shown in the targets view.
    expect(registrationLevel(th, code('Huyện Quảng Xương', '38'), 2024)).toBe('ntm-advanced');
    // Hậu Lộc: its own NTM dossier carried over from 2023 (due Quý I/2024); the nâng cao commune is a target.
    expect(registrationLevel(th, code('Huyện Hậu Lộc', '38'), 2024)).toBe('ntm');
    // Đông Sơn registered nothing for 2024 (its targets name a kiểu mẫu commune).
    expect(registrationLevel(th, code('Huyện Đông Sơn', '38'), 2024)).toBe('no-data');
    expect(registrationLevel(th, code('Huyện Vĩnh Lộc', '38'), 2024)).toBe('no-data');
    expect(registrationLevel(th, code('Huyện Hà Trung', '38'), 2024)).toBe('ntm');
    expect(registrationLevel(th, code('Huyện Hà Trung', '38'), 2025)).toBe('no-data');
  });

  it('agency view: one agency per Thanh Hóa district; several in Ninh Thuận districts with several supported communes', () => {
    const th = loadProvinceModel('thanh-hoa');
    const agencies = viewCategories(th, 'agency', 2024);
    expect([...agencies.values()].every((c) => c === 'agencies:1')).toBe(true);
    const nt = loadProvinceModel('ninh-thuan');
    const ntAgencies = viewCategories(nt, 'agency', 2022);
    expect(Number(ntAgencies.get(code('Huyện Ninh Phước', '58'))?.replace('agencies:', ''))).toBeGreaterThan(1);
    expect(ntAgencies.get(code('Huyện Bác Ái', '58'))).toBe('no-data');
  });

  it('lists the agencies of the province once per model: every agency of a district, sorted in Vietnamese order', () => {
    const th = loadProvinceModel('thanh-hoa');
    const agencies = provinceAgencies(th);
    const keys = agencies.map((a) => a.key);
    for (const d of th.districts) for (const name of agenciesOfDistrict(th, d.code)) expect(keys).toContain(agencyKey(name));
    expect(agencies.map((a) => a.name)).toEqual([...agencies.map((a) => a.name)].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(provinceAgencies(th)).toBe(agencies); // the same model: not worked out again
    const edited = { ...th, agencyAssignments: th.agencyAssignments.slice(1) };
    expect(provinceAgencies(edited)).not.toBe(agencies); // a new model (an office's edits): worked out for it
  });

  it('Quảng Nam communes named without a district land in their districts', () => {
    const qn = loadProvinceModel('quang-nam');
    const tayGiang = code('Huyện Tây Giang', '49');
    const names = registrationsInDistrict(qn, tayGiang, 2025).map((r) => r.resolved.code && gaz.byCode(r.resolved.code)?.name);
    expect(names).toEqual(expect.arrayContaining(['Xã Bha Lê', 'Xã A Xan']));
    expect(registrationLevel(qn, code('Huyện Nam Giang', '49'), 2024)).toBe('ntm');
  });
});

describe('tables and export', () => {
  it('CSV has a BOM, Vietnamese headers and one row per record; JSON keeps the same rows', () => {
    const th = loadProvinceModel('thanh-hoa');
    const table = buildTable(th, 'agencies', { t, language: 'vi' });
    expect(table.rows).toHaveLength(27);
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFFĐơn vị,Mã ĐVHC,Huyện,"Sở, ngành hỗ trợ"')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(28);
    const json = JSON.parse(tableToJson(table));
    expect(json.rows).toHaveLength(27);
    expect(json.rows.find((r: { unit: string }) => r.unit === 'Huyện Quảng Xương').agency).toBe('Sở Nông nghiệp và Phát triển nông thôn');
  });

  it("the data report explains each match in the reader's language", () => {
    const qn = loadProvinceModel('quang-nam');
    const vi = buildTable(qn, 'data-report', { t, language: 'vi' });
    const en = buildTable(qn, 'data-report', { t: createTranslator('en'), language: 'en' });
    const row = (table: typeof vi) => table.rows.find((r) => r.nameAsWritten === 'Xã Tà Bhing')!;
    expect(row(vi).explanation).toBe('Kế hoạch không ghi huyện; tên là duy nhất trong tỉnh; "Xã Tà Bhing" ↔ "Xã Tà Bhinh"');
    expect(row(en).explanation).toBe('The plan gives no district; the name is unique in the province; "Xã Tà Bhing" ↔ "Xã Tà Bhinh"');
    expect(row(en).method).toBe('Near match (1 character off)');
    expect(row(vi).district).toBe('Huyện Nam Giang');
  });

  it('restricts a table to one district', () => {
    const qn = loadProvinceModel('quang-nam');
    const table = buildTable(qn, 'registrations', { t, language: 'vi', districtCode: code('Huyện Tây Giang', '49') });
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.every((r) => r.district === 'Huyện Tây Giang')).toBe(true);
  });

  it('formats numbers and dates the Vietnamese way', () => {
    expect(formatNumber(1307.608, 'vi')).toBe('1.307,608');
    expect(formatDate('2024-11-30', 'vi')).toBe('30/11/2024');
    expect(t('progress.targetOf', { value: 65, of: 119, share: '54,6%' })).toBe('Lũy kế: 65/119 (54,6%)');
  });

  it('npm run export produces the same table from the command line, and fails clearly on bad arguments', () => {
    const root = resolve(__dirname, '../..');
    const run = (...args: string[]) =>
      execFileSync('npx', ['tsx', 'scripts/export.ts', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const out = JSON.parse(run('--province', 'ninh-binh', '--table', 'registrations', '--format', 'json'));
    expect(out.rows).toHaveLength(22);
    expect(out.rows.filter((r: { targetLevel: string }) => r.targetLevel === 'NTM kiểu mẫu')).toHaveLength(5);
    expect(() => run('--province', 'ninh-binh', '--table', 'nope')).toThrow(/--table must be one of/);
    expect(() => run('--province', 'atlantis', '--table', 'tasks')).toThrow(/Unknown province/);
    const dir = mkdtempSync(join(tmpdir(), 'ntm-cli-'));
    const overlayFile = join(dir, 'du-lieu.json');
    const nb = loadProvinceModel('ninh-binh');
    const khanhPhu = nb.communes.find((c) => c.name === 'Xã Khánh Phú')!.code;
    writeFileSync(
      overlayFile,
      JSON.stringify({
        format: 'ntm-map-overlay',
        version: 1,
        provinceCode: '37',
        units: { [khanhPhu]: { level: 'ntm-advanced', criteria: { met: 19, total: 19 } } },
        history: [],
      }),
    );
    const communes = JSON.parse(run('--province', 'ninh-binh', '--table', 'communes', '--format', 'json', '--overlay', overlayFile));
    expect(communes.rows.find((r: { code: string }) => r.code === khanhPhu)).toMatchObject({ level: 'NTM nâng cao', criteria: '19/19' });
    expect(() => run('--province', 'thanh-hoa', '--table', 'communes', '--overlay', overlayFile)).toThrow(/overlay.error.province/);
    run('--province', 'ninh-binh', '--table', 'communes', '--format', 'xlsx', '--out', join(dir, 'xa.xlsx'));
    expect(readFileSync(join(dir, 'xa.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 90_000);
});
