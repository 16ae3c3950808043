/**
 * The built app as an installable, offline app: favicon and manifest are served, the service worker takes the
 * page on the first visit and keeps the province's data, and the page opens again, map drawn, with the network off.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, repoRoot, startSession, waitForMap, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});

afterAll(async () => {
  await session?.close();
});

/** Addresses (path under the app) held in the service worker's data cache. */
async function cachedDataPaths(session: Session): Promise<string[]> {
  return session.page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('ntm-data-'));
    const paths: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths.sort();
  });
}

describe('installable and offline', () => {
  it('serves the favicon and a manifest whose icons exist', async () => {
    const html = readFileSync(join(repoRoot, 'dist', 'index.html'), 'utf8');
    // The page's icon is a PNG (the browser fetches it again at each history entry; an SVG is parsed each time).
    expect(html).toContain('rel="icon" href="./icons/favicon-32.png"');
    expect(html).not.toContain('rel="icon" href="./favicon.svg"');
    expect(html).toContain('rel="manifest" href="./manifest.webmanifest"');
    for (const [file, size] of [
      ['icons/favicon-32.png', 32],
      ['icons/favicon-64.png', 64],
    ] as const) {
      const favicon = await fetch(`${session.baseUrl}${file}`);
      expect(favicon.status).toBe(200);
      expect(favicon.headers.get('content-type')).toContain('image/png');
      const png = Buffer.from(await favicon.arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const manifest = (await (await fetch(`${session.baseUrl}manifest.webmanifest`)).json()) as {
      start_url: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const response = await fetch(`${session.baseUrl}${icon.src}`);
      expect(response.status, icon.src).toBe(200);
      if (icon.src.endsWith('.png')) {
        const png = Buffer.from(await response.arrayBuffer());
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
      }
    }
    expect(existsSync(join(repoRoot, 'dist', 'sw.js'))).toBe(true);
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])('reloads Ninh Bình with the network off after a first visit at $width×$height', async (size) => {
    // A first visit in a browser of its own at this size (a fresh profile: no service worker yet).
    const session = await startSession(size);
    const { page, context } = session;
    try {
      await page.goto(`${session.baseUrl}?province=ninh-binh`);
      await waitForMap(page, 'ninh-binh:level:2024');
      // The first version of the service worker takes the page at once and says the app works offline.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await page.waitForSelector('.update-prompt[data-state="offline-ready"]', { timeout: 30_000 });
      // The files fetched before it took the page are handed to it and cached.
      await expect
        .poll(() => cachedDataPaths(session), { timeout: 30_000 })
        .toEqual(expect.arrayContaining(['/generated/provinces.json', '/generated/units/37.json', '/generated/boundaries/37.topo.json']));

      await context.setOffline(true);
      try {
        // Really offline: a data file never opened is not there.
        const other = await page.evaluate(() =>
          fetch('generated/units/38.json').then(
            (r) => `HTTP ${r.status}`,
            () => 'failed',
          ),
        );
        expect(other).toBe('failed');

        await page.reload();
        await waitForMap(page, 'ninh-binh:level:2024');
        expect(await page.getAttribute('.app', 'data-status')).toBe('ready');
        const districts = await page.evaluate(() => new Set(window.ntmMap!.map.querySourceFeatures('districts').map((f) => f.properties.code as string)).size);
        expect(districts).toBeGreaterThanOrEqual(6);
        // The panels (loaded after the first view) come from the cache too: on a phone in the bottom sheet.
        if (size.width <= 480) await page.click('#panel-toggle');
        await page.waitForSelector('#unit-search', { state: 'visible' });
        expect(await page.textContent('#panel-title')).toBe('Tỉnh Ninh Bình');
        await page.screenshot({ path: join(artifactsDir, `offline-reload-${size.width}.png`) });
      } finally {
        await context.setOffline(false);
      }
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('asks before a newly deployed version takes over, and reloads into it when told', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

    // "Deploy" a new version: the same service worker with one precache revision changed (same size, since the
    // preview server keeps the file's length from its start).
    const swPath = join(repoRoot, 'dist', 'sw.js');
    const original = readFileSync(swPath, 'utf8');
    const changed = original.replace(/\{url:"([^"]+)",revision:"([0-9a-f])/, (_, url: string, c: string) => `{url:"${url}",revision:"${c === '0' ? '1' : '0'}`);
    expect(changed).not.toBe(original);
    expect(changed.length).toBe(original.length);
    const [, changedUrl, newRevision] = /\{url:"([^"]+)",revision:"([0-9a-f]+)"/.exec(changed)!;
    writeFileSync(swPath, changed);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await page.waitForSelector('.update-prompt[data-state="update"]', { timeout: 30_000 });
      // The page in use is not taken over before the user says so.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(true);
      await page.screenshot({ path: join(artifactsDir, 'update-prompt-1366.png') });
      const reloaded = page.waitForEvent('framenavigated', { timeout: 30_000 });
      await page.click('#pwa-reload');
      await reloaded;
      await waitForMap(page, 'ninh-binh:level:2024');
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(false);
      // The new version's precache is the one in use (Workbox keys precached files by revision).
      // (the old version's entries are removed as the new one activates)
      const precached = () =>
        page.evaluate(async () => {
          const keys: string[] = [];
          for (const name of (await caches.keys()).filter((n) => n.includes('precache')))
            for (const r of await (await caches.open(name)).keys()) keys.push(r.url);
          return keys;
        });
      await expect
        .poll(async () => (await precached()).filter((url) => new URL(url).pathname.endsWith(`/${changedUrl}`)), { timeout: 15_000 })
        .toEqual([expect.stringContaining(`__WB_REVISION__=${newRevision}`)]);
      expect(await page.$('.update-prompt[data-state="update"]')).toBeNull();
    } finally {
      writeFileSync(swPath, original);
    }
    expect(session.pageErrors).toEqual([]);
  });
});
