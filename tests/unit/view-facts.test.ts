import { describe, expect, it } from 'vitest';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { levelRank, type RecognitionLevel } from '../../src/domain/levels';
import type { ProvinceModel } from '../../src/domain/model';
import {
  categoryLevel,
  categoryOfFacts,
  communeViewCategory,
  panelFacts,
  panelLines,
  registrationFacts,
  VIEW_IDS,
  viewCategory,
} from '../../src/domain/view-facts';
import { provinceAgencies, registrationYears } from '../../src/domain/views';
import { createTranslator } from '../../src/i18n/i18n';

const gaz = loadGazetteer2024();
const code = (name: string, province: string) => gaz.findExact(name, { tier: 'district', within: province })[0].code;
const t = createTranslator('vi');
const models = new Map<string, ProvinceModel>(planSlugs().map((s) => [s, loadProvinceModel(s)]));
const th = models.get('thanh-hoa')!;
const qn = models.get('quang-nam')!;

const linesOf = (m: ProvinceModel, c: string, view: (typeof VIEW_IDS)[number], year: number, agency?: string) =>
  panelLines(panelFacts(m, c, view, year, { agency }), t);

describe('registration view of year Y: only what was registered for Y', () => {
  it('Đông Sơn (Thanh Hóa) 2024: no colour of a level, the panel says no registration; its kiểu mẫu target is in the targets view', () => {
    const ds = code('Huyện Đông Sơn', '38');
    expect(viewCategory(th, ds, 'registration', 2024)).toBe('no-data');
    expect(linesOf(th, ds, 'registration', 2024).map((l) => l.text)).toEqual(['Đăng ký 2024: kế hoạch không nêu']);
    expect(viewCategory(th, ds, 'targets', 2024)).toBe('ntm-model');
    expect(linesOf(th, ds, 'targets', 2024).some((l) => l.level === 'ntm-model')).toBe(true);
  });

  it('Hậu Lộc (Thanh Hóa) 2024: its own NTM dossier carried over (due 2024 in the plan), not the nâng cao commune target', () => {
    const hl = code('Huyện Hậu Lộc', '38');
    const facts = registrationFacts(th, hl, 2024);
    expect(facts.own.map((o) => [o.level, o.status, o.targetYear])).toEqual([['ntm', 'carried-over', 2024]]);
    expect(facts.communeTotal).toBe(0);
    expect(viewCategory(th, hl, 'registration', 2024)).toBe('ntm');
    expect(linesOf(th, hl, 'registration', 2024).map((l) => l.text)).toEqual(['Huyện đăng ký Đạt chuẩn NTM (Chuyển tiếp)']);
    expect(viewCategory(th, hl, 'targets', 2024)).toBe('ntm-advanced');
  });

  it('Bắc Trà My (Quảng Nam): nothing for 2024; for 2025 two communes for NTM and one for nâng cao, counted per level', () => {
    const btm = code('Huyện Bắc Trà My', '49');
    expect(viewCategory(qn, btm, 'registration', 2024)).toBe('no-data');
    const f = registrationFacts(qn, btm, 2025);
    expect(f.communes.map((c) => [c.level, c.count])).toEqual([
      ['ntm', 2],
      ['ntm-advanced', 1],
    ]);
    expect(viewCategory(qn, btm, 'registration', 2025)).toBe('ntm-advanced');
    expect(linesOf(qn, btm, 'registration', 2025).map((l) => l.text)).toEqual(['2 xã đăng ký Đạt chuẩn NTM', '1 xã đăng ký NTM nâng cao']);
  });
});

/**
 * The rule the issue asks for: no colour on the map contradicts the panel beside it. Checked for every district of
 * every plan, in every view and year, and in the agency view with no agency and with each agency picked.
 */
describe('no map colour contradicts the panel', () => {
  const cases: { slug: string; m: ProvinceModel; view: (typeof VIEW_IDS)[number]; year: number; agency?: string }[] = [];
  for (const [slug, m] of models)
    for (const year of registrationYears(m))
      for (const view of VIEW_IDS) {
        cases.push({ slug, m, view, year });
        if (view === 'agency' && year === registrationYears(m)[0]) for (const a of provinceAgencies(m)) cases.push({ slug, m, view, year, agency: a.key });
      }

  it.each(VIEW_IDS)('%s view', (view) => {
    let checked = 0;
    for (const c of cases.filter((x) => x.view === view)) {
      for (const d of c.m.districts) {
        const category = viewCategory(c.m, d.code, c.view, c.year, { agency: c.agency });
        const lines = linesOf(c.m, d.code, c.view, c.year, c.agency);
        const where = `${c.slug} ${d.name} ${c.view} ${c.year} ${c.agency ?? ''} → ${category}: ${lines.map((l) => l.text).join(' / ')}`;
        expect(lines.length, where).toBeGreaterThan(0);
        const level = categoryLevel(category);
        if (category === 'no-data') {
          // Grey: the panel has nothing of the view's kind to show (its one line says so), and names no level.
          expect(lines.length, where).toBe(1);
          expect(lines[0].level, where).toBeUndefined();
        } else if (level) {
          // A level colour: the panel names that level, and no higher one.
          const named = lines.map((l) => l.level).filter((l): l is RecognitionLevel => l !== undefined);
          expect(named, where).toContain(level);
          expect(Math.max(...named.map(levelRank)), where).toBe(levelRank(level));
        } else if (category === 'targets-other') {
          expect(
            lines.every((l) => l.level === undefined),
            where,
          ).toBe(true);
        } else if (category === 'coverage:short') {
          expect(
            lines.some((l) => /còn thiếu [1-9]/.test(l.text)),
            where,
          ).toBe(true);
        } else if (category === 'coverage:covered') {
          expect(lines.some((l) => /còn thiếu 0$/.test(l.text)) && !lines.some((l) => /còn thiếu [1-9]/.test(l.text)), where).toBe(true);
        } else if (category === 'agency:picked' || category === 'agency:other') {
          const name = provinceAgencies(c.m).find((a) => a.key === c.agency)!.name;
          expect(lines[0].text.includes(name), where).toBe(category === 'agency:picked');
        } else if (category.startsWith('agencies:')) {
          expect(lines[0].text.split('; ').length, where).toBe(Number(category.slice('agencies:'.length)));
        } else if (category.startsWith('progress:')) {
          expect(lines[0].text, where).toMatch(/xã đã được công nhận/);
        } else {
          expect(category, where).toMatch(/^coverage:(unnamed|no-target)$/);
          expect(
            lines.some((l) => /không nêu tên|không có chỉ tiêu/.test(l.text)),
            where,
          ).toBe(true);
        }
        expect(categoryOfFacts(panelFacts(c.m, d.code, c.view, c.year, { agency: c.agency })), where).toBe(category);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('a commune in the registration view shows its own registrations for the year only', () => {
    const btm = code('Huyện Bắc Trà My', '49');
    const regs = qn.registrations.filter((r) => r.resolved.districtCode === btm && r.unit.tier === 'commune');
    for (const r of regs) {
      expect(communeViewCategory(qn, r.resolved.code!, 'registration', r.targetYear)).toBe(r.targetLevel);
      expect(communeViewCategory(qn, r.resolved.code!, 'registration', r.targetYear - 1)).toBe('no-data');
    }
  });
});
