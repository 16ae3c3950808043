/**
 * What a first visit fetches (issue 19): a province opened in the plan's units loads neither its units' history,
 * nor the Data tab's or presentation's code, nor font files other than the interface font's four; until the map is
 * idle with its first view, only the regular (400) faces, not the semibold ones, nor the service worker's code, nor
 * the shared server's session check; on a host without that server (here: a static one), none of the shared
 * workspace's code after its session check. The other tabs' code comes when a tab is pointed at, the hover tooltip's
 * with the first hover; the history when the Data tab is opened, and the Data tab's code with it.
 * The Vietnamese messages only lazily loaded parts show come inside those parts' chunks (scripts/vite/messages-split.ts):
 * every part still shows its words, never a message's key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import vi from '../../src/i18n/vi.json';
import { startSession, waitForMap, type Session } from './harness';

/** Keys the translators were asked for and did not have (test builds record them, src/i18n/i18n.ts), and keys shown as text. */
async function missingMessages(page: Page): Promise<{ asked: string[]; shown: string[] }> {
  const asked = await page.evaluate(() => (window as unknown as { ntmMissingMessages?: string[] }).ntmMissingMessages ?? []);
  const text = await page.evaluate(() => document.body.innerText);
  return { asked, shown: Object.keys(vi).filter((k) => k.includes('.') && text.includes(k)) };
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('first load', () => {
  it('fetches only what the first screen needs, and the history with the Data tab', async () => {
    const { page, baseUrl } = session;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // When the map was first idle with the view painted (as the benchmark measures the first load).
    await page.addInitScript(() => {
      const w = window as unknown as { __firstIdle?: number; ntmMap?: { map: { on: (e: string, f: () => void) => void } } };
      const attach = setInterval(() => {
        if (!w.ntmMap) return;
        clearInterval(attach);
        w.ntmMap.map.on('idle', () => {
          if (w.__firstIdle === undefined && document.querySelector('.map')?.getAttribute('data-painted')) w.__firstIdle = performance.now();
        });
      }, 1);
    });
    await page.goto(`${baseUrl}?province=thanh-hoa&view=level`);
    await waitForMap(page, 'thanh-hoa:level:2024');
    await page.waitForTimeout(3500); // past the idle callbacks' 3 s timeout
    expect(fetched.filter((p) => p.includes('/history/'))).toEqual([]);
    const fonts = fetched.filter((p) => p.endsWith('.woff2') || p.endsWith('.woff')).map((p) => p.replace(/^.*\/(be-vietnam-pro-[a-z-]+-\d+)-normal.*$/, '$1'));
    expect(new Set(fonts)).toEqual(
      new Set(['be-vietnam-pro-latin-400', 'be-vietnam-pro-vietnamese-400', 'be-vietnam-pro-latin-600', 'be-vietnam-pro-vietnamese-600']),
    );
    expect(fetched.some((p) => /\/assets\/(DataPanel|Presentation)-/.test(p))).toBe(false);
    // What waits for the first view: fetched, but only after the map's first idle.
    const started = await page.evaluate(() => {
      const idle = (window as unknown as { __firstIdle: number }).__firstIdle;
      const entries = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, late: e.startTime > idle }));
      return { idle, entries };
    });
    expect(started.idle).toBeGreaterThan(0);
    const deferred = /-600-normal-|workbox-window|\/api\/session$/;
    const late = started.entries.filter((e) => deferred.test(e.path));
    expect(late.map((e) => e.path.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.'))).toEqual(
      expect.arrayContaining(['be-vietnam-pro-latin-600-normal.woff2', 'be-vietnam-pro-vietnamese-600-normal.woff2', 'session']),
    );
    expect(late.filter((e) => !e.late)).toEqual([]);
    expect(started.entries.filter((e) => /-400-normal-/.test(e.path) && e.late)).toEqual([]);
    // A Vietnamese name in bold is drawn with the interface font's 600 face (no fallback font).
    expect(await page.evaluate(() => document.fonts.check('700 16px "Be Vietnam Pro"', 'Thanh Hóa Đông Sơn'))).toBe(true);

    // Nothing but what the first view shows, and the session check (its answer: no server here).
    const parts = (re: RegExp) => fetched.filter((p) => re.test(p));
    expect(parts(/\/assets\/(start-sync|SyncStatus|sync|Tooltip|LaggingPanel|DeadlinesPanel)-/)).toEqual([]);
    // The tooltip's code with the first hover, a tab's when pointed at (before it is clicked).
    const point = await page.evaluate(() => window.ntmMap!.districtPoint('406'));
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.locator('.tooltip strong').textContent()).toBe('Huyện Quảng Xương');
    expect(parts(/\/assets\/Tooltip-/)).toHaveLength(1);
    await page.hover('#tab-lagging');
    await expect.poll(() => parts(/\/assets\/LaggingPanel-/).length).toBe(1);
    expect(await page.getAttribute('#tab-lagging', 'aria-selected')).toBe('false');
    await page.click('#tab-data');
    await expect.poll(() => fetched.some((p) => /\/assets\/DataPanel-/.test(p))).toBe(true);
    await expect.poll(() => fetched.some((p) => p.endsWith('/generated/history/38.json')), { timeout: 10_000 }).toBe(true);
  });

  it('shows every lazily loaded part in words: the messages they need come with them', async () => {
    const { page, baseUrl } = session;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}?province=thanh-hoa&view=level`);
    await waitForMap(page, 'thanh-hoa:level:2024');
    expect(await missingMessages(page)).toEqual({ asked: [], shown: [] });
    // The lagging list, the deadlines and the Data tab (its import form, history and server panel).
    // Words each part alone shows, from the messages loaded with it.
    for (const [tab, words] of [
      ['lagging', vi['lagging.rule'].split('{')[0]],
      ['deadlines', vi['deadlines.title'].split('{')[0]],
      ['data', vi['data.importTable']],
    ] as const) {
      await page.click(`#tab-${tab}`);
      await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain(words.trim());
      expect(await missingMessages(page)).toEqual({ asked: [], shown: [] });
    }
    // Presentation mode, then English and back.
    await page.click('#tab-overview');
    await page.click('#present');
    await page.waitForSelector('.present-side');
    expect(await page.evaluate(() => document.body.innerText)).toContain(vi['present.order.all']);
    expect(await missingMessages(page)).toEqual({ asked: [], shown: [] });
    await page.keyboard.press('Escape');
    await page.selectOption('#language-picker', 'en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.selectOption('#language-picker', 'vi');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await missingMessages(page)).toEqual({ asked: [], shown: [] });
  });
});
