/**
 * The office's 2025 status table seen like the district maps: filters and legend counts over today's communes,
 * the lagging list by its stated rules, and the tables the app and `npm run export` share (status-2025,
 * lagging-2025), imported by 5-digit codes and names written in NFD or with the older "Hoà".
 */
import { describe, expect, it } from 'vitest';
import { buildProvince2025Model, officeModel2025 } from '../../src/domain/communes-2025';
import { lagging2025, laggingCodes2025 } from '../../src/domain/office-2025';
import { applyChangeSet, makeChangeSet } from '../../src/domain/overlay';
import { guessMapping, importUpdates } from '../../src/domain/status-import';
import { applyOverlay2025, emptyOverlay2025, matchStatusRows2025 } from '../../src/domain/status-import-2025';
import { buildTable2025 } from '../../src/domain/tables-2025';
import { tableToCsv } from '../../src/domain/table-files';
import { createTranslator } from '../../src/i18n/i18n';
import { legendPaint2025 } from '../../src/map/layers/communes-2025';
import { mapLegend } from '../../src/ui/map-legend';
import { COMMUNES_2025 } from '../fixtures/plan-2025';

const vi = createTranslator('vi');
const model = buildProvince2025Model({ code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' }, COMMUNES_2025);

const HEADER = [
  'Mã xã',
  'Tên xã, phường',
  'Mức đạt chuẩn NTM',
  'Năm công nhận',
  'Số tiêu chí đạt',
  'Tổng số tiêu chí',
  'Mức đăng ký',
  'Năm đăng ký',
  'Sở, ngành hỗ trợ',
];
/** An office table: An Bình NTM registered for nâng cao 2026 (behind by 2026); Cường Dũng NTM,
 * registered NTM 2026 (reached); Hòa Giang by its NFD "Hoà" name, registered for NTM 2027 with no level; Ba Chẽ by its
 * code without the leading zero, 15/19 criteria. */
const ROWS = [
  ['90001', '', 'NTM', '2024', '17', '19', 'NTM nâng cao', '2026', 'Sở Xây dựng'],
  ['90003', '', 'NTM', '2025', '', '', 'NTM', '2026', ''],
  ['', 'Xã Hoà Giang'.normalize('NFD'), '', '', '', '', 'NTM', '2027', ''],
  ['6978', '', 'Chưa đạt', '', '15', '19', '', '', ''],
];

function officeOf(rows: string[][]) {
  const report = matchStatusRows2025(model, rows, guessMapping(HEADER));
  const start = emptyOverlay2025('90');
  const overlay = applyChangeSet(
    start,
    makeChangeSet(start, importUpdates(report), { id: 'x', at: '2026-03-01T00:00:00Z', by: 'VP', origin: 'import', label: 't' }),
  );
  return { report, overlay, office: applyOverlay2025(officeModel2025(model), overlay) };
}

describe('import', () => {
  it('matches every row (5-digit code, code without its zero, NFD name with "Hoà")', () => {
    const { report } = officeOf(ROWS);
    expect(report.rows.map((r) => r.unit?.code ?? null)).toEqual(['90001', '90003', '90005', '06978']);
  });
});

describe('lagging list', () => {
  const { office } = officeOf(ROWS);

  it('by 2026: registered for a level in 2026 or earlier and stated below it', () => {
    const l = lagging2025(office, 2026);
    expect(l.behind.map((e) => [e.code, e.registered, e.targetYear, e.level])).toEqual([['90001', 'ntm-advanced', 2026, 'ntm']]);
    expect(l.behind[0].criteria).toEqual({ met: 17, total: 19 });
    // Hòa Giang's registration is for 2027: not yet due.
    expect(l.withoutLevel).toEqual([]);
    expect(l.belowCriteria.map((e) => e.code)).toEqual(['06978', '90001']);
    expect(laggingCodes2025(l)).toEqual(['90001', '06978']);
  });

  it('by 2027: a registration with no level stated is listed apart, never as behind', () => {
    const l = lagging2025(office, 2027);
    expect(l.behind.map((e) => e.code)).toEqual(['90001']);
    expect(l.withoutLevel.map((e) => [e.code, e.level])).toEqual([['90005', 'no-data']]);
  });

  it('by 2025: nothing is due', () => {
    expect(lagging2025(office, 2025).behind).toEqual([]);
  });
});

describe('filters and legend counts on today’s communes', () => {
  const { office } = officeOf(ROWS);

  it('dim the communes the filter drops and count "shown of total" per level', () => {
    const legend = mapLegend(
      office,
      { view: 'level', year: 2026, filter: { levels: ['ntm'] }, agencyPick: null, indicator: null, classMethod: null },
      vi,
      'commune',
    );
    expect([...legend.matching!].sort()).toEqual(['90001', '90003']);
    const ntm = legend.rows.find((r) => r.key === 'ntm')!;
    expect([ntm.shown, ntm.total]).toEqual([2, 2]);
    const noData = legend.rows.find((r) => r.key === 'no-data')!;
    expect([noData.shown, noData.total]).toEqual([0, 2]);
    const paint = legendPaint2025(legend, model.communes);
    expect(paint.get('90001')?.dim).toBe(false);
    expect(paint.get('90005')?.dim).toBe(true);
    expect(paint.get('06978')?.dim).toBe(true);
  });

  it('by registration year', () => {
    const legend = mapLegend(
      office,
      { view: 'registration', year: 2027, filter: { registrationYear: 2027 }, agencyPick: null, indicator: null, classMethod: null },
      vi,
      'commune',
    );
    expect([...legend.matching!]).toEqual(['90005']);
  });
});

describe('tables (the app’s downloads and npm run export)', () => {
  const { office } = officeOf(ROWS);

  it('status-2025: every commune with the template’s columns, the office’s facts, "no data" where silent', () => {
    const table = buildTable2025(model, 'status-2025', { t: vi, office });
    expect(table.rows.map((r) => r.code)).toEqual(model.communes.map((c) => c.code));
    const row = (code: string) => table.rows.find((r) => r.code === code)!;
    expect(row('90001')).toMatchObject({ level: 'Đạt chuẩn NTM', yearRecognised: 2024, criteria: 17, criteriaTotal: 19, regYear: 2026, agency: 'Sở Xây dựng' });
    expect(row('90007').level).toBe('Không có dữ liệu');
    // Importable again: its headers are the template's.
    expect(guessMapping(table.columns.map((c) => c.label))).toEqual(guessMapping(HEADER));
  });

  it('lagging-2025: one row per commune and reason, in the panel’s order', () => {
    const table = buildTable2025(model, 'lagging-2025', { t: vi, office, year: 2027 });
    expect(table.rows.map((r) => [r.code, r.reason])).toEqual([
      ['90001', 'Chậm so với đăng ký'],
      ['90005', 'Đã đăng ký, chưa có dữ liệu mức đạt'],
      ['06978', 'Chưa đạt đủ tiêu chí'],
      ['90001', 'Chưa đạt đủ tiêu chí'],
    ]);
    expect(tableToCsv(table)).toContain('90001,Phường An Bình,NTM nâng cao,2026,Đạt chuẩn NTM,17/19');
  });

  it('without office data: every commune "no data", nothing lagging', () => {
    expect(buildTable2025(model, 'lagging-2025', { t: vi, year: 2030 }).rows).toEqual([]);
    expect(new Set(buildTable2025(model, 'status-2025', { t: vi }).rows.map((r) => r.level))).toEqual(new Set(['Không có dữ liệu']));
  });
});
