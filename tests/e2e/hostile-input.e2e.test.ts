/**
 * Hostile and broken files in the app (fixtures from tests/fixtures/hostile.ts): a tampered link is named, a zip
 * bomb and a 200,000-row table are refused at once with the real reason while the page keeps drawing, reading can
 * be cancelled, a shapefile's missing .dbf is named, a mixed-encoding table is flagged, a polygon with one vertex out
 * of range is dropped, formula cells come out of the CSV export neutralised, and markup stays text.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import JSZip from 'jszip';
import shpwrite from '@mapbox/shp-write';
import { writeFileSync } from 'node:fs';
import { syntheticCommunes } from '../fixtures/synthetic-communes';
import { KHANH_PHU, writeHostileFixtures } from '../fixtures/hostile';
import { startSession, waitForMap, type Session } from './harness';

let session: Session;
let files: Record<string, string>;

beforeAll(async () => {
  files = await writeHostileFixtures(mkdtempSync(join(tmpdir(), 'ntm-hostile-')));
  session = await startSession();
  session.page.on('dialog', (d) => void d.accept());
});
afterAll(async () => {
  await session?.close();
});

const message = () => session.page.getAttribute('[data-message]', 'data-message');

/** Records the longest gap between animation frames from now on. */
async function watchFrames(): Promise<() => Promise<number>> {
  await session.page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __stopFrames: boolean };
    w.__maxGap = 0;
    w.__stopFrames = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.__maxGap = Math.max(w.__maxGap, now - last);
      last = now;
      if (!w.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    session.page.evaluate(() => {
      const w = window as unknown as { __maxGap: number; __stopFrames: boolean };
      w.__stopFrames = true;
      return w.__maxGap;
    });
}

describe('hostile input in the app', () => {
  it('a tampered link opens a province and says what it ignored', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=atlantis&asOf=2025-13-45&view=%3Cscript%3E`);
    const notice = page.locator('[data-notice="url.ignored"]');
    await expect.poll(() => notice.count(), { timeout: 60_000 }).toBe(1);
    const text = await notice.textContent();
    expect(text).toContain('province=atlantis');
    expect(text).toContain('asOf=2025-13-45');
    expect(text).toContain('view=<script>');
  });

  it('refuses a zip bomb and a 200,000-row table at once, naming the limit, while the page keeps drawing', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    await page.click('#tab-data');
    await page.fill('#user-name', 'Kiểm thử');
    expect(await page.textContent('#import-limits')).toContain('50.000 dòng');

    let stop = await watchFrames();
    let started = Date.now();
    await page.setInputFiles('#import-boundaries', files['zip-bomb.zip']);
    await expect.poll(message).toBe('file.error.zipTooLarge');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await page.textContent('[data-message]')).toContain('1.024 MB');
    expect(await stop()).toBeLessThan(1000);

    stop = await watchFrames();
    started = Date.now();
    await page.setInputFiles('#import-table', files['big-200000.csv']);
    await expect.poll(message, { timeout: 20_000 }).toBe('file.error.tooManyRows');
    expect(await page.textContent('[data-message]')).toContain('50.000');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await stop()).toBeLessThan(1000);

    // Reading can be cancelled from its progress dialog: nothing is kept.
    await page.setInputFiles('#import-table', files['big-200000.csv']);
    await page.click('#import-cancel-reading');
    await expect.poll(message).toBe('import.cancelled');
    expect(await page.locator('.import-dialog[open]').count()).toBe(0);
  });

  it('a real (deflated) shapefile zip is read within the unzip limit; a bomb that lies about its sizes is cut off', async () => {
    const { page } = session;
    const sample = { type: 'FeatureCollection', features: syntheticCommunes('37').features.slice(0, 3) };
    const stored = await JSZip.loadAsync((await shpwrite.zip(sample as never, { outputType: 'arraybuffer', compression: 'STORE' } as never)) as ArrayBuffer);
    const path = join(mkdtempSync(join(tmpdir(), 'ntm-shp-')), 'ranh-gioi.zip');
    writeFileSync(path, await stored.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await page.setInputFiles('#import-boundaries', path);
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog .import-summary')).toMatch(/^3 khớp/);
    await page.click('.import-dialog .dialog-actions button:not(.primary)');
    await expect.poll(message).toBe('import.cancelled');

    const started = Date.now();
    await page.setInputFiles('#import-boundaries', files['zip-bomb-lying.zip']);
    await expect.poll(message, { timeout: 30_000 }).toBe('file.error.zipTooLarge');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('names a missing .dbf, flags mixed encodings and drops a polygon with one vertex out of range', async () => {
    const { page } = session;
    await page.setInputFiles('#import-boundaries', files['no-dbf.zip']);
    await expect.poll(message).toBe('boundary.error.shapefileMissing');
    expect(await page.textContent('[data-message]')).toContain('xa.dbf');

    await page.setInputFiles('#import-table', files['mixed-encoding.csv']);
    await page.waitForSelector('[data-warning="encoding-mixed"]');
    expect(await page.textContent('[data-warning="encoding-mixed"]')).toContain('dòng 3');
    expect(await page.locator('.import-dialog .preview td').allTextContents()).toContain('Khánh Phú');
    await page.click('.import-dialog .dialog-actions button:not(.primary)');

    await page.setInputFiles('#import-boundaries', files['out-of-range.geojson']);
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog')).toContain('Bỏ qua 1 vùng có tọa độ ngoài phạm vi');
    await page.click('.import-dialog .dialog-actions button:not(.primary)');
    await expect.poll(message).toBe('import.cancelled');
  });

  it('a workbook is read in the worker too (with a formula-like cell kept as text)', async () => {
    const { page } = session;
    const path = join(mkdtempSync(join(tmpdir(), 'ntm-xlsx-')), 'bang.xlsx');
    await writeXlsxFile([
      [{ value: 'Mã xã' }, { value: 'Mức độ' }, { value: 'Sở ngành hỗ trợ' }],
      [{ value: KHANH_PHU }, { value: 'Đạt chuẩn NTM' }, { value: '-Sở Xây dựng', type: String }],
    ] as never).toFile(path);
    await page.setInputFiles('#import-table', path);
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog .import-summary')).toMatch(/^1 khớp/);
    expect(await page.locator('.import-dialog .preview td').allTextContents()).toContain('-Sở Xây dựng');
    await page.click('.import-dialog .dialog-actions button:not(.primary)');
    await expect.poll(message).toBe('import.cancelled');
  });

  it('formula cells are imported as text and exported neutralised; markup in a backup stays text', async () => {
    const { page } = session;
    await page.setInputFiles('#import-table', files['formula.csv']);
    await page.waitForSelector('.import-dialog .import-summary');
    await page.click('#import-apply');
    await expect.poll(message).toBe('data.saved');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`"'=1+1"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).not.toMatch(/(^|,)[=@]/m);

    await page.setInputFiles('#import-json', files['hostile-valid.json']);
    await expect.poll(message).toBe('data.restored');
    expect(await page.locator('ol.history li').first().textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.locator('ol.history img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(session.pageErrors).toEqual([]);
  });
});
