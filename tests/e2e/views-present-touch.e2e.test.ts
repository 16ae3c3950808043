/**
 * Issues 15 and 16 in the browser, the remaining parts: the presentation card of every district says what the
 * panel says, in every view of every seed province; the year picker offers each view's own years and a link's year
 * the view lacks becomes the nearest (with the ignored-parameter notice); a link naming a province but no view opens
 * its most informative view; at 1366×768 the views are a dropdown (keyboard), at 1920×1080 a list; on a touch
 * phone a tap on a district opens a card that closes. Expected years and views come from the domain modules.
 */
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { bestView, viewSummary } from '../../src/domain/first-sight';
import { panelFacts, panelLines, type ViewId } from '../../src/domain/view-facts';
import { defaultYear, yearChoices } from '../../src/domain/view-years';
import { MAP_VIEWS } from '../../src/domain/views';
import { createTranslator, formatDate } from '../../src/i18n/i18n';
import { artifactsDir, CHROMIUM_FLAGS, startSession, waitForMap, type Session } from './harness';

const t = createTranslator('vi');
const models = new Map(planSlugs().map((slug) => [slug, loadProvinceModel(slug)]));

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});
afterAll(async () => {
  await session?.close();
});

const painted = () => session.page.getAttribute('.map', 'data-painted');
const yearOptions = () => session.page.locator('#year-picker option').evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));

describe('links and years', () => {
  it('a link naming a province but no view opens its most informative view, and names it in the URL', async () => {
    const { page } = session;
    for (const slug of ['thanh-hoa', 'quang-nam']) {
      const best = bestView(viewSummary(models.get(slug)!))!;
      await page.goto(`${session.baseUrl}?province=${slug}`);
      await waitForMap(page, `${slug}:${best.view}:${best.year}`);
      await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(best.view);
    }
    // Thanh Hóa: all 27 districts have 2024 targets, where the level view would be all hatched.
    await page.goto(`${session.baseUrl}?province=thanh-hoa`);
    await waitForMap(page, 'thanh-hoa:targets:2024');
    await page.screenshot({ path: join(artifactsDir, 'views-province-link-1366x768.png') });
  });

  it('each view offers its own years; a view switch keeps a valid year or takes the nearest', async () => {
    const { page } = session;
    const qn = models.get('quang-nam')!;
    await page.goto(`${session.baseUrl}?province=quang-nam&view=registration&year=2025`);
    await waitForMap(page, 'quang-nam:registration:2025');
    expect(await yearOptions()).toEqual(yearChoices(qn, 'registration'));
    await page.selectOption('#view-picker', 'targets');
    await waitForMap(page, 'quang-nam:targets:2024');
    expect(await yearOptions()).toEqual(yearChoices(qn, 'targets'));
    expect(await page.inputValue('#year-picker')).toBe('2024');
    await page.selectOption('#view-picker', 'level');
    await waitForMap(page, 'quang-nam:level:2024');
    expect(await page.locator('#year-picker').count()).toBe(0);
  });

  it('a link with a year the view lacks opens the nearest year and says the link year was not used', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=registration&year=2025`);
    await waitForMap(page, 'thanh-hoa:registration:2024');
    const notice = page.locator('[data-notice="url.ignored"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('year=2025');
    expect(await yearOptions()).toEqual([2024]);
  });
});

describe('the view choice in the header', () => {
  it('at 1366×768 a dropdown (the list would scroll sideways), worked with the keyboard; the header ≤ 12% high', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=level`);
    await waitForMap(page, 'thanh-hoa:level:2024');
    const picker = page.getByLabel(t('picker.view'), { exact: true });
    expect(await picker.evaluate((e) => e.id)).toBe('view-picker');
    expect(await page.isVisible('fieldset.view-list')).toBe(false);
    expect(await page.locator('#view-picker option').allTextContents()).toHaveLength(MAP_VIEWS.length);
    const header = (await page.locator('.header').boundingBox())!;
    expect(header.height / 768).toBeLessThanOrEqual(0.12);
    // Nothing in the header scrolls sideways: the row, its controls and the lists shown.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.header, .controls, .views:not(.measuring)')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className),
    );
    expect(overflowing).toEqual([]);
    await page.focus('#view-picker');
    await page.keyboard.press('ArrowDown');
    const next = MAP_VIEWS[MAP_VIEWS.indexOf('level') + 1];
    await expect.poll(() => page.inputValue('#view-picker')).toBe(next);
    await expect.poll(painted).toMatch(new RegExp(`^thanh-hoa:${next}`));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.inputValue('#view-picker')).toBe('level');
    await page.screenshot({ path: join(artifactsDir, 'views-header-1366x768.png'), clip: { x: 0, y: 0, width: 1366, height: 120 } });
  });

  it('at 1920×1080 the seven views are a list of radio buttons', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1920, height: 1080 });
    try {
      await expect.poll(() => page.isVisible('fieldset.view-list')).toBe(true);
      expect(await page.locator('#view-picker').count()).toBe(0);
      await page.getByLabel(t('view.targets.short'), { exact: true }).check();
      await waitForMap(page, 'thanh-hoa:targets:2024');
      await page.screenshot({ path: join(artifactsDir, 'views-header-1920x1080.png'), clip: { x: 0, y: 0, width: 1920, height: 120 } });
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await expect.poll(() => page.locator('#view-picker').count()).toBe(1);
  });
});

