import { describe, expect, it } from 'vitest';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { matchingDistricts } from '../../src/domain/filters';
import { classifyIndicator } from '../../src/domain/indicators';
import { viewCategories, VIEW_IDS } from '../../src/domain/view-facts';
import { createTranslator } from '../../src/i18n/i18n';
import { unitPaint } from '../../src/map/unit-paint';
import { fromQuery, toQuery, DEFAULT_SHARED } from '../../src/state/url';
import { LEVEL_COLOURS, NO_DATA_FILL } from '../../src/ui/level-colours';
import { mapLegend, type MapViewOptions } from '../../src/ui/map-legend';

const t = createTranslator('vi');
const th = loadProvinceModel('thanh-hoa');
const codes = th.districts.map((d) => d.code);
const base: MapViewOptions = { view: 'registration', year: 2024, filter: {}, agencyPick: null, indicator: null, classMethod: null };

describe('the map legend is the view facts, coloured once', () => {
  it('paints every district from viewCategories, in every view', () => {
    for (const view of VIEW_IDS) {
      const legend = mapLegend(th, { ...base, view }, t);
      expect(legend.categories).toEqual(viewCategories(th, view, 2024));
      const paint = unitPaint(legend, codes);
      for (const [code, category] of legend.categories) {
        expect(paint.get(code)!.nodata).toBe(category === 'no-data');
        expect(paint.get(code)!.fill).toBe(legend.rows.find((r) => r.key === category)!.colour);
      }
      expect(legend.rows.reduce((n, r) => n + r.total, 0)).toBe(codes.length);
    }
  });

  it('level colours come from level-colours.ts and "no data" is the hatched grey', () => {
    const legend = mapLegend(th, base, t);
    for (const r of legend.rows) expect(r.colour).toBe(r.key === 'no-data' ? NO_DATA_FILL : LEVEL_COLOURS[r.key as keyof typeof LEVEL_COLOURS]);
    expect(legend.rows.find((r) => r.key === 'no-data')?.hatched).toBe(true);
  });

  it('a filter dims every district it does not keep (hatched ones too) and the counts follow it', () => {
    const filter = { levels: [], registrationYear: 2024 };
    const legend = mapLegend(th, { ...base, view: 'targets', filter }, t);
    const matching = matchingDistricts(th, filter);
    expect(matching.size).toBeGreaterThan(0);
    expect(matching.size).toBeLessThan(codes.length);
    const paint = unitPaint(legend, codes);
    for (const code of codes) expect(paint.get(code)!.dim).toBe(!matching.has(code));
    expect(legend.rows.reduce((n, r) => n + r.shown, 0)).toBe(matching.size);
    const hatchedDimmed = codes.filter((c) => paint.get(c)!.nodata && paint.get(c)!.dim);
    const hatchedOut = [...legend.categories].filter(([c, k]) => k === 'no-data' && !matching.has(c));
    expect(hatchedDimmed.length).toBe(hatchedOut.length);
  });

  it('the numeric view classes the chosen indicator, with the method chosen', () => {
    const legend = mapLegend(th, { ...base, view: 'indicator', indicator: 'target:commune-ntm', classMethod: 'equal' }, t);
    expect(legend.choropleth?.indicator).toBe('target:commune-ntm');
    expect(legend.choropleth?.method).toBe('equal');
    const im = classifyIndicator(th, 'target:commune-ntm', 2024, 'equal');
    expect(legend.rows.filter((r) => r.key !== 'no-data').length).toBe(im.classification.classes.length);
    for (const [code, v] of im.values) expect(legend.categories.get(code) === 'no-data').toBe(v === null);
  });

  it('an agency picked: its districts and the others, two colours', () => {
    const legend = mapLegend(th, { ...base, view: 'agency', agencyPick: 'ban dan toc' }, t);
    expect(new Set(legend.rows.map((r) => r.key))).toEqual(new Set(['agency:picked', 'agency:other']));
    expect(new Set(legend.rows.map((r) => r.colour)).size).toBe(2);
  });
});

describe('the link keeps the issue-15 state', () => {
  it('commune, tab, indicator, classes, values and agency survive toQuery → fromQuery', () => {
    const shared = {
      ...DEFAULT_SHARED,
      province: 'thanh-hoa',
      view: 'indicator' as const,
      link: { commune: '16237', tab: 'lagging', indicator: 'target:commune-ntm' as const, classes: 'quantile' as const, values: true, agencyPick: null },
    };
    expect(fromQuery(toQuery(shared))).toEqual(shared);
    expect(fromQuery('?view=coverage').view).toBe('coverage');
    expect(fromQuery('?view=targets&commune=12&tab=<x>').link).toEqual({ ...DEFAULT_SHARED.link });
  });
});
