/** The plans seen in today's communes: category, count and partial flag per view, legend counts, texts, table. */
import { describe, expect, it } from 'vitest';
import { newCommuneSummaries } from '../../src/domain/crosswalk';
import { newCommunesTable } from '../../src/domain/history-tables';
import { newCommuneCategories, newCommuneCategory, newCommuneLegend, NEW_COMMUNE_VIEWS } from '../../src/domain/new-commune-plan';
import { categoryCountText, citationText, legendRowText, legendRuleText, partialText } from '../../src/domain/new-commune-texts';
import { applyChangeSet, applyOverlay, emptyOverlay, makeChangeSet } from '../../src/domain/overlay';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';
import { fixtureHistory, fixtureModel, PLAN_TITLE } from '../fixtures/plan-2025';

await loadLanguage('en'); // English is loaded on demand in the app

const vi = createTranslator('vi');
const en = createTranslator('en');
const summaries = () => newCommuneSummaries(fixtureModel(), fixtureHistory());
const byCode = (code: string) => summaries().find((s) => s.code === code)!;

describe('category of a new commune, by view', () => {
  it('level: the highest level of the predecessors, "all" when every one has it', () => {
    expect(newCommuneCategory(byCode('90001'), 'level', 2024)).toMatchObject({ category: 'ntm-advanced', share: 'all', count: 2, total: 2, partial: false });
    // Cường ntm, Dũng and Hòa no data, Xã Ngoài in another province: 1 of 4.
    expect(newCommuneCategory(byCode('90003'), 'level', 2024)).toMatchObject({
      category: 'ntm',
      share: 'some',
      count: 1,
      total: 4,
      outside: 1,
      partial: true,
      splitNames: ['Xã Hòa'],
    });
    expect(newCommuneCategory(byCode('90005'), 'level', 2024)).toMatchObject({ category: 'no-data', share: 'none', count: 0, total: 1, partial: true });
  });

  it('registration: the highest level registered for the year, counted over all predecessors', () => {
    expect(newCommuneCategory(byCode('90001'), 'registration', 2024)).toMatchObject({ category: 'ntm-model', share: 'all', count: 2 });
    expect(newCommuneCategory(byCode('90001'), 'registration', 2025)).toMatchObject({ category: 'no-data', share: 'none', count: 0 });
    expect(newCommuneCategory(byCode('90003'), 'registration', 2025)).toMatchObject({ category: 'ntm-advanced', share: 'some', count: 1, total: 4 });
  });

  it('agency: one agency for all, several agencies, or no data', () => {
    const a = newCommuneCategory(byCode('90001'), 'agency', 2024);
    expect(a.category).toMatch(/^agency:/);
    expect(a).toMatchObject({ share: 'all', count: 2, agencies: ['Sở Nông nghiệp và Phát triển nông thôn'] });
    expect(newCommuneCategory(byCode('90003'), 'agency', 2024).category).toMatch(/^agency:/);
    expect(newCommuneCategory(byCode('90003'), 'agency', 2024).category).not.toBe(a.category);
    expect(newCommuneCategory(byCode('90003'), 'agency', 2024)).toMatchObject({ share: 'some', count: 1, agencies: ['Sở Tài chính'] });
    expect(newCommuneCategory(byCode('90005'), 'agency', 2024).category).toBe('no-data');
  });

  it('follows the office data applied to the old model (a new level of Xã Dũng changes the count)', () => {
    const model = fixtureModel();
    const overlay = applyChangeSet(
      emptyOverlay('90'),
      makeChangeSet(emptyOverlay('90'), [{ code: '90004', facts: { level: 'ntm' } }], {
        id: 'x',
        at: '2025-01-02T00:00:00Z',
        by: 'VP',
        origin: 'edit',
        label: 'Xã Dũng',
      }),
    );
    const withOffice = applyOverlay(model, overlay);
    const s = newCommuneSummaries(withOffice, fixtureHistory()).find((x) => x.code === '90003')!;
    expect(newCommuneCategory(s, 'level', 2024)).toMatchObject({ category: 'ntm', count: 2, total: 4 });
    const dung = s.predecessors.find((p) => p.code === '90004')!;
    expect(dung.citations).toHaveLength(1);
    expect(dung.citations[0].document).toBe('');
    expect(citationText(dung.citations[0], vi)).toMatch(/^Dữ liệu của văn phòng · VP/);
  });
});