interface Said {
  key: string;
  label: string;
  lines: string[];
}

describe('presentation says what the panel says', () => {
  it('for every district of every seed province, in every view and year the view offers', async () => {
    const { page } = session;
    let compared = 0;
    let withFacts = 0;
    for (const [slug, m] of models) {
      await page.goto(`${session.baseUrl}?province=${slug}&view=level`);
      await waitForMap(page, `${slug}:level:${defaultYear(m)}`);
      const cases = MAP_VIEWS.flatMap((view) =>
        (yearChoices(m, view).length ? yearChoices(m, view) : [null]).flatMap((year) => m.districts.map((d) => ({ view, year, district: d.code }))),
      );
      const read = (present: boolean) =>
        page.evaluate(
          async ({ slug, cases, present }) => {
            const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const out: { key: string; label: string; lines: string[] }[] = [];
            for (const c of cases) {
              const q = `?province=${slug}&view=${c.view}${c.year ? `&year=${c.year}` : ''}&district=${c.district}${present ? '&present=1' : ''}`;
              history.pushState(null, '', q);
              dispatchEvent(new PopStateEvent('popstate'));
              const sel = present
                ? `.key-figures[data-district="${c.district}"][data-view="${c.view}"]${c.year ? `[data-year="${c.year}"]` : ''}`
                : `.area-panel[data-district="${c.district}"] .view-facts[data-view="${c.view}"]${c.year ? `[data-year="${c.year}"]` : ''}`;
              let el: Element | null = null;
              for (let i = 0; i < 300 && !el; i++) {
                await frame();
                el = document.querySelector(sel);
              }
              if (!el) throw new Error(`not shown: ${sel}`);
              const label = (present ? el.querySelector('.badge') : el.querySelector('.view-facts-category'))?.textContent ?? '';
              const lines = [...el.querySelectorAll(present ? '.present-facts li' : 'li')].map((li) => li.textContent ?? '');
              out.push({ key: `${c.view} ${c.year ?? ''} ${c.district}`, label, lines });
            }
            return out;
          },
          { slug, cases, present },
        );
      const panel: Said[] = await read(false);
      const card: Said[] = await read(true);
      await page.screenshot({ path: join(artifactsDir, `views-present-${slug}-1366x768.png`) });
      expect(card).toEqual(panel);
      for (const [i, c] of cases.entries()) {
        if (c.view !== 'indicator') {
          const expected = panelLines(panelFacts(m, c.district, c.view as ViewId, c.year ?? defaultYear(m)), t, (iso) => formatDate(iso, 'vi')).map(
            (l) => l.text,
          );
          expect(panel[i].lines, `${slug} ${panel[i].key}`).toEqual(expected);
        }
        if (panel[i].label !== t('level.no-data')) withFacts++;
      }
      compared += cases.length;
    }
    expect(compared).toBeGreaterThan(400);
    expect(withFacts).toBeGreaterThan(100);
  }, 600_000);
});

