import { describe, expect, it } from 'vitest';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { agencyGroups, agencyList, agencyWork, categoricalAllowed, MAX_CATEGORIES, searchAgencies } from '../../src/domain/agency-pick';
import { compareVi } from '../../src/domain/names';
import { bestView, firstSight, provinceFirstSight, viewSummary, type ViewSummary } from '../../src/domain/first-sight';
import { buildSearchIndexFile, displayName, searchAll, searchEntries, unitLabel } from '../../src/domain/search-all';
import { viewCategories } from '../../src/domain/view-facts';
import { categoricalColours } from '../../src/ui/categorical';

const gaz = loadGazetteer2024();
const th = loadProvinceModel('thanh-hoa');

describe('labels without doubled type words', () => {
  it.each([
    ['Huyện Yên Khánh Huyện', 'Huyện Yên Khánh'],
    ['Thành phố Hội An Huyện', 'Thành phố Hội An'],
    ['Huyện Huyện Yên Khánh', 'Huyện Yên Khánh'],
    ['Huyện Yên Khánh', 'Huyện Yên Khánh'],
    ['Thị xã Nghi Sơn', 'Thị xã Nghi Sơn'],
    ['Xã Quảng Thành', 'Xã Quảng Thành'],
    ['  Xã  Khánh Phú ', 'Xã Khánh Phú'],
  ])('%s → %s', (raw, shown) => expect(displayName(raw)).toBe(shown));

  it('"Xã X — Huyện Y, Tỉnh Z"', () => {
    expect(unitLabel('Xã Khánh Phú', 'Huyện Yên Khánh Huyện', 'Tỉnh Ninh Bình')).toBe('Xã Khánh Phú — Huyện Yên Khánh, Tỉnh Ninh Bình');
    expect(unitLabel('Thành phố Hội An Huyện', null, 'Tỉnh Quảng Nam')).toBe('Thành phố Hội An — Tỉnh Quảng Nam');
  });
});

describe('search across all provinces', () => {
  const agencies = planSlugs().flatMap((slug) => {
    const m = loadProvinceModel(slug);
    return agencyList(m).map((a) => ({ provinceCode: m.province.code, name: a.name, districts: a.districts.length }));
  });
  const file = buildSearchIndexFile(gaz.all(), agencies);
  const entries = searchEntries(file);

  it('indexes every unit of all 63 provinces once', () => {
    expect(entries.filter((e) => e.kind === 'province')).toHaveLength(63);
    expect(new Set(entries.filter((e) => e.kind !== 'agency').map((e) => e.id)).size).toBe(gaz.all().length);
  });

  it('finds units of any province, typed without diacritics, labelled with district and province', () => {
    const [hoiAn] = searchAll(entries, 'hoi an');
    expect(hoiAn.label).toBe('Thành phố Hội An — Tỉnh Quảng Nam');
    const khanhPhu = searchAll(entries, 'khanh phu', { limit: 20 }).find((e) => e.provinceCode === '37');
    expect(khanhPhu?.label).toBe('Xã Khánh Phú — Huyện Yên Khánh, Tỉnh Ninh Bình');
    expect(khanhPhu?.districtCode).toBe(gaz.findExact('Huyện Yên Khánh', { tier: 'district', within: '37' })[0].code);
    // Names found in several provinces: the one on screen first.
    const inHaNoi = searchAll(entries, 'thanh xuan', { preferProvince: '01' });
    expect(inHaNoi[0].provinceCode).toBe('01');
    expect(new Set(searchAll(entries, 'thanh xuan', { limit: 30 }).map((e) => e.provinceCode)).size).toBeGreaterThan(1);
    for (const e of searchAll(entries, 'yen', { limit: 50 })) expect(e.label).not.toMatch(/(Huyện|Xã|Phường|Thị trấn|Thành phố|Thị xã|Quận)$/);
  });

  it('finds agencies of every plan by name', () => {
    const found = searchAll(entries, 'tinh doan', { limit: 20 }).filter((e) => e.kind === 'agency');
    expect(found.map((e) => e.label)).toContain('Tỉnh Đoàn — Tỉnh Thanh Hóa');
  });
});