describe('legend rows from the same categories', () => {
  it('count each commune once, split by share, no data last, partial counted', () => {
    for (const view of NEW_COMMUNE_VIEWS) {
      for (const year of [2024, 2025]) {
        const categories = [...newCommuneCategories(summaries(), view, year).values()];
        const legend = newCommuneLegend(categories);
        expect(legend.communes).toBe(3);
        expect(legend.rows.reduce((n, r) => n + r.all + r.some, 0)).toBe(3);
        expect(legend.partial).toBe(categories.filter((c) => c.partial).length);
        for (const row of legend.rows) {
          expect(row.all).toBe(categories.filter((c) => c.category === row.category && c.share === 'all').length);
        }
      }
    }
    const level = newCommuneLegend(newCommuneCategories(summaries(), 'level', 2024).values());
    expect(level.rows.map((r) => r.category)).toEqual(['ntm-advanced', 'ntm', 'no-data']);
    expect(level.partial).toBe(2);
  });

  it('states the rule and the counts in both languages', () => {
    expect(legendRuleText('registration', 2024, vi)).toContain('2024');
    const rows = newCommuneLegend(newCommuneCategories(summaries(), 'level', 2024).values()).rows;
    expect(legendRowText(rows[0], en)).toBe('Advanced NTM: 1 new communes (all predecessors), 0 new communes (some predecessors)');
    expect(legendRowText(rows[2], vi)).toBe('Không có dữ liệu: 1 xã mới');
  });
});

describe('texts', () => {
  it('count text: "1 of 4 predecessor communes registered for … 2025", years not formatted as numbers', () => {
    expect(categoryCountText(newCommuneCategory(byCode('90003'), 'registration', 2025), en)).toBe(
      '1 of 4 predecessor communes registered for Advanced NTM 2025',
    );
    expect(categoryCountText(newCommuneCategory(byCode('90001'), 'registration', 2024), vi)).toBe('2 trong 2 xã tiền thân đăng ký NTM kiểu mẫu năm 2024');
    expect(categoryCountText(newCommuneCategory(byCode('90005'), 'level', 2024), vi)).toBe('Không có dữ liệu về mức đạt chuẩn của 1 xã tiền thân');
  });

  it('partial note names the split predecessor; none for a whole one', () => {
    expect(partialText(newCommuneCategory(byCode('90005'), 'level', 2024), en)).toContain('Xã Hòa');
    expect(partialText(newCommuneCategory(byCode('90001'), 'level', 2024), en)).toBeNull();
  });

  it('citations name the plan by title, section and row with the quote, never the file name', () => {
    const an = byCode('90001').predecessors[0];
    expect(an.citations.map((c) => c.fact).sort()).toEqual(['level', 'registration']);
    const text = citationText(an.citations[0], vi);
    expect(text).toContain(PLAN_TITLE);
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('“Xã An');
    expect(text).not.toContain('internal-file-name');
  });

  it('district targets of the old district are carried with their citation', () => {
    const an = byCode('90001').predecessors[0];
    expect(an.districtTargets).toEqual([expect.objectContaining({ year: 2024, level: 'ntm-advanced', planned: 2 })]);
  });
});

describe('new-communes table', () => {
  it('one row per new commune with counts per year, partial note and citations, then the unfollowed communes', () => {
    const table = newCommunesTable(fixtureModel(), fixtureHistory(), vi);
    expect(table.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['levelSummary', 'registration2024', 'registration2025', 'agencySummary', 'partial', 'citations', 'problem']),
    );
    expect(table.rows).toHaveLength(3 + 1);
    const cd = table.rows.find((r) => r.newCode === '90003')!;
    expect(cd.registration2025).toBe('1 trong 4 xã tiền thân đăng ký NTM nâng cao năm 2025');
    expect(String(cd.partial)).toContain('Xã Hòa');
    expect(String(cd.partial)).toContain('1 xã tiền thân thuộc tỉnh cũ khác');
    const last = table.rows[table.rows.length - 1];
    expect(last).toMatchObject({ newCode: null, predecessors: 'Xã Giang (90006)' });
    expect(last.problem).toBeTruthy();
  });
});

describe('a whole 2025 province', () => {
  it('paints every commune: planned ones by their category, the others "no data"; the legend counts agree', async () => {
    const { buildProvince2025Model } = await import('../../src/domain/communes-2025');
    const { province2025Legend, province2025Paint } = await import('../../src/domain/new-commune-plan');
    const { COMMUNES_2025 } = await import('../fixtures/plan-2025');
    const model = buildProvince2025Model({ code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' }, COMMUNES_2025, [
      { model: fixtureModel(), history: fixtureHistory() },
    ]);
    const paint = province2025Paint(model, 'registration', 2024);
    expect(paint.size).toBe(COMMUNES_2025.length);
    expect(paint.get('90001')).toEqual({ category: 'ntm-model', share: 'all', partial: false, planned: true });
    expect(paint.get('90007')).toEqual({ category: 'no-data', share: 'none', partial: false, planned: false });
    const legend = province2025Legend(model, 'registration', 2024);
    expect(legend.unplanned).toBe(2);
    expect(legend.communes + legend.unplanned).toBe(paint.size);
    expect(legend.rows.find((r) => r.category === 'ntm-model')?.all).toBe(
      [...paint.values()].filter((p) => p.category === 'ntm-model' && p.share === 'all').length,
    );
  });
});
