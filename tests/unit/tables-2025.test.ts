/** Tables in the units of 1 July 2025: a province's communes with the plans' facts through their predecessors, and the status template. */
import { describe, expect, it } from 'vitest';
import { buildProvince2025Model } from '../../src/domain/communes-2025';
import { buildTable2025, isTable2025Id } from '../../src/domain/tables-2025';
import { tableToCsv, tableToJson } from '../../src/domain/table-files';
import { createTranslator } from '../../src/i18n/i18n';
import { COMMUNES_2025, fixtureHistory, fixtureModel } from '../fixtures/plan-2025';

const entry = { code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' };
const vi = createTranslator('vi');

describe('communes-2025 table', () => {
  const model = buildProvince2025Model(entry, COMMUNES_2025, [{ model: fixtureModel(), history: fixtureHistory() }]);

  it('has every commune; those with planned predecessors carry the count of the view and year, the others "no data"', () => {
    const table = buildTable2025(model, 'communes-2025', { t: vi, view: 'registration', year: 2024 });
    expect(table.rows.map((r) => r.code)).toEqual(model.communes.map((c) => c.code));
    const byCode = (code: string) => table.rows.find((r) => r.code === code)!;
    expect(byCode('90001').viewSummary).toBe('2 trong 2 xã tiền thân đăng ký NTM kiểu mẫu năm 2024');
    expect(byCode('90007')).toMatchObject({ name: 'Xã Mới', sourceName: 'xã Mới', predecessors: null, viewSummary: 'Không có dữ liệu' });
    expect(byCode('90005').partial).toContain('Xã Hòa');
    expect(table.columns.find((c) => c.key === 'viewSummary')?.label).toContain('2024');
    expect(tableToJson(table)).toContain('"table": "communes-2025"');
  });

  it('status template: codes and names of every commune, CSV with a BOM', () => {
    const table = buildTable2025(model, 'status-template-2025', { t: vi });
    expect(table.rows).toHaveLength(COMMUNES_2025.length);
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFFMã xã,')).toBe(true);
    expect(csv).toContain('06978,Xã Ba Chẽ');
  });

  it('knows its ids', () => {
    expect(isTable2025Id('communes-2025')).toBe(true);
    expect(isTable2025Id('new-communes')).toBe(false);
  });
});