describe('agency pick', () => {
  it('lists the 21 Thanh Hóa departments that supervise districts, with their district counts, most first', () => {
    const list = agencyList(th).filter((a) => a.districts.length > 0);
    expect(list).toHaveLength(21);
    expect(list[0].name).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(list[0].districts).toHaveLength(3);
    expect(list.reduce((s, a) => s + a.districts.length, 0)).toBe(th.agencyAssignments.length);
  });

  it('searches with or without diacritics; Ban Dân tộc and Tỉnh Đoàn are two entries, each lighting up its own districts', () => {
    const list = agencyList(th);
    const [dt] = searchAgencies(list, 'ban dan toc');
    const [td] = searchAgencies(list, 'Tỉnh Đoàn');
    expect(dt.name).toBe('Ban Dân tộc');
    expect(td.name).toBe('Tỉnh Đoàn');
    expect(dt.districts).toHaveLength(2);
    expect(td.districts.some((d) => dt.districts.includes(d))).toBe(false);
    const picked = viewCategories(th, 'agency', 2024, { agency: dt.key });
    expect(
      [...picked]
        .filter(([, c]) => c === 'agency:picked')
        .map(([d]) => d)
        .sort(),
    ).toEqual(dt.districts);
    expect(searchAgencies(list, 'so nong nghiep').map((a) => a.name)).toContain('Sở Nông nghiệp và Phát triển nông thôn');
  });

  it('the picker lists agencies with an area first, those with tasks only under "no area named"; none with nothing', () => {
    for (const slug of planSlugs()) {
      const m = loadProvinceModel(slug);
      const { withArea, noArea } = agencyGroups(agencyList(m));
      for (const a of withArea) expect(a.districts.length + a.communes.length, `${slug} ${a.name}`).toBeGreaterThan(0);
      for (const a of noArea) expect([a.districts.length + a.communes.length, a.taskCount > 0], `${slug} ${a.name}`).toEqual([0, true]);
      // Most areas (then tasks) first, ties in Vietnamese alphabetical order.
      const area = (a: (typeof withArea)[number]) => a.districts.length * 1000 + a.communes.length;
      for (let i = 1; i < withArea.length; i++) {
        const [p, q] = [withArea[i - 1], withArea[i]];
        expect(
          area(p) > area(q) || (area(p) === area(q) && (p.taskCount > q.taskCount || (p.taskCount === q.taskCount && compareVi(p.name, q.name) <= 0))),
        ).toBe(true);
      }
      for (let i = 1; i < noArea.length; i++) {
        const [p, q] = [noArea[i - 1], noArea[i]];
        expect(p.taskCount > q.taskCount || (p.taskCount === q.taskCount && compareVi(p.name, q.name) <= 0), `${p.name} / ${q.name}`).toBe(true);
      }
      // Names for reading: a capital first letter (never the diacritic-free, lower-case comparison key).
      for (const a of [...withArea, ...noArea]) {
        expect(a.name.charAt(0), `${slug} ${a.name}`).toBe(a.name.charAt(0).toLocaleUpperCase('vi'));
      }
    }
    expect(agencyGroups(agencyList(th)).withArea).toHaveLength(21);
  });

  it("one agency reads the same everywhere; the citation keeps the plan's words", () => {
    const names = agencyList(th).map((a) => a.name);
    expect(names).toContain('Sở Kế hoạch và Đầu tư');
    expect(names).toContain('Sở Giáo dục và Đào tạo');
    expect(names).toContain('Hội Liên hiệp Phụ nữ tỉnh');
    const kh = agencyList(th).find((a) => a.name === 'Sở Kế hoạch và Đầu tư')!;
    expect(agencyWork(th, kh.key).assignments[0].source.quote).toContain('Sở Kế hoạch và đầu tư');
    const nb = agencyList(loadProvinceModel('ninh-binh'));
    expect(nb.map((a) => a.name)).toContain('Các sở, ngành liên quan');
    expect(searchAgencies(nb, 'cac so nganh lien quan').map((a) => a.name)).toContain('Các sở, ngành liên quan');
    expect(searchAgencies(nb, 'Các sở, ngành liên quan').map((a) => a.name)).toContain('Các sở, ngành liên quan');
    expect(searchAgencies(nb, 'ubnd').length).toBeGreaterThan(0);
  });

  it('an agency leading tasks has them listed with its role', () => {
    const vp = agencyList(th).find((a) => a.name.startsWith('Văn phòng Điều phối'))!;
    const work = agencyWork(th, vp.key);
    expect(work.tasks.length).toBe(vp.taskCount);
    expect(work.tasks.filter((x) => x.role === 'lead').length).toBeGreaterThan(0);
  });

  it('categorical colours only up to 8 categories, all different; 21 agencies are not coloured by category', () => {
    const eight = categoricalColours(Array.from({ length: MAX_CATEGORIES }, (_, i) => `k${i}`))!;
    expect(new Set(eight.values()).size).toBe(MAX_CATEGORIES);
    expect(categoricalColours(agencyList(th).map((a) => a.key))).toBeNull();
    expect(categoricalAllowed(21)).toBe(false);
  });
});

describe('first sight', () => {
  const summaries = planSlugs().map((slug) => viewSummary(loadProvinceModel(slug)));

  it('a bare link opens a province and view that show something for every district, not an all-hatched map', () => {
    const place = firstSight(summaries);
    expect(place.kind).toBe('province');
    if (place.kind !== 'province') return;
    expect(place.share).toBe(1);
    const m = loadProvinceModel(place.slug);
    expect([...viewCategories(m, place.view, place.year).values()].every((c) => c !== 'no-data')).toBe(true);
  });

  it('Hải Dương has no view with data; the national overview opens when no plan shows enough', () => {
    expect(bestView(summaries.find((s) => s.slug === 'hai-duong')!)).toBeNull();
    const sparse: ViewSummary[] = summaries.map((s) => ({ ...s, counts: s.counts.map((c) => ({ ...c, withData: Math.min(c.withData, 1) })) }));
    expect(firstSight(sparse)).toEqual({ kind: 'national' });
  });

  it('a link naming a province but no view: its most informative view, with a year only for a yearly view', () => {
    // Thanh Hóa: every district has 2024 targets (the agency view too; the targets come first for a meeting).
    expect(provinceFirstSight(summaries, 'thanh-hoa')).toEqual({ view: 'targets', year: 2024 });
    expect(provinceFirstSight(summaries, 'quang-nam')).toEqual({ view: 'registration', year: 2025 });
    expect(provinceFirstSight(summaries, 'ninh-binh')).toEqual({ view: 'level', year: null });
    expect(provinceFirstSight(summaries, 'hai-duong')).toBeNull();
    expect(provinceFirstSight(summaries, 'atlantis')).toBeNull();
  });

  it('within a province, the view with the most districts wins (Ninh Bình: the level view)', () => {
    expect(bestView(summaries.find((s) => s.slug === 'ninh-binh')!)?.view).toBe('level');
  });
});