describe('touch: a tap opens the card', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on a 390×844 phone with a touch screen, a tapped district shows its card, which closes or opens the panel', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      await page.goto(`${session.baseUrl}?province=thanh-hoa&view=targets&year=2024`);
      await waitForMap(page, 'thanh-hoa:targets:2024');
      const th = models.get('thanh-hoa')!;
      const district = th.districts.find((d) => d.name === 'Huyện Thọ Xuân')!;
      const point = (await page.evaluate((c) => window.ntmMap!.districtPoint(c), district.code))!;
      expect(point).not.toBeNull();
      await page.touchscreen.tap(point.x, point.y);
      const card = page.locator('.tooltip.touch-card[role=dialog]');
      await card.waitFor();
      expect(await card.locator('strong').textContent()).toBe(district.name);
      const lines = panelLines(panelFacts(th, district.code, 'targets', 2024), t).map((l) => l.text);
      for (const line of lines) expect(await card.textContent()).toContain(line);
      // A tap is not a click: the panel has not opened the district.
      expect(await page.locator(`.area-panel[data-district="${district.code}"]`).count()).toBe(0);
      await page.screenshot({ path: join(artifactsDir, 'views-touch-card-390x844.png') });
      await page.locator('.touch-card .card-close').tap();
      await expect.poll(() => card.count()).toBe(0);
      await page.touchscreen.tap(point.x, point.y);
      await card.waitFor();
      await page.locator('.touch-card .card-open').tap();
      await expect.poll(() => card.count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe(district.code);
    } finally {
      await context.close();
    }
  });

  it('a card closed, the next area tapped at once opens its card: a phone’s second tap is not a double-tap zoom', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      await page.goto(`${session.baseUrl}?province=thanh-hoa&view=targets&year=2024`);
      await waitForMap(page, 'thanh-hoa:targets:2024');
      const th = models.get('thanh-hoa')!;
      const first = th.districts.find((d) => d.name === 'Huyện Thọ Xuân')!;
      const a = (await page.evaluate((c) => window.ntmMap!.districtPoint(c), first.code))!;
      // A point of a neighbouring district within MapLibre's double-tap distance (30 px) of the first tap.
      const b = await page.evaluate(
        ({ x, y, code }) => {
          const map = window.ntmMap!.map;
          const rect = map.getCanvas().getBoundingClientRect();
          const at = (px: number, py: number) =>
            map.queryRenderedFeatures([px - rect.left, py - rect.top], { layers: ['district-fill'] })[0]?.properties?.code as string | undefined;
          for (let r = 4; r <= 24; r += 2)
            for (let k = 0; k < 16; k++) {
              const [px, py] = [x + r * Math.cos((k * Math.PI) / 8), y + r * Math.sin((k * Math.PI) / 8)];
              const found = at(px, py);
              if (found && found !== code) return { x: px, y: py, code: found };
            }
          return null;
        },
        { ...a, code: first.code },
      );
      // Thọ Xuân's label point is close enough to a neighbour at this zoom; else tap its own area again.
      const second = b ?? { ...a, code: first.code };
      const zoom = await page.evaluate(() => window.ntmMap!.map.getZoom());
      const card = page.locator('.tooltip.touch-card[role=dialog]');
      await page.touchscreen.tap(a.x, a.y);
      await card.waitFor();
      expect(await card.locator('strong').textContent()).toBe(first.name);
      const tappedAt = Date.now();
      await page.locator('.touch-card .card-close').tap();
      await page.touchscreen.tap(second.x, second.y);
      expect(Date.now() - tappedAt).toBeLessThan(300);
      await card.waitFor();
      expect(await card.locator('strong').textContent()).toBe(th.districts.find((d) => d.code === second.code)!.name);
      await page.waitForTimeout(700);
      expect(await page.evaluate(() => window.ntmMap!.map.getZoom())).toBeCloseTo(zoom, 6);
      // Zoom stays with the +/− buttons.
      await page.locator('.touch-card .card-close').tap();
      await page.locator('.maplibregl-ctrl-zoom-in').tap();
      await expect.poll(() => page.evaluate(() => window.ntmMap!.map.getZoom()), { timeout: 5_000 }).toBeGreaterThan(zoom + 0.5);
    } finally {
      await context.close();
    }
  });
});
