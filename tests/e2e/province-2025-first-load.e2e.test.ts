/**
 * The first load of a province link in the units of 1 July 2025 (issue 19, bench row province2025): the map is
 * framed once, clear of the legend and the attribution line that are there from its first frame (a legend or line
 * arriving later moved the map and cut its tiles again before the first idle), and the plan's districts, which this
 * view does not draw, are neither fetched nor decoded until the plan's units are asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForCommunes2025, waitForMap, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1600, height: 1000 });
});
afterAll(async () => {
  await session?.close();
});

describe('a province link in the units of 1 July 2025 (Thanh Hóa)', () => {
  it('frames the 2025 province once and leaves the old districts out until the plan units are shown', async () => {
    const { page } = session;
    const districtFiles: string[] = [];
    page.on('request', (r) => {
      if (/\/generated\/boundaries\/38\.topo\.json/.test(r.url())) districtFiles.push(r.url());
    });
    // Camera moves from the moment the layers are started (the test hook is set then) until the first idle.
    await page.addInitScript(() => {
      const w = window as unknown as { __moves: number[]; __firstIdle?: boolean };
      w.__moves = [];
      const attach = setInterval(() => {
        const map = window.ntmMap?.map;
        if (!map) return;
        clearInterval(attach);
        map.on('movestart', () => {
          if (!w.__firstIdle) w.__moves.push(map.getZoom());
        });
        map.once('idle', () => (w.__firstIdle = true));
      }, 1);
    });
    await page.goto(`${session.baseUrl}?province=thanh-hoa&units=2025-07-01`);
    await waitForCommunes2025(page, '38');
    // The legend and the attribution line were there when the province was framed: no move after it.
    expect(await page.evaluate(() => (window as unknown as { __moves: unknown[] }).__moves)).toEqual([]);
    expect(await page.locator('.legend[aria-label] h2').first().textContent()).toBe('Thanh Hóa');
    expect(districtFiles).toEqual([]);

    // The plan's units: the districts are fetched then, and drawn.
    await page.fill('#units-date', '30/06/2025');
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('rearranged');
    await page.waitForSelector('.map[data-painted^="thanh-hoa:"]', { timeout: 60_000 });
    await waitForMap(page, (await page.getAttribute('.map', 'data-painted'))!);
    expect(districtFiles.length).toBe(1);
    expect(await page.$$eval('.map-label.district.placed', (els) => els.length)).toBeGreaterThan(5);
    expect(session.pageErrors).toEqual([]);
  });
});
