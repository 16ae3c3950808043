/**
 * Issue 15 in the browser: the registration view of a year colours a district only from that year's
 * registrations and says the same in the panel (Đông Sơn, Hậu Lộc, Bắc Trà My); an agency picked lights up its
 * districts; the status template downloaded from the empty state, filled and imported, fills the "thiếu đăng ký"
 * list; a link restores the commune and the panel tab; search finds units of another province.
 * Expected colours and lines come from the palette and the domain modules, run here on the same plans.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer2024 } from '../../scripts/lib/gazetteer';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { agencyWork } from '../../src/domain/agency-pick';
import { provinceCoverage } from '../../src/domain/coverage';
import { panelFacts, panelLines, viewCategories, viewCategory } from '../../src/domain/view-facts';
import { createTranslator } from '../../src/i18n/i18n';
import { AGENCY_PICK_COLOURS } from '../../src/ui/categorical';
import { LEVEL_COLOURS, NO_DATA_FILL } from '../../src/ui/level-colours';
import { COVERAGE_COLOURS } from '../../src/ui/view-legend';
import { artifactsDir, chooseView, startSession, waitForMap, type Session } from './harness';

const t = createTranslator('vi');
const gaz = loadGazetteer2024();
const districtCode = (name: string, province: string) => gaz.findExact(name, { tier: 'district', within: province })[0].code;
const th = loadProvinceModel('thanh-hoa');
const qn = loadProvinceModel('quang-nam');

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

/** The unit's paint as drawn (its colour, dimming, and whether it is hatched). */
const stateOf = (code: string, source = 'districts') => session.page.evaluate(([c, s]) => window.ntmMap!.paintOf(s, c), [code, source] as const);

/** The colour the registration/targets/level view must give a category (level palette, hatched grey for none). */
const levelFill = (category: string) => (category === 'no-data' ? NO_DATA_FILL : LEVEL_COLOURS[category as keyof typeof LEVEL_COLOURS]);

async function openDistrict(code: string): Promise<string[]> {
  const { page } = session;
  const point = await page.evaluate((c) => window.ntmMap!.districtPoint(c), code);
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await page.waitForSelector(`.area-panel[data-district="${code}"] .view-facts`);
  return page.locator('.view-facts li').allTextContents();
}

describe('registration of year Y: the colour and the panel say the same', () => {
  const cases = [
    { model: th, slug: 'thanh-hoa', name: 'Huyện Đông Sơn', province: '38', year: 2024 },
    { model: th, slug: 'thanh-hoa', name: 'Huyện Hậu Lộc', province: '38', year: 2024 },
    { model: qn, slug: 'quang-nam', name: 'Huyện Bắc Trà My', province: '49', year: 2024 },
    { model: qn, slug: 'quang-nam', name: 'Huyện Bắc Trà My', province: '49', year: 2025 },
  ];
  for (const c of cases) {
    it(`${c.name} ${c.year}`, async () => {
      const { page } = session;
      const code = districtCode(c.name, c.province);
      await page.goto(`${session.baseUrl}?province=${c.slug}&view=registration&year=${c.year}`);
      await waitForMap(page, `${c.slug}:registration:${c.year}`);
      const category = viewCategory(c.model, code, 'registration', c.year);
      const state = await stateOf(code);
      expect(state.fill).toBe(levelFill(category));
      expect(state.nodata).toBe(category === 'no-data');
      const lines = panelLines(panelFacts(c.model, code, 'registration', c.year), t).map((l) => l.text);
      expect(await openDistrict(code)).toEqual(lines);
      // No level colour that the panel does not name.
      const named = panelLines(panelFacts(c.model, code, 'registration', c.year), t).flatMap((l) => (l.level ? [l.level] : []));
      if (category !== 'no-data') expect(named).toContain(category);
      else expect(lines.join(' ')).toMatch(/không nêu/);
    });
  }

  it('Đông Sơn 2024: hatched in the registration view, its kiểu mẫu target only in the targets view', async () => {
    const { page } = session;
    const ds = districtCode('Huyện Đông Sơn', '38');
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=registration&year=2024`);
    await waitForMap(page, 'thanh-hoa:registration:2024');
    expect((await stateOf(ds)).fill).toBe(NO_DATA_FILL);
    await chooseView(page, 'targets');
    await waitForMap(page, 'thanh-hoa:targets:2024');
    expect((await stateOf(ds)).fill).toBe(LEVEL_COLOURS[viewCategory(th, ds, 'targets', 2024) as 'ntm-model']);
    expect(await page.textContent('.legend-question')).toBe(t('question.targets', { year: '2024' }));
    await page.screenshot({ path: join(artifactsDir, 'honest-targets-thanh-hoa.png') });
  });
});

describe('agencies as a question', () => {
  it('picking an agency lights up its districts, names it in the legend and the link', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=agency&year=2024`);
    await waitForMap(page, 'thanh-hoa:agency:2024');
    await page.fill('.agency-picker input', 'dan toc');
    const option = page.locator('.agency-picker li[role=option]').first();
    const key = (await option.getAttribute('data-agency'))!;
    expect(key).toBe('ban dan toc');
    await option.click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('agencyPick'))).toBe(key);
    const expected = viewCategories(th, 'agency', 2024, { agency: key });
    const picked = [...expected].filter(([, c]) => c === 'agency:picked').map(([code]) => code);
    expect(picked.length).toBeGreaterThan(0);
    for (const [code, category] of expected)
      await expect
        .poll(async () => (await stateOf(code)).fill)
        .toBe(category === 'agency:picked' ? AGENCY_PICK_COLOURS.picked : category === 'agency:other' ? AGENCY_PICK_COLOURS.other : NO_DATA_FILL);
    expect(await page.textContent('.legend-question')).toBe(t('question.agencyPicked', { agency: 'Ban Dân tộc' }));
    expect(await page.textContent('.legend li[data-category="agency:picked"] .legend-count')).toBe(t('legend.count', { count: picked.length }));
    // The panel lists its districts and its tasks.
    const work = agencyWork(th, key);
    await expect.poll(() => page.textContent('.agency-work h2')).toBe(work.entry.name);
    expect(await page.locator('.agency-work .agency-districts li').count()).toBe(work.entry.districts.length);
    expect(await page.locator('.agency-work ul.tasks > li').count()).toBe(work.tasks.length);
    await page.screenshot({ path: join(artifactsDir, 'honest-agency-pick.png') });
  });
});

