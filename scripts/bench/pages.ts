/**
 * The benchmark's pages in headless Chromium (software WebGL, as on a meeting-room PC without a GPU): a built app
 * or the bare MapLibre baseline (bench/bare.html) served locally, and what one load of it costs: the time from
 * navigation to the map's first idle once the view is painted, the bytes and requests transferred until then
 * (requests answered from the cache, in a warm load, are not counted),
 * the main thread's long tasks until then, and the JS heap after a garbage collection once the page has settled
 * (HEAP_SETTLE_MS later: what the app loads after its first view, such as the service worker's registration and the
 * shared server's session check, is counted in it).
 *
 * Every cold load is made in a fresh browser context (empty HTTP cache, no compiled-code cache, no storage: a
 * user's first visit); a warm load is the same page loaded a second time in that context. Service workers are
 * blocked so that the offline precache, which starts after the first load, is not counted in it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium';
import { repoRoot } from '../lib/paths';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function serve(outDir: string) {
  const server = await preview({ root: repoRoot, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  return { server, url: server.resolvedUrls!.local[0] };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** A fresh browser context: cold caches, as a first visit. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: 'block' });
}

/** One load's cost. */
export interface Load {
  page: Page;
  /** ms from navigation to the map's first idle after the view is painted. */
  t: number;
  bytes: number;
  requests: number;
  /** Every response transferred (transferSize > 0), largest first: path, bytes on the wire, body size after decoding. */
  resources: Resource[];
  /** MB used after a forced garbage collection. */
  heap: number;
  longTasks: number;
  longest: number;
}

export interface Resource {
  path: string;
  bytes: number;
  decoded: number;
}

/**
 * Bytes and requests the page transferred, from Resource Timing (the document, its resources and the workers'
 * scripts; transferSize counts headers and the body as sent, 0 for a response from the cache).
 */
async function transferred(page: Page): Promise<{ bytes: number; requests: number; resources: Resource[] }> {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const http = entries.filter((e) => /^https?:/.test(e.name));
    const resources = http
      .filter((e) => e.transferSize > 0)
      .map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, bytes: e.transferSize, decoded: e.decodedBodySize }))
      .sort((a, b) => b.bytes - a.bytes);
    return { bytes: http.reduce((sum, e) => sum + e.transferSize, 0), requests: resources.length, resources };
  });
}

export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // tsx keeps function names with a __name() helper that does not exist in the page.
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(() => {
    performance.setResourceTimingBufferSize(100_000);
    const w = window as unknown as { __long: number[]; __longAt: number[] };
    w.__long = [];
    w.__longAt = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__long.push(e.duration);
        w.__longAt.push(e.startTime);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return ['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'data:' || u.protocol === 'blob:' ? route.continue() : route.abort();
  });
  return page;
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** How long after a load its heap is read (both pages): past the app's idle callbacks (2 s timeout) and what they fetch. */
export const HEAP_SETTLE_MS = 3000;

async function finish(page: Page, t: number): Promise<Load> {
  const { bytes, requests, resources } = await transferred(page);
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.waitForTimeout(HEAP_SETTLE_MS);
  return { page, t, bytes, requests, resources, heap: await heapMB(page), longTasks: long.length, longest: Math.max(0, ...long) };
}

/** Loads the app at `query` and waits until the map is idle with `painted` (the map's data-painted attribute). */
export async function appLoad(context: BrowserContext, base: string, query: string, painted: string, timeout = 60_000): Promise<Load> {
  const page = await newPage(context);
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
        if (w.__paintedAt === undefined && (el.getAttribute('data-painted') ?? '').startsWith(target)) w.__paintedAt = performance.now();
      };
      check();
      new MutationObserver(check).observe(el, { attributes: true });
    }, 1);
  }, painted);
  await page.goto(`${base}${query}`);
  try {
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __idle: number[]; __paintedAt?: number };
        return w.__paintedAt !== undefined && w.__idle.some((x) => x >= w.__paintedAt!);
      },
      undefined,
      { timeout },
    );
  } catch (e) {
    await page.close();
    throw e;
  }
  const t = await page.evaluate(() => {
    const w = window as unknown as { __idle: number[]; __paintedAt: number };
    return w.__idle.find((x) => x >= w.__paintedAt)!;
  });
  return finish(page, t);
}

export async function bareLoad(context: BrowserContext, base: string, query: string): Promise<Load> {
  const page = await newPage(context);
  await page.goto(`${base}bare.html${query}`);
  await page.waitForFunction(() => window.bare?.loadedAt !== undefined, undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => window.bare!.loadedAt!);
  return finish(page, t);
}

/** One A/B pair of a benchmark, the order alternating from run to run (app first on even runs, bare first on odd). */
export async function inAlternatingOrder(run: number, app: () => Promise<unknown>, bare: () => Promise<unknown>): Promise<void> {
  if (run % 2 === 0) {
    await app();
    await bare();
  } else {
    await bare();
    await app();
  }
}

/** A cold load in a fresh context, then (when `warm`) the same page again in that context; the context is closed after. */
export async function coldAndWarm(browser: Browser, load: (context: BrowserContext) => Promise<Load>, warm: boolean, then?: (l: Load) => Promise<void>) {
  const context = await freshContext(browser);
  try {
    const cold = await load(context);
    if (then) await then(cold);
    await cold.page.close();
    let again: Load | null = null;
    if (warm) {
      again = await load(context);
      await again.page.close();
    }
    return { cold, warm: again };
  } finally {
    await context.close();
  }
}
