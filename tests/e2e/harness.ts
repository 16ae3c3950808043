/**
 * End-to-end harness: serves the built app (dist/) on loopback with Vite's preview server and drives
 * Debian's Chromium through playwright-core. Any request leaving 127.0.0.1 is blocked and recorded,
 * so tests can assert the app works offline.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = resolve(repoRoot, 'test-artifacts');

/** Kept for tests that launch their own browser; the flags live in scripts/lib/chromium.ts (shared with the benchmark). */
export { CHROMIUM_FLAGS } from '../../scripts/lib/chromium';

export interface Session {
  server: PreviewServer;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  externalRequests: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}

/** locale: the browser's (the app's own language and formats must not depend on it). */
export async function startSession(viewport = { width: 1600, height: 1000 }, locale = 'vi-VN'): Promise<Session> {
  if (!existsSync(join(repoRoot, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run generate && npm run build` first (npm test does both).');
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const server = await preview({ root: repoRoot, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('preview server has no local URL');
  const userDataDir = mkdtempSync(join(tmpdir(), 'ntm-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    deviceScaleFactor: 1,
    locale,
  });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      return route.continue();
    }
    externalRequests.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  mkdirSync(artifactsDir, { recursive: true });
  return {
    server,
    baseUrl,
    context,
    page,
    externalRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Waits until the map has painted this province, view and year, and MapLibre is idle. */
export async function waitForMap(page: Page, painted: string): Promise<void> {
  await page.waitForSelector(`.map[data-painted="${painted}"]`, { timeout: 60_000 });
  if (!(await page.evaluate(() => 'ntmMap' in window))) {
    throw new Error('dist/ has no test hook (window.ntmMap): build it with `npm run build:test` (npm test does).');
  }
  await page.waitForFunction(() => window.ntmMap?.map.loaded() && !window.ntmMap.map.isMoving(), undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = window.ntmMap!.map;
        if (map.areTilesLoaded() && !map.isMoving()) map.once('idle', () => done());
        else map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}

/**
 * Waits for the map to paint (`painted`: the start of its mark, or '' for any) and settle: not moving, and the same
 * bounds twice 300 ms apart (the camera reframes once the overlays are drawn); then its tiles drawn (an idle).
 */
export async function settleMap(page: Page, painted: string): Promise<void> {
  await page.waitForSelector(painted ? `.map[data-painted^="${painted}"]` : '.map[data-painted]', { timeout: 60_000 });
  await page.waitForFunction(() => window.ntmMap?.map.loaded(), undefined, { timeout: 60_000 });
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => (window.ntmMap!.map.isMoving() ? 'moving' : JSON.stringify(window.ntmMap!.map.getBounds().toArray())));
    if (now !== 'moving' && now === last) break;
    if (i === 39) throw new Error('the map did not settle');
    last = now;
  }
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        window.ntmMap!.map.once('idle', () => done());
        window.ntmMap!.map.triggerRepaint();
      }),
  );
}

/** Waits until today's communes of the 2025 province `newCode` are painted (issue 14), and the map is idle. */
export async function waitForCommunes2025(page: Page, newCode: string, by: 'plans' | 'office' = 'plans'): Promise<void> {
  const selector = `.map[data-painted^="reform:${newCode}:communes:${by}:"]`;
  await page.waitForSelector(selector, { timeout: 60_000 });
  const painted = await page.getAttribute('.map', 'data-painted');
  await waitForMap(page, painted!.startsWith(`reform:${newCode}:communes:${by}:`) ? painted! : `reform:${newCode}:communes:${by}:`);
}

/**
 * Chooses a view in the header: from the dropdown where the seven views do not fit the row (1366 px and the like),
 * else its radio button in the list (issue 16).
 */
export async function chooseView(page: Page, view: string): Promise<void> {
  if (await page.isVisible('#view-picker')) await page.selectOption('#view-picker', view);
  else await page.check(`fieldset.view-list input[name=view][value=${view}]`);
}
