/**
 * The shared workspace end to end: `npm start`'s server (server/main.ts) on a fresh SQLite file, users created with
 * the admin CLI, two browsers. An editor's change appears for a viewer in the other browser; the viewer cannot
 * change anything; a change made on stale data brings up the merge prompt and, applied again, both are kept.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCommunes } from '../fixtures/synthetic-communes';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium';
import { artifactsDir, repoRoot, waitForMap } from './harness';
import { LEVEL_COLOURS } from '../../src/ui/level-colours';

const dir = mkdtempSync(join(tmpdir(), 'ntm-shared-'));
const db = join(dir, 'shared.sqlite');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const units = JSON.parse(readFileSync(join(repoRoot, 'public/generated/units/37.json'), 'utf8')) as { code: string; name: string; tier: string }[];
const codeOf = (name: string) => units.find((u) => u.tier === 'commune' && u.name === name)!.code;
const khanhHong = codeOf('Xã Khánh Hồng');
const gianTan = codeOf('Xã Gia Tân');

let server: ChildProcess;
let base: string;
let browser: Browser;
const external: string[] = [];
const pageErrors: string[] = [];

function admin(args: string[], password: string): void {
  execFileSync(tsx, ['scripts/admin.ts', ...args], { cwd: repoRoot, env: { ...process.env, NTM_DB_FILE: db, DATABASE_URL: '' }, input: `${password}\n` });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/?province=ninh-binh`);
  await waitForMap(page, 'ninh-binh:level:2024');
  return page;
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.click('#tab-data');
  await page.fill('#login-username', username);
  await page.fill('#login-password', password);
  await page.click('#login-submit');
  await page.waitForSelector('#sync-user');
}

async function focusCommune(page: Page, query: string, code: string): Promise<void> {
  await page.click('#tab-overview');
  await page.fill('#unit-search', query);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.focused-commune[data-commune="${code}"]`);
}

async function editLevel(page: Page, code: string, level: string, year: string): Promise<void> {
  const form = `details.edit-unit[data-unit="${code}"]`;
  if (!(await page.locator(`${form}[open]`).count())) await page.click(`${form} summary`);
  await page.selectOption(`${form} select[name=level]`, level);
  await page.fill(`${form} input[name=year]`, year);
  await page.click(`${form} button[type=submit]`);
}

const version = (page: Page) => page.getAttribute('#sync-status', 'data-version');

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'dist', 'index.html'))) throw new Error('dist/ is missing: run npm run build first (npm test does).');
  admin(['create-user', 'bien', '--editor', 'ninh-binh', '--name', 'Trần Văn Biên'], 'editor-password-1');
  admin(['create-user', 'hai', '--editor', 'ninh-binh', '--name', 'Lê Thị Hai'], 'editor-password-2');
  admin(['create-user', 'xem'], 'viewer-password-1');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(tsx, ['server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NTM_DB_FILE: db, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('NTM Map server on')) resolve();
    });
    server.stderr!.on('data', (d) => (out += String(d)));
    server.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  mkdirSync(artifactsDir, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('shared workspace, two browsers', () => {
  let editor: Page;
  let viewer: Page;

  it("shows an editor's change to a viewer in another browser; the viewer cannot change it", async () => {
    [editor, viewer] = await Promise.all([newPage(), newPage()]);
    // Logged out (anonymous reading is off by default): the app as without a server, plan data only.
    expect(await viewer.locator('#sync-status').count()).toBe(0);

    await logIn(viewer, 'xem', 'viewer-password-1');
    expect(await viewer.textContent('#sync-user')).toContain('chỉ xem');
    await expect.poll(() => version(viewer)).toBe('0');
    await focusCommune(viewer, 'khanh hong', khanhHong);
    expect(await viewer.textContent(`.focused-commune[data-commune="${khanhHong}"] > ul`)).not.toContain('NTM kiểu mẫu');

    await logIn(editor, 'bien', 'editor-password-1');
    expect(await editor.textContent('#sync-user')).toContain('Trần Văn Biên (biên tập tỉnh này)');
    await focusCommune(editor, 'khanh hong', khanhHong);
    await editLevel(editor, khanhHong, 'ntm-model', '2025');
    await expect.poll(() => version(editor)).toBe('1');
    await editor.click('#tab-data');
    expect(await editor.textContent('[data-message]')).toBe('Đã lưu 1 thay đổi.');
    await editor.screenshot({ path: join(artifactsDir, 'shared-editor-data-tab.png') });

    // The viewer's app polls the server: the change arrives without a reload.
    await expect.poll(() => viewer.textContent(`.focused-commune[data-commune="${khanhHong}"] > ul`), { timeout: 20_000 }).toContain('NTM kiểu mẫu');
    expect(await version(viewer)).toBe('1');
    expect(await viewer.textContent('#sync-status')).toContain('Trần Văn Biên');

    // The viewer's edit is refused, and nothing changes on the server.
    await editLevel(viewer, khanhHong, 'ntm', '2020');
    await viewer.click('#tab-data');
    await expect.poll(() => viewer.textContent('[data-message]')).toContain('chỉ được xem');
    const res = await viewer.request.get(`${base}/api/provinces/ninh-binh`);
    const state = (await res.json()) as { version: number; overlay: { units: Record<string, { level?: string }> } };
    expect(state.version).toBe(1);
    expect(state.overlay.units[khanhHong].level).toBe('ntm-model');
  });

  it('brings up the merge prompt for a change made on stale data; applied again, both changes are kept', async () => {
    // The editor's app stops polling, so that it still holds version 1 when another editor writes.
    await editor.evaluate(() => window.ntmSync!.setState({ pollMs: 1e9 }));
    const other = await browser.newContext();
    const login = await other.request.post(`${base}/api/login`, { data: { username: 'hai', password: 'editor-password-2' } });
    const { csrf } = (await login.json()) as { csrf: string };
    const write = await other.request.post(`${base}/api/provinces/ninh-binh/changes`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        baseVersion: 1,
        changeSet: { id: 'hai-1', origin: 'edit', label: 'Xã Gia Tân', changes: [{ code: gianTan, field: 'level', after: 'ntm-advanced' }] },
      },
    });
    expect(write.status()).toBe(200);

    await focusCommune(editor, 'khanh hong', khanhHong);
    await editLevel(editor, khanhHong, 'ntm-advanced', '2025');
    await editor.waitForSelector('dialog.sync-conflict[open]');
    expect(await editor.textContent('dialog.sync-conflict')).toContain('Lê Thị Hai');
    // Meanwhile the map shows the server's latest data.
    expect(await version(editor)).toBe('2');
    await editor.screenshot({ path: join(artifactsDir, 'shared-merge-prompt.png') });
    await editor.click('#sync-reapply');
    await expect.poll(() => version(editor)).toBe('3');
    expect(await editor.locator('dialog.sync-conflict').count()).toBe(0);
    await editor.click('#tab-data');
    expect(await editor.textContent('[data-message]')).toBe('Đã lưu 1 thay đổi.');

    const state = (await (await other.request.get(`${base}/api/provinces/ninh-binh`)).json()) as {
      version: number;
      overlay: { units: Record<string, { level?: string }>; history: { by: string }[] };
    };
    expect(state.version).toBe(3);
    expect(state.overlay.units[gianTan].level).toBe('ntm-advanced');
    expect(state.overlay.units[khanhHong].level).toBe('ntm-advanced');
    expect(state.overlay.history.map((h) => h.by)).toEqual(['Trần Văn Biên', 'Lê Thị Hai', 'Trần Văn Biên']);
    await other.close();
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps an edit made offline in the browser and sends it when the server answers again', async () => {
    await editor.context().setOffline(true);
    await focusCommune(editor, 'gia tan', gianTan);
    await editLevel(editor, gianTan, 'ntm', '2021');
    await expect.poll(() => editor.textContent('#sync-status')).toContain('1 thay đổi chờ gửi');
    expect(await editor.textContent(`.focused-commune[data-commune="${gianTan}"] > ul`)).toContain('Đạt chuẩn NTM');
    const before = (await (await viewer.request.get(`${base}/api/provinces/ninh-binh`)).json()) as { version: number };
    expect(before.version).toBe(3);

    await editor.context().setOffline(false);
    await expect.poll(() => version(editor), { timeout: 20_000 }).toBe('4');
    expect(await editor.textContent('#sync-status')).not.toContain('chờ gửi');
    const after = (await (await viewer.request.get(`${base}/api/provinces/ninh-binh`)).json()) as {
      version: number;
      overlay: { units: Record<string, { level?: string; yearRecognised?: number }> };
    };
    expect(after.overlay.units[gianTan]).toEqual({ level: 'ntm', yearRecognised: 2021 });

    // Undo from the Data tab: one more change on the server, the edit reverted.
    await editor.click('#tab-data');
    await editor.click('#undo');
    await expect.poll(() => version(editor)).toBe('5');
    const undone = (await (await viewer.request.get(`${base}/api/provinces/ninh-binh`)).json()) as {
      overlay: { units: Record<string, { level?: string }>; history: { origin: string }[] };
    };
    expect(undone.overlay.units[gianTan]).toEqual({ level: 'ntm-advanced' });
    expect(undone.overlay.history.at(-1)!.origin).toBe('undo');
  });

  it("shares the editor's commune polygons: the viewer's map draws them", async () => {
    const file = join(dir, 'ranh-gioi-xa.geojson');
    writeFileSync(file, JSON.stringify(syntheticCommunes('37')));
    await editor.click('#tab-data');
    await editor.setInputFiles('#import-boundaries', file);
    await editor.waitForSelector('.import-dialog .import-summary');
    await editor.click('#import-apply');
    await expect.poll(() => editor.getAttribute('[data-message]', 'data-message')).toBe('data.boundariesSaved');
    const stored = (await (await viewer.request.get(`${base}/api/provinces/ninh-binh/boundaries/commune`)).json()) as {
      importedBy: string;
      features: { features: unknown[] };
    };
    expect(stored.importedBy).toBe('Trần Văn Biên');
    expect(stored.features.features.length).toBe(syntheticCommunes('37').features.length);

    // The viewer's app picks them up on its next poll; "Cấp xã" then draws the communes.
    await expect.poll(() => viewer.evaluate(() => window.ntmSync!.getState().boundaryStamp ?? ''), { timeout: 20_000 }).toContain('commune:');
    await viewer.click('input[name=tier][value=commune]');
    await waitForMap(viewer, 'ninh-binh:level:2024:communes');
    const fill = await viewer.evaluate((c) => window.ntmMap!.paintOf('communes', c).fill, khanhHong);
    expect(fill).toBe(LEVEL_COLOURS['ntm-advanced']); // NTM nâng cao, the level the merge test left it at
  });
});
