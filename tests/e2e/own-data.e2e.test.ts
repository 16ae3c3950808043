/**
 * A coordination office brings its own data for Ninh Bình: commune polygons and a status table; sees the
 * communes coloured, edits one, reloads and finds the edit; bad files are refused without touching the data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCommunes } from '../fixtures/synthetic-communes';
import { artifactsDir, repoRoot, startSession, waitForMap, type Session } from './harness';
import type { ProvinceHistory } from '../../src/domain/history';

import { LEVEL_COLOURS, NO_DATA_FILL } from '../../src/ui/level-colours';
const LEVEL_FILL = LEVEL_COLOURS;

let session: Session;
const dir = mkdtempSync(join(tmpdir(), 'ntm-own-data-'));
const communes = syntheticCommunes('37');
const code = (name: string, district: string) =>
  communes.features.find((f) => f.properties.ten_xa === name && f.properties.ten_huyen === district)!.properties.ma_xa;
const khanhPhu = code('Xã Khánh Phú', 'Huyện Yên Khánh');
const khanhHong = code('Xã Khánh Hồng', 'Huyện Yên Khánh');
const gianTan = code('Xã Gia Tân', 'Huyện Gia Viễn');

beforeAll(async () => {
  writeFileSync(join(dir, 'ranh-gioi-xa-ninh-binh.geojson'), JSON.stringify(communes));
  const csv = [
    'Mã xã;Tên xã;Huyện;Mức độ;Năm công nhận;Số tiêu chí',
    ';khanh phu;Yen Khanh;NTM nâng cao;2024;19/19',
    `${khanhHong};Xã Khánh Hồng;;Đạt chuẩn NTM;2022;19/19`,
    ';GIA TÂN;Huyện Gia Viễn;NTM nâng cao;2024;19/19',
    ';Xã Không Tồn Tại;Yên Khánh;Đạt chuẩn NTM;;',
    ';<img src=x onerror="window.__xss=1">;Yên Khánh;Đạt chuẩn NTM;;',
  ].join('\r\n');
  writeFileSync(join(dir, 'trang-thai.csv'), '\uFEFF' + csv);
  writeFileSync(join(dir, 'rong.csv'), '');
  writeFileSync(join(dir, 'tinh-khac.json'), JSON.stringify({ format: 'ntm-map-overlay', version: 1, provinceCode: '38', units: {}, history: [] }));
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const fillOf = (code: string) => session.page.evaluate((c) => window.ntmMap!.paintOf('communes', c).fill, code);

describe('bring your own data', () => {
  it('imports commune polygons and a status table, edits a commune, and keeps it after reload', async () => {
    const { page } = session;
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    await page.click('#tab-data');
    await page.fill('#user-name', 'Nguyễn Thị Bình');

    // Bad files first: clear messages, nothing changes.
    await page.setInputFiles('#import-table', join(dir, 'rong.csv'));
    await expect.poll(() => page.textContent('[data-message]')).toBe('Tệp rong.csv rỗng.');
    await page.setInputFiles('#import-json', join(dir, 'tinh-khac.json'));
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('overlay.error.province');

    // Commune boundaries: parsed in a worker, every commune joined by code.
    await page.setInputFiles('#import-boundaries', join(dir, 'ranh-gioi-xa-ninh-binh.geojson'));
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog .import-summary')).toBe(
      `${communes.features.length} khớp · 0 trùng tên · 0 không tìm thấy · 0 không hợp lệ · 0 trùng đơn vị`,
    );
    await page.click('#import-apply');
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('data.boundariesSaved');
    expect(await page.isChecked('input[name=tier][value=commune]')).toBe(true);
    await waitForMap(page, 'ninh-binh:level:2024:communes');
    expect(await fillOf(khanhPhu)).toBe(NO_DATA_FILL);

    // Status table: names without diacritics, a code, one unknown name, one name with markup.
    await page.setInputFiles('#import-table', join(dir, 'trang-thai.csv'));
    await page.waitForSelector('.import-dialog .import-summary');
    expect(await page.textContent('.import-dialog .import-summary')).toBe('3 khớp · 0 trùng tên · 2 không tìm thấy · 0 không hợp lệ · 0 trùng đơn vị');
    const problems = await page.locator('.import-problems li').allTextContents();
    expect(problems).toEqual([
      'Dòng 5: Không tìm thấy "Xã Không Tồn Tại" trong Huyện Yên Khánh',
      'Dòng 6: Không tìm thấy "<img src=x onerror="window.__xss=1">" trong Huyện Yên Khánh',
    ]);
    expect(await page.locator('.import-dialog img').count()).toBe(0);
    await page.click('#import-apply');
    await expect.poll(() => page.textContent('[data-message]')).toBe('Đã lưu 3 thay đổi.');
    await expect.poll(() => fillOf(khanhPhu)).toBe(LEVEL_FILL['ntm-advanced']);
    expect(await fillOf(gianTan)).toBe(LEVEL_FILL['ntm-advanced']);
    expect(await fillOf(khanhHong)).toBe(LEVEL_FILL.ntm);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Edit Khánh Hồng from its panel: kiểu mẫu.
    await page.click('#tab-overview');
    await page.fill('#unit-search', 'khanh hong');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.focused-commune[data-commune="${khanhHong}"]`);
    await page.click(`details.edit-unit[data-unit="${khanhHong}"] summary`);
    await page.selectOption(`details.edit-unit[data-unit="${khanhHong}"] select[name=level]`, 'ntm-model');
    await page.fill(`details.edit-unit[data-unit="${khanhHong}"] input[name=year]`, '2025');
    await page.click(`details.edit-unit[data-unit="${khanhHong}"] button[type=submit]`);
    await expect.poll(() => fillOf(khanhHong)).toBe(LEVEL_FILL['ntm-model']);
    await page.mouse.move(5, 500);
    await page.screenshot({ path: join(artifactsDir, 'communes-after-edit.png') });

    // Reload: boundaries, import and edit are all still there.
    await page.reload();
    await waitForMap(page, 'ninh-binh:level:2024:communes');
    expect(await fillOf(khanhHong)).toBe(LEVEL_FILL['ntm-model']);
    expect(await fillOf(khanhPhu)).toBe(LEVEL_FILL['ntm-advanced']);

    // From 1 July 2025 the imported communes are merged (turf, in a worker) into the new communes they became,
    // coloured by what their predecessors reached; a click opens the new commune's predecessors.
    const unitHistory = JSON.parse(readFileSync(join(repoRoot, 'public/generated/history/37.json'), 'utf8')) as ProvinceHistory;
    const expectedNew = new Set(unitHistory.crosswalk.filter((r) => r.newCode).map((r) => r.newCode));
    const hongNew = unitHistory.crosswalk.find((r) => r.oldCode === khanhHong)!.newCode!;
    await page.fill('#units-date', '01/07/2025');
    await waitForMap(page, 'reform:37:communes');
    const drawnNew = await page.evaluate(() => new Set(window.ntmMap!.map.querySourceFeatures('new-communes').map((f) => String(f.properties.code))).size);
    expect(drawnNew).toBe(expectedNew.size);
    const hongState = await page.evaluate((c) => window.ntmMap!.map.getFeatureState({ source: 'new-communes', id: c }), hongNew);
    expect(hongState.fill).toBe(LEVEL_FILL['ntm-model']);
    expect(hongState.partial).toBe(true);
    // Find where the new commune is drawn and click it there.
    const at = await page.evaluate((c) => {
      const map = window.ntmMap!.map;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      for (let y = 10; y < rect.height; y += 8) {
        for (let x = 10; x < rect.width; x += 8) {
          const hit = map.queryRenderedFeatures([x, y], { layers: ['new-commune-fill'] })[0];
          if (hit && String(hit.properties.code) === c) return { x: rect.left + x, y: rect.top + y };
        }
      }
      return null;
    }, hongNew);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    const hongNewName = unitHistory.newCommunes.find((c) => c.code === hongNew)!.name;
    await expect.poll(() => page.textContent('.tooltip')).toContain(hongNewName);
    expect(await page.textContent('.tooltip')).toContain('Xã Khánh Hồng');
    await page.mouse.click(at!.x, at!.y);
    const entry = page.locator(`li[data-new-commune="${hongNew}"]`);
    await expect.poll(() => entry.locator(`[data-predecessor="${khanhHong}"]`).count()).toBe(1);
    expect(await page.evaluate((c) => window.ntmMap!.map.getFeatureState({ source: 'new-communes', id: c }).focused, hongNew)).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'ninh-binh-new-communes.png') });
    await page.click('#units-plan');
    await waitForMap(page, 'ninh-binh:level:2024:communes');
    await page.click('#tab-data');
    // The Data tab's code loads when the tab is first opened (issue 19).
    await page.locator('ol.history li').first().waitFor();
    const history = await page.locator('ol.history li').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^Nguyễn Thị Bình · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Xã Khánh Hồng: 2 thay đổi$/);
    expect(history[1]).toMatch(/trang-thai\.csv: 9 thay đổi$/);

    // Export, reset (with confirmation), restore from the export: the same data comes back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay')]);
    const exported = join(dir, 'export.json');
    await download.saveAs(exported);
    const before = JSON.parse(readFileSync(exported, 'utf8'));
    await page.click('#reset');
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('data.resetDone');
    expect(await page.locator('ol.history li').count()).toBe(0);
    await page.setInputFiles('#import-json', exported);
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('data.restored');
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay')]);
    const reexported = join(dir, 'export-2.json');
    await again.saveAs(reexported);
    expect(JSON.parse(readFileSync(reexported, 'utf8'))).toEqual(before);

    // Undo the edit: Khánh Hồng back to the imported level (list view: boundaries were reset).
    await page.click('#undo');
    await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('data.undone');
    await page.click('#tab-overview');
    await expect.poll(() => page.getAttribute(`.commune-list li[data-commune="${khanhHong}"]`, 'data-category')).toBe('ntm');
    await page.screenshot({ path: join(artifactsDir, 'commune-list.png') });

    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
