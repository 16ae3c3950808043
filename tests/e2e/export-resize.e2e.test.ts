/**
 * PNG export after the window shrinks to a phone and widens again (issue 16): the side column (with the export
 * buttons) folded as a phone's bottom sheet must not stay folded away on the wide screen, so the export is there
 * and downloads a PNG of the map's size without a reload; on the phone it is in the sheet. The PNG's footer (carried
 * in the file as text, src/io/png-text.ts) and the print footer name exactly the boundary files drawn: the 2025
 * line alone on a 2025 map, dvhcvn alone on a pre-2025 map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTION_2025 } from '../../src/domain/credits';
import { readPngText } from '../../src/io/png-text';
import { artifactsDir, startSession, waitForCommunes2025, waitForMap, type Session } from './harness';

const today = new Date().toISOString().slice(0, 10);
const WIDE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let session: Session;
beforeAll(async () => {
  session = await startSession(WIDE);
});
afterAll(async () => {
  await session?.close();
});

/** Waits for a map painted with this prefix (the year or view follows it) and idle. */
async function settle(prefix: string): Promise<void> {
  const { page } = session;
  await page.waitForSelector(`.map[data-painted^="${prefix}"]`, { timeout: 60_000 });
  await waitForMap(page, (await page.getAttribute('.map', 'data-painted'))!);
}

/**
 * Clicks the PNG button (opening the phone's sheet first when asked) and checks the download: a PNG that decodes
 * at twice the map's CSS width and more than twice its height (title and footer added). Returns its text entries.
 */
async function exportPng(name: string, openSheet = false): Promise<Record<string, string>> {
  const { page } = session;
  if (openSheet && !(await page.isVisible('#export-png'))) await page.click('#panel-toggle');
  const map = await page.evaluate(() => ({ width: window.ntmMap!.map.getCanvas().clientWidth, height: window.ntmMap!.map.getCanvas().clientHeight }));
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#export-png', { timeout: 5_000 })]);
  const path = join(artifactsDir, name);
  await download.saveAs(path);
  const png = readFileSync(path);
  const decoded = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    return { width: bitmap.width, height: bitmap.height };
  }, png.toString('base64'));
  expect(decoded.width).toBe(map.width * 2);
  expect(decoded.height).toBeGreaterThan(map.height * 2);
  expect(await page.isEnabled('#export-png')).toBe(true);
  return readPngText(new Uint8Array(png));
}

const expect2025 = (text: string) => {
  expect(text).toContain(ATTRIBUTION_2025);
  expect(text).not.toMatch(/dvhcvn|GPL/);
};
const expectDvhcvn = (text: string) => {
  expect(text).toContain('dvhcvn (GPL-3.0)');
  expect(text).not.toContain('sapnhap.bando.com.vn');
};

describe('PNG export across a phone-sized window', () => {
  it('pre-2025 Thanh Hóa: exports on the phone from the sheet, closes it, and exports again once wide', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=level`);
    await settle('thanh-hoa:level');
    await page.setViewportSize(PHONE);
    await settle('thanh-hoa:level');
    const phone = await exportPng('export-resize-thanh-hoa-390.png', true);
    expectDvhcvn(phone.Description);
    // The sheet closed on the phone to see the map, then the window widened: the export is on the side again.
    await page.click('#panel-toggle');
    await page.waitForSelector('#export-png', { state: 'hidden' });
    await page.setViewportSize(WIDE);
    await settle('thanh-hoa:level');
    const wide = await exportPng('export-resize-thanh-hoa.png');
    expect(wide.Title).toBe('Tỉnh Thanh Hóa');
    expectDvhcvn(wide.Description);
    expect(wide.Description).toMatch(/^Ngày xuất: \d\d\/\d\d\/\d{4} · Nguồn: .+\. NTM Map\. · Ranh giới: dvhcvn \(GPL-3\.0\)$/);
    expect(await page.textContent('.print-header')).toContain(wide.Description);
    expectDvhcvn((await page.locator('.maplibregl-ctrl-attrib').textContent())!);
    expect(session.pageErrors).toEqual([]);
  });

  it('2025 Thanh Hóa opened on a phone: once wide the export downloads, its footer names only the 2025 boundaries', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await page.goto(`${session.baseUrl}?province=thanh-hoa&units=2025-07-01&view=level`);
    await waitForCommunes2025(page, '38');
    await page.setViewportSize(WIDE);
    await waitForCommunes2025(page, '38');
    const wide = await exportPng('export-resize-thanh-hoa-2025.png');
    expect2025(wide.Description);
    expect(wide.Description).toContain('Nguồn: ');
    expect2025((await page.textContent('.print-header'))!);
    expect2025((await page.locator('.maplibregl-ctrl-attrib').textContent())!);
    await page.setViewportSize(PHONE);
    await waitForCommunes2025(page, '38');
    expect2025((await exportPng('export-resize-thanh-hoa-2025-390.png', true)).Description);
    expect(session.pageErrors).toEqual([]);
  });

  it('national views: the 2025 overview and the pre-2025 provinces, exported wide after the phone', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}`);
    await waitForMap(page, 'national:2025');
    await page.setViewportSize(WIDE);
    await waitForMap(page, 'national:2025');
    expect2025((await exportPng('export-resize-national-2025.png')).Description);
    await page.goto(`${session.baseUrl}?province=toan-quoc`);
    await waitForMap(page, 'national');
    await page.setViewportSize(PHONE);
    await waitForMap(page, 'national');
    await page.setViewportSize(WIDE);
    await waitForMap(page, 'national');
    const old = await exportPng('export-resize-national.png');
    expectDvhcvn(old.Description);
    expect(old.Description).toMatch(/^Ngày xuất: .+ · Dữ liệu: kế hoạch NTM các tỉnh · Ranh giới: dvhcvn \(GPL-3\.0\)$/);
    expect(session.pageErrors).toEqual([]);
  });
});
