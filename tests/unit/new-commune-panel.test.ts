/** The predecessors panel of a 2025 commune, rendered from props: count text, partial note, predecessors, citations. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NewCommunePredecessors } from '../../src/components/NewCommunePredecessors';
import { newCommuneSummaries } from '../../src/domain/crosswalk';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';
import { fixtureHistory, fixtureModel, PLAN_TITLE } from '../fixtures/plan-2025';

await loadLanguage('en'); // English is loaded on demand in the app

const t = createTranslator('en');
const summary = (code: string) => newCommuneSummaries(fixtureModel(), fixtureHistory()).find((s) => s.code === code)!;
const render = (code: string, view: 'level' | 'registration' | 'agency', year: number) =>
  renderToStaticMarkup(createElement(NewCommunePredecessors, { summary: summary(code), view, year, t }));

describe('new commune predecessors panel', () => {
  it('states the category and count of the view, lists every predecessor, cites the plan by title', () => {
    const html = render('90001', 'registration', 2024);
    expect(html).toContain('data-category="ntm-model"');
    expect(html).toContain('data-share="all"');
    expect(html).toContain('2 of 2 predecessor communes registered for Model NTM 2024');
    expect((html.match(/data-predecessor=/g) ?? []).length).toBe(2);
    expect(html).toContain(PLAN_TITLE);
    expect(html).not.toContain('internal-file-name');
    expect(html).toContain('data-targets');
  });

  it('marks a commune with a split predecessor as partial and says so; other-province predecessors are "no data"', () => {
    const html = render('90003', 'level', 2024);
    expect(html).toContain('data-partial="true"');
    expect(html).toContain('Partial: Xã Hòa was split');
    expect(html).toContain('1 predecessor communes in another old province');
    expect(html).toContain('data-predecessor="91001"');
    expect(render('90001', 'level', 2024)).not.toContain('data-partial');
  });
});

describe('legend and unfollowed list', () => {
  it('states the rule, one row per category with the counts of province2025Legend, partial and unplanned counts', async () => {
    const { NewCommunePlanLegend } = await import('../../src/components/NewCommunePlanLegend');
    const { UnfollowedCommunes } = await import('../../src/components/UnfollowedCommunes');
    const { buildProvince2025Model } = await import('../../src/domain/communes-2025');
    const { province2025Legend } = await import('../../src/domain/new-commune-plan');
    const { COMMUNES_2025 } = await import('../fixtures/plan-2025');
    const model = buildProvince2025Model({ code: '90', name: 'Tỉnh Thử Nghiệm', slug: 'thu-nghiem' }, COMMUNES_2025, [
      { model: fixtureModel(), history: fixtureHistory() },
    ]);
    const legend = province2025Legend(model, 'level', 2024);
    const html = renderToStaticMarkup(createElement(NewCommunePlanLegend, { legend, view: 'level', year: 2024, agencyKeys: [], t }));
    expect(html).toContain('data-rule="new-communes-level"');
    for (const row of legend.rows) expect(html).toContain(`data-category="${row.category}" data-all="${row.all}" data-some="${row.some}"`);
    expect(html).toContain(`data-category="partial" data-count="${legend.partial}"`);
    expect(html).toContain(`data-category="unplanned" data-count="${legend.unplanned}"`);
    const list = renderToStaticMarkup(createElement(UnfollowedCommunes, { rows: model.unfollowed, t }));
    expect(list).toContain('data-old-commune="90006"');
    expect(list).toContain('(1)');
    expect(renderToStaticMarkup(createElement(UnfollowedCommunes, { rows: [], t }))).toBe('');
  });
});
