/**
 * A 20+ MB boundary file with 10,000 polygons is processed in a worker: progress shows and the page keeps drawing.
 * A 3,000-polygon regional commune file (tests/fixtures/regional-communes.ts, the benchmark's import row) shows its
 * progress as a progress bar with words, and Thanh Hóa's 558 communes in it are matched and drawn.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONAL, regionalCommunes } from '../fixtures/regional-communes';
import { startSession, waitForMap, type Session } from './harness';

let session: Session;
const dir = mkdtempSync(join(tmpdir(), 'ntm-large-'));
const file = join(dir, 'lon-10000-vung.geojson');
const regional = join(dir, 'ranh-gioi-xa-vung-3000.geojson');

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
  writeFileSync(regional, JSON.stringify(regionalCommunes()));
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
      // Every value the bar takes (the worker's steps, at most one per 100 ms), drawn in a frame or not: matching
      // in the worker is quick once the file is parsed, so a step may be replaced before the next frame.
      new MutationObserver(() => {
        const p = document.querySelector('.import-dialog progress') as HTMLProgressElement | null;
        if (p) w.__progress.push(p.value / p.max);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
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

  it('shows the progress of a 3,000-polygon file as a progress bar with words, then draws the 558 communes it matches', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=${REGIONAL.provinceSlug}&view=level`);
    await waitForMap(page, `${REGIONAL.provinceSlug}:level:2024`);
    await page.click('#tab-data');
    await page.fill('#user-name', 'Kiểm thử');
    await page.evaluate(() => {
      const w = window as unknown as { __seen: { value: number; words: string; valuetext: string | null; labelled: string | null }[] };
      w.__seen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('.import-dialog progress') as HTMLProgressElement | null;
        if (!bar) return;
        const labelled = bar.getAttribute('aria-labelledby');
        w.__seen.push({
          value: bar.value / bar.max,
          words: (labelled && document.getElementById(labelled)?.textContent) || '',
          valuetext: bar.getAttribute('aria-valuetext'),
          labelled,
        });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.setInputFiles('#import-boundaries', regional);
    await page.waitForSelector('.import-dialog .import-summary', { timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: { value: number; words: string; valuetext: string | null }[] }).__seen);
    // The bar starts at 0% while the file is parsed, then counts the features with a percentage, and says so to
    // screen readers (its words are its label and its value text).
    expect(seen[0]).toMatchObject({ value: 0, words: 'Đang đọc tệp… 0%', valuetext: 'Đang đọc tệp… 0%' });
    const counted = seen.filter((s) => /^Đang xử lý: [\d.]+\/3\.000 \(\d+%\)$/.test(s.words));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((s) => s.valuetext === s.words && s.value > 0)).toBe(true);
    const byCode = '558 khớp · 0 trùng tên · 2.442 không tìm thấy · 0 không hợp lệ · 0 trùng đơn vị';
    expect(await page.textContent('.import-dialog .import-summary')).toBe(byCode);
    // Matched in the worker, which keeps the file while the dialog is open: by name alone (other provinces' communes
    // that share a name with one of Thanh Hóa's now count), then by code again.
    await page.selectOption('.import-dialog select[data-field=codeField]', '');
    await expect.poll(() => page.textContent('.import-dialog .import-summary'), { timeout: 30_000 }).not.toBe(byCode);
    expect(await page.textContent('.import-dialog .import-summary')).toMatch(/^\d[\d.]* khớp · \d[\d.]* trùng tên · /);
    await page.selectOption('.import-dialog select[data-field=codeField]', 'ma_xa');
    await expect.poll(() => page.textContent('.import-dialog .import-summary'), { timeout: 30_000 }).toBe(byCode);
    await page.click('#import-apply');
    await waitForMap(page, `${REGIONAL.provinceSlug}:level:2024:communes`);
    const drawn = await page.evaluate(() => {
      const map = window.ntmMap!.map;
      const codes = new Set(map.querySourceFeatures('communes').map((f) => String(f.properties.code)));
      const districtFill = map.getFeatureState({ source: 'districts', id: map.querySourceFeatures('districts')[0]?.properties.code });
      return { codes: codes.size, under: districtFill.under, visible: map.getLayoutProperty('commune-fill', 'visibility') };
    });
    // Every matched commune is in the map's tiles, drawn over districts that keep only their outlines.
    expect(drawn).toEqual({ codes: REGIONAL.matched, under: true, visible: 'visible' });
    expect(session.pageErrors).toEqual([]);
  });
});
