/**
 * The benchmark's pages in headless Chromium (software WebGL, as on a meeting-room PC without a GPU): a built
 * app or the bare MapLibre baseline served locally, and the time from navigation to the map's first idle once
 * the view is painted. Shared by run.ts (npm run bench) and compare.ts (builds against each other).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { repoRoot } from '../lib/paths';

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-precise-memory-info', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function serve(outDir: string) {
  const server = await preview({ root: repoRoot, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  return { server, url: server.resolvedUrls!.local[0] };
}

export async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // tsx keeps function names with a __name() helper that does not exist in the page.
  await page.addInitScript('window.__name = (f) => f');
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return ['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'data:' || u.protocol === 'blob:' ? route.continue() : route.abort();
  });
  return page;
}

export async function appLoad(context: BrowserContext, base: string, query: string, painted: string) {
  const page = await freshPage(context);
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  // Measured like the bare page: the first time the map is idle once the view is painted (no forced extra frame).
  await page.addInitScript((target: string) => {
    const w = window as unknown as { __idle: number[]; __paintedAt?: number; ntmMap?: { map: { on: (e: string, f: () => void) => void } } };
    w.__idle = [];
    const attach = setInterval(() => {
      if (!w.ntmMap) return;
      clearInterval(attach);
      w.ntmMap.map.on('idle', () => w.__idle.push(performance.now()));
    }, 1);
    const watch = setInterval(() => {
      const el = document.querySelector('.map');
      if (!el) return;
      clearInterval(watch);
      const check = () => {
        if (w.__paintedAt === undefined && el.getAttribute('data-painted') === target) w.__paintedAt = performance.now();
      };
      check();
      new MutationObserver(check).observe(el, { attributes: true });
    }, 1);
  }, painted);
  await page.goto(`${base}${query}`);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __idle: number[]; __paintedAt?: number };
      return w.__paintedAt !== undefined && w.__idle.some((x) => x >= w.__paintedAt!);
    },
    undefined,
    { timeout: 60_000 },
  );
  const t = await page.evaluate(() => {
    const w = window as unknown as { __idle: number[]; __paintedAt: number };
    return w.__idle.find((x) => x >= w.__paintedAt)!;
  });
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { page, t, longest };
}

export async function bareLoad(context: BrowserContext, base: string, query: string) {
  const page = await freshPage(context);
  await page.goto(`${base}bare.html${query}`);
  await page.waitForFunction(() => window.bare?.loadedAt !== undefined, undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => window.bare!.loadedAt!);
  return { page, t };
}

/** One browser for a whole benchmark run, with a fresh profile. */
export function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ntm-bench-')), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1600, height: 1000 },
  });
}

/**
 * The province load (Thanh Hóa) of each app build and of the bare page, one after another in every run so that
 * all feel the same machine load. Times in ms from navigation; `longest` is each app page's longest task.
 */
export async function measureProvinceLoad(context: BrowserContext, appUrls: string[], bareUrl: string, runs: number) {
  const app = appUrls.map((): number[] => []);
  const longest = appUrls.map((): number[] => []);
  const bare: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < appUrls.length; i++) {
      const a = await appLoad(context, appUrls[i], '?province=thanh-hoa', 'thanh-hoa:level:2024');
      app[i].push(a.t);
      longest[i].push(a.longest);
      await a.page.close();
    }
    const b = await bareLoad(context, bareUrl, '?code=38');
    bare.push(b.t);
    await b.page.close();
  }
  return { app, longest, bare };
}
