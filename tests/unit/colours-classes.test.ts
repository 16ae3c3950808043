import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { classify, classIndex, defaultMethod } from '../../src/domain/classify';
import { availableIndicators, classifyIndicator, indicatorValues, valueLabel } from '../../src/domain/indicators';
import { classCategories, isDimmed, legendCounts } from '../../src/domain/legend-counts';
import { LEGEND_LEVELS } from '../../src/domain/levels';
import { LEVEL_COLOURS, MIN_LEVEL_DELTA_E } from '../../src/ui/level-colours';
import { choroplethColour, choroplethLegend, sequentialColours } from '../../src/ui/sequential-scale';

const deltaE = differenceCiede2000();
const colour = (hex: string): Color => parse(hex)!;
const VISIONS: Record<string, (hex: string) => Color> = {
  normal: colour,
  protanopia: (hex) => filterDeficiencyProt(1)(colour(hex)),
  deuteranopia: (hex) => filterDeficiencyDeuter(1)(colour(hex)),
  tritanopia: (hex) => filterDeficiencyTrit(1)(colour(hex)),
};

describe('level colours under colour-vision deficiencies (culori simulation, full severity)', () => {
  for (const [vision, simulate] of Object.entries(VISIONS)) {
    it(`every pair of levels, "hoàn thành nhiệm vụ" and "no data" included, differs by ΔE2000 ≥ ${MIN_LEVEL_DELTA_E} for ${vision}`, () => {
      const too_close: string[] = [];
      for (let i = 0; i < LEGEND_LEVELS.length; i++)
        for (let j = i + 1; j < LEGEND_LEVELS.length; j++) {
          const [a, b] = [LEGEND_LEVELS[i], LEGEND_LEVELS[j]];
          const d = deltaE(simulate(LEVEL_COLOURS[a]), simulate(LEVEL_COLOURS[b]));
          if (d < MIN_LEVEL_DELTA_E) too_close.push(`${a}/${b}: ${d.toFixed(1)}`);
        }
      expect(too_close).toEqual([]);
    });
  }

  it('the check does catch the old "đạt chuẩn" and "hoàn thành nhiệm vụ" colours (#a1dab4, #7fcdbb)', () => {
    expect(deltaE(VISIONS.deuteranopia('#a1dab4'), VISIONS.deuteranopia('#7fcdbb'))).toBeLessThan(MIN_LEVEL_DELTA_E);
  });
});

describe('classes for numeric indicators', () => {
  it('few distinct values: one class per value', () => {
    const c = classify([0, 1, 1, 2, 3, 3, 3]);
    expect(c.method).toBe('unique');
    expect(c.classes.map((x) => [x.min, x.max, x.count])).toEqual([
      [0, 0, 1],
      [1, 1, 2],
      [2, 2, 1],
      [3, 3, 3],
    ]);
  });

  it('many values: natural breaks (ckmeans) separate the groups; quantiles and equal intervals on request', () => {
    const values = [1, 2, 2, 3, 10, 11, 12, 30, 31, 60];
    expect(defaultMethod(values)).toBe('ckmeans');
    const nb = classify(values, undefined, 4);
    expect(nb.classes.map((x) => [x.min, x.max])).toEqual([
      [1, 3],
      [10, 12],
      [30, 31],
      [60, 60],
    ]);
    for (const v of values) expect(nb.classes[classIndex(nb.thresholds, v)].min).toBeLessThanOrEqual(v);
    const eq = classify(values, 'equal', 4);
    expect(eq.thresholds).toEqual([15.75, 30.5, 45.25]);
    expect(eq.classes.map((x) => x.count)).toEqual([7, 1, 1, 1]);
    const q = classify(values, 'quantile', 2);
    expect(q.classes.map((x) => x.count)).toEqual([5, 5]);
    expect(classify([]).classes).toEqual([]);
  });

  it('colours and legend rows: one ColorBrewer colour per class, light to dark, counts per class, no data apart', () => {
    const c = classify([1, 2, 2, 3, 10, 11, 12, 30, 31, 60], 'ckmeans', 4);
    const colours = sequentialColours(4);
    expect(colours).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5']);
    const colourOf = choroplethColour(c);
    expect([colourOf(2), colourOf(11), colourOf(60), colourOf(null)]).toEqual([colours[0], colours[1], colours[3], LEVEL_COLOURS['no-data']]);
    const rows = choroplethLegend(c, { label: 'Không có dữ liệu', count: 2 });
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ['1–3', 4],
      ['10–12', 3],
      ['30–31', 2],
      ['60', 1],
      ['Không có dữ liệu', 2],
    ]);
  });

  it('Quảng Nam 2025: communes registered per district, classed, legend counts that follow a filter', () => {
    const qn = loadProvinceModel('quang-nam');
    expect(availableIndicators(qn, 2025).map((i) => i.id)).toContain('registered:all');
    const values = indicatorValues(qn, 'registered:all', 2025);
    const total = [...values.values()].reduce((s, v) => s + (v?.value ?? 0), 0);
    expect(total).toBe(qn.registrations.filter((r) => r.unit.tier === 'commune' && r.targetYear === 2025 && r.resolved.districtCode).length);
    const map = classifyIndicator(qn, 'registered:all', 2025);
    const categories = classCategories(map.values, map.classification);
    const all = legendCounts(categories, null);
    expect([...all.values()].reduce((s, c) => s + c.shown, 0)).toBe(qn.districts.length);
    const kept = new Set(qn.districts.slice(0, 5).map((d) => d.code));
    const filtered = legendCounts(categories, kept);
    expect([...filtered.values()].reduce((s, c) => s + c.shown, 0)).toBe(5);
    expect([...filtered.values()].reduce((s, c) => s + c.total, 0)).toBe(qn.districts.length);
    expect(isDimmed(qn.districts[6].code, kept)).toBe(true);
    expect(isDimmed(qn.districts[6].code, null)).toBe(false);
  });

  it('a province whose plan names no commune registration: the indicator is no data everywhere, not 0', () => {
    const th = loadProvinceModel('thanh-hoa');
    expect([...indicatorValues(th, 'registered:all', 2024).values()].every((v) => v === null)).toBe(true);
    expect(availableIndicators(th, 2024).map((i) => i.id)).not.toContain('registered:all');
    expect(availableIndicators(th, 2024).map((i) => i.id)).toContain('target:ocop-products');
    // OCOP products per district: Hậu Lộc's plan row says 6; a range (issue 17) maps its maximum, prints "min–max".
    const hauLoc = th.districts.find((d) => d.name === 'Huyện Hậu Lộc')!.code;
    expect(valueLabel(indicatorValues(th, 'target:ocop-products', 2024).get(hauLoc)!)).toBe('6');
    const ranged = { ...th, targets: th.targets.map((x) => (x.id === 'th-target-8-ocop-products' ? ({ ...x, planned: { min: 4, max: 7 } } as never) : x)) };
    const v = indicatorValues(ranged, 'target:ocop-products', 2024).get(hauLoc)!;
    expect([v.value, valueLabel(v)]).toEqual([7, '4–7']);
    expect(valueLabel(null)).toBe('');
  });
});
