/** A 20+ MB boundary file with 10,000 polygons is processed in a worker: progress shows and the page keeps drawing. */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMap, type Session } from './harness';

let session: Session;
const dir = mkdtempSync(join(tmpdir(), 'ntm-large-'));
const file = join(dir, 'lon-10000-vung.geojson');

beforeAll(async () => {
  // 100 × 100 grid of 96-vertex rings over Ninh Bình (synthetic shapes, unknown codes).
  const features = [];
  for (let i = 0; i < 100; i++) {
    for (let j = 0; j < 100; j++) {
      const cx = 105.55 + i * 0.006;
      const cy = 19.95 + j * 0.005;
      const ring = [];
      for (let k = 0; k < 96; k++) {
        const a = (k / 96) * 2 * Math.PI;
        const r = 0.0022 * (1 + 0.15 * Math.sin(5 * a));
        ring.push([+(cx + r * Math.cos(a)).toFixed(9), +(cy + r * Math.sin(a)).toFixed(9)]);
      }
      ring.push(ring[0]);
      features.push({
        type: 'Feature',
        properties: { ma: `9${String(i * 100 + j).padStart(4, '0')}`, ten: `Vùng thử ${i}-${j}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('large boundary files', () => {
  it('shows progress and keeps the page responsive; cancelling changes nothing', async () => {
    expect(statSync(file).size).toBeGreaterThan(20 * 1024 * 1024);
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    await page.click('#tab-data');
    await page.fill('#user-name', 'Kiểm thử');
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __progress: number[]; __stop: boolean };
      w.__gaps = [];
      w.__progress = [];
      w.__stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.__gaps.push(now - last);
        last = now;
        const p = document.querySelector('.import-dialog progress') as HTMLProgressElement | null;
        if (p) w.__progress.push(p.value / p.max);
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.setInputFiles('#import-boundaries', file);
    await page.waitForSelector('.import-dialog .import-summary', { timeout: 120_000 });
    const { gaps, progress } = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __progress: number[]; __stop: boolean };
      w.__stop = true;
      return { gaps: w.__gaps, progress: w.__progress };
    });
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(gaps.length).toBeGreaterThan(30);
    // Reading the file and handing it to the worker is the only main-thread work: no frame waits a second.
    expect(Math.max(...gaps.slice(1))).toBeLessThan(1000);
    expect(await page.textContent('.import-dialog .import-summary')).toBe('0 khớp · 0 trùng tên · 10.000 không tìm thấy · 0 không hợp lệ · 0 trùng đơn vị');
    await page.click('.import-dialog .dialog-actions button:not(.primary)');
    await expect.poll(() => page.textContent('[data-message]')).toBe('Đã hủy; dữ liệu không thay đổi.');
    expect(await page.textContent('.data-panel')).toContain('Chưa có ranh giới xã');
    expect(session.pageErrors).toEqual([]);
  });
});
