/**
 * A shared link opens the same screen; back/forward work; presentation mode steps through districts;
 * the map exports as a 2× PNG with content; the page prints to A4 landscape.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, repoRoot, startSession, waitForMap, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await session?.close();
});

function districtsByName(provinceCode: string): { code: string; name: string }[] {
  const units = JSON.parse(readFileSync(join(repoRoot, 'public/generated/units', `${provinceCode}.json`), 'utf8')) as {
    code: string;
    name: string;
    tier: string;
  }[];
  return units.filter((u) => u.tier === 'district').sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

describe('leaders in a meeting room', () => {
  it('restores a shared link, steps through districts in presentation mode and exports the map', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&view=registration&district=406`);
    await waitForMap(page, 'thanh-hoa:registration:2024');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Quảng Xương');
    expect(await page.isChecked('input[name=view][value=registration]')).toBe(true);
    expect(await page.evaluate(() => window.ntmMap!.map.getFeatureState({ source: 'districts', id: '406' }).selected)).toBe(true);
    // The page itself started fetching the linked province's files, and the app used those responses: each file
    // was fetched once, before the app's own script had run.
    const fetches = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const start = performance.getEntriesByName('ntm:start')[0].startTime;
      return ['provinces.json', 'units/38.json', 'boundaries/38.topo.json'].map((path) => {
        const hits = entries.filter((e) => e.name.endsWith(`/generated/${path}`));
        return { path, count: hits.length, early: hits.every((e) => e.startTime < start) };
      });
    });
    expect(fetches).toEqual([
      { path: 'provinces.json', count: 1, early: true },
      { path: 'units/38.json', count: 1, early: true },
      { path: 'boundaries/38.topo.json', count: 1, early: true },
    ]);

    // Search without diacritics, keyboard only.
    await page.fill('#unit-search', 'hoang hoa');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Hoằng Hóa');
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe('399');

    // Back returns to the shared screen, forward to the search result.
    await page.goBack();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Quảng Xương');
    await page.goForward();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Hoằng Hóa');
    await page.goBack();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Quảng Xương');

    // Presentation: large title, two steps forward in name order from Quảng Xương.
    await page.click('#present');
    await page.waitForSelector('.app.presenting .present-title');
    const titleSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.present-title h1')!).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(30);
    await expect.poll(() => page.textContent('#present-district')).toBe('Huyện Quảng Xương');
    const order = districtsByName('38');
    const start = order.findIndex((d) => d.code === '406');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#present-district')).toBe(order[(start + 1) % order.length].name);
    await page.keyboard.press('ArrowRight');
    const expected = order[(start + 2) % order.length];
    await expect.poll(() => page.textContent('#present-district')).toBe(expected.name);
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe(expected.code);
    await page.waitForFunction(() => !window.ntmMap!.map.isMoving());
    await page.screenshot({ path: join(artifactsDir, 'presentation-1920x1080.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app:not(.presenting) .toolbar');

    // PNG export at 2×, with content.
    const cssWidth = await page.evaluate(() => window.ntmMap!.map.getCanvas().clientWidth);
    const cssHeight = await page.evaluate(() => window.ntmMap!.map.getCanvas().clientHeight);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const path = join(artifactsDir, 'map-export.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(cssWidth * 2);
    expect(height).toBeGreaterThan(cssHeight * 2);
    const colours = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);

    // Print to A4 landscape.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(join(artifactsDir, 'print-a4.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString('ascii')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(30_000);

    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