describe('status template round trip and the "thiếu đăng ký" list', () => {
  it('the empty level view offers the template; a filled registration fills the coverage view and the list', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=level&year=2024`);
    await waitForMap(page, 'thanh-hoa:level:2024');
    await page.waitForSelector('.map-empty[data-empty="empty.level"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.map-empty button:has-text("Tải mẫu CSV")')]);
    const dir = mkdtempSync(join(tmpdir(), 'ntm-template-'));
    const file = join(dir, 'mau.csv');
    await download.saveAs(file);
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(rows.length).toBe(th.districts.length + th.communes.length);
    // One commune of Cẩm Thủy registers for NTM in 2024.
    const camThuy = districtCode('Huyện Cẩm Thủy', '38');
    const commune = th.communes.find((c) => c.parentCode === camThuy)!;
    const row = rows.find((r) => r[0] === commune.code)!;
    row[header.indexOf(t('template.col.regLevel'))] = t('level.ntm');
    row[header.indexOf(t('template.col.regYear'))] = '2024';
    writeFileSync(file, Papa.unparse([header, ...rows]));

    await page.click('#tab-data');
    await page.setInputFiles('#import-table', file);
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog .import-summary')).toMatch(/^1 khớp/);
    await page.click('#import-apply');
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBeTruthy();

    // Coverage: Cẩm Thủy's target (from the plan) against its one registration.
    const before = provinceCoverage(th, 2024).find((c) => c.code === camThuy)!;
    const target = before.lines.find((l) => l.level === 'ntm' && l.tier === 'commune')!.target.min;
    await chooseView(page, 'coverage');
    await waitForMap(page, 'thanh-hoa:coverage:2024');
    await expect.poll(async () => (await stateOf(camThuy)).fill).toBe(COVERAGE_COLOURS[target > 1 ? 'coverage:short' : 'coverage:covered']);

    await page.click('#tab-lagging');
    const rowsShown = page.locator('.shortfalls tbody tr');
    await expect.poll(() => rowsShown.count()).toBeGreaterThan(0);
    const camRow = page.locator(`.shortfalls tbody tr[data-district="${camThuy}"]`);
    expect(await camRow.locator('td').allTextContents()).toEqual(['Huyện Cẩm Thủy', t('level.ntm'), String(target), '1', String(target - 1)]);
    const gaps = (await page.locator('.shortfalls tbody tr td:last-child').allTextContents()).map(Number);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    await page.screenshot({ path: join(artifactsDir, 'honest-shortfalls.png') });
  });
});

describe('links and search', () => {
  it('restores the commune and the panel tab from the link', async () => {
    const { page } = session;
    const hl = districtCode('Huyện Hậu Lộc', '38');
    const commune = th.communes.find((c) => c.parentCode === hl)!;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=registration&year=2024&district=${hl}&commune=${commune.code}&tab=deadlines`);
    await waitForMap(page, 'thanh-hoa:registration:2024');
    await expect.poll(() => page.getAttribute('#tab-deadlines', 'aria-selected')).toBe('true');
    const params = new URL(page.url()).searchParams;
    expect([params.get('commune'), params.get('tab'), params.get('district')]).toEqual([commune.code, 'deadlines', hl]);
    await page.click('#tab-overview');
    await page.waitForSelector(`.focused-commune[data-commune="${commune.code}"]`);
    // Reload keeps them (the tab is now overview, not in the link).
    await page.reload();
    await waitForMap(page, 'thanh-hoa:registration:2024');
    await page.waitForSelector(`.focused-commune[data-commune="${commune.code}"]`);
  });

  it('a bare link opens first sight; search finds a district of another province, labelled once', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await waitForMap(page, 'quang-nam:registration:2025');
    await page.selectOption('#province-picker', 'thanh-hoa');
    await page.waitForSelector('.map[data-painted^="thanh-hoa:"]');
    await page.focus('#unit-search');
    await page.fill('#unit-search', 'bac tra my');
    const first = page.locator('#unit-search-results li[role=option]').first();
    await expect.poll(() => first.textContent()).toBe('Huyện Bắc Trà My — Tỉnh Quảng Nam');
    await first.dispatchEvent('mousedown');
    await expect.poll(() => page.textContent('#panel-title'), { timeout: 30_000 }).toBe('Huyện Bắc Trà My');
    expect(new URL(page.url()).searchParams.get('province')).toBe('quang-nam');
  });
});
