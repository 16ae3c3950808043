import { describe, expect, it } from 'vitest';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { agencyList } from '../../src/domain/agency-pick';
import { emptyState } from '../../src/domain/empty-state';
import { VIEW_IDS } from '../../src/domain/view-facts';
import { registrationYears } from '../../src/domain/views';
import { createTranslator } from '../../src/i18n/i18n';
import { viewLegend } from '../../src/ui/view-legend';

const t = createTranslator('vi');
const models = planSlugs().map((s) => loadProvinceModel(s));

describe('view legends', () => {
  it('every view of every plan: one colour per category (no two share one), counts adding up to the districts, the question in words', () => {
    for (const m of models)
      for (const year of registrationYears(m))
        for (const view of VIEW_IDS) {
          const legend = viewLegend(m, view, year, t);
          const where = `${m.plan.province.slug} ${view} ${year}`;
          expect(new Set(legend.rows.map((r) => r.colour)).size, where).toBe(legend.rows.length);
          expect(
            legend.rows.reduce((s, r) => s + r.total, 0),
            where,
          ).toBe(m.districts.length);
          expect(legend.question, where).toMatch(/\?/);
        }
  });

  it('Thanh Hóa agency view: not 21 colours but the number of departments; a pick lights up its districts', () => {
    const th = models.find((m) => m.plan.province.slug === 'thanh-hoa')!;
    const legend = viewLegend(th, 'agency', 2024, t);
    expect(legend.rows.map((r) => [r.label, r.total])).toEqual([['1 sở, ngành', 27]]);
    const bdt = agencyList(th).find((a) => a.name === 'Ban Dân tộc')!;
    const picked = viewLegend(th, 'agency', 2024, t, { agency: bdt.key });
    expect(picked.question).toBe('Ban Dân tộc phụ trách huyện, xã nào?');
    expect(picked.rows.map((r) => [r.key, r.total])).toEqual([
      ['agency:picked', 2],
      ['agency:other', 25],
    ]);
  });

  it('legend counts follow the filter: shown counts only the matching districts, totals stay', () => {
    const qn = models.find((m) => m.plan.province.slug === 'quang-nam')!;
    const matching = new Set(qn.districts.slice(0, 4).map((d) => d.code));
    const legend = viewLegend(qn, 'registration', 2025, t, { matching });
    expect(legend.rows.reduce((s, r) => s + r.shown, 0)).toBe(4);
    expect(legend.rows.reduce((s, r) => s + r.total, 0)).toBe(qn.districts.length);
  });
});

describe('empty states', () => {
  it('Hải Dương: every view says in one sentence that the plan has nothing for it, and offers the template', () => {
    const hd = models.find((m) => m.plan.province.slug === 'hai-duong')!;
    for (const view of VIEW_IDS) {
      const e = emptyState(hd, view, 2024);
      expect(e, view).not.toBeNull();
      expect(e!.fix).toBe('import-status-table');
      expect(t(e!.key as never, e!.params)).toContain('Tỉnh Hải Dương');
    }
  });

  it('a view with data has no empty state', () => {
    const qn = models.find((m) => m.plan.province.slug === 'quang-nam')!;
    expect(emptyState(qn, 'registration', 2025)).toBeNull();
    expect(emptyState(qn, 'level', 2025)).not.toBeNull();
  });
});
