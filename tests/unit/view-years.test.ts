/** The years each view offers (src/domain/view-years.ts) and the year a link or a view switch lands on. */
import { describe, expect, it } from 'vitest';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { registrationShortfalls, provinceCoverage } from '../../src/domain/coverage';
import { availableIndicators } from '../../src/domain/indicators';
import { registrationInYear } from '../../src/domain/registrations';
import { validYear, viewHasYear, viewYears, yearChoices } from '../../src/domain/view-years';
import { viewCategories } from '../../src/domain/view-facts';
import { MAP_VIEWS } from '../../src/domain/views';

const models = new Map(planSlugs().map((slug) => [slug, loadProvinceModel(slug)]));
const th = models.get('thanh-hoa')!;
const qn = models.get('quang-nam')!;
const nb = models.get('ninh-binh')!;

describe('years per view', () => {
  it('each year a view offers has data in that view; the level and agency views have no year', () => {
    for (const [slug, m] of models)
      for (const view of MAP_VIEWS) {
        const years = viewYears(m, view);
        if (!viewHasYear(view)) {
          expect(years, `${slug} ${view}`).toEqual([]);
          continue;
        }
        for (const year of years) {
          const where = `${slug} ${view} ${year}`;
          if (view === 'registration')
            expect(
              m.registrations.some((r) => registrationInYear(r, year)),
              where,
            ).toBe(true);
          else if (view === 'targets')
            expect(
              [...viewCategories(m, view, year).values()].some((c) => c !== 'no-data'),
              where,
            ).toBe(true);
          else if (view === 'coverage')
            expect(
              provinceCoverage(m, year).some((c) => c.lines.some((l) => l.registered !== null)),
              where,
            ).toBe(true);
          else if (view === 'indicator') expect(availableIndicators(m, year).length, where).toBeGreaterThan(0);
          else
            expect(
              [...viewCategories(m, view, year).values()].some((c) => c !== 'no-data'),
              where,
            ).toBe(true);
        }
      }
  });

  it('registration: the years with registrations; targets: the target years; coverage: target and registrations', () => {
    expect(viewYears(qn, 'registration')).toEqual([2023, 2024, 2025]);
    expect(viewYears(th, 'registration')).toEqual([2024]);
    expect(viewYears(nb, 'registration')).toEqual([2023, 2024]);
    expect(viewYears(th, 'targets')).toEqual([2024]);
    expect(viewYears(qn, 'targets')).toEqual([2024]);
    expect(viewYears(nb, 'targets')).toEqual([]);
    expect(viewYears(th, 'coverage')).toEqual([2024]);
    // Quảng Nam names registrations every year but sets no district recognition target to compare with.
    expect(viewYears(qn, 'coverage')).toEqual([]);
    expect(registrationShortfalls(qn, 2025)).toEqual([]);
  });

  it('a view without a year of its own offers the plan years (where the map says it has no data)', () => {
    expect(yearChoices(nb, 'targets')).toEqual(nb.plan.document.years);
    expect(yearChoices(th, 'level')).toEqual([]);
  });

  it('a year the view lacks becomes the nearest one it has (the later of two as near); a valid year stays', () => {
    expect(validYear(qn, 'registration', 2025)).toBe(2025);
    expect(validYear(qn, 'targets', 2025)).toBe(2024);
    expect(validYear(th, 'registration', 2025)).toBe(2024);
    expect(validYear(th, 'registration', 2019)).toBe(2024);
    expect(validYear(nb, 'registration', 2025)).toBe(2024);
    // No year asked: the plan's default year when the view has it, else the nearest.
    expect(validYear(qn, 'registration', null)).toBe(2024);
    expect(validYear(models.get('ninh-thuan')!, 'registration', null)).toBe(2022);
    // The level view has no year: the year is kept for the next yearly view.
    expect(validYear(th, 'level', 2031)).toBe(2031);
  });
});
