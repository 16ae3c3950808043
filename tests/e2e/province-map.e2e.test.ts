/**
 * A leader opens the built app, picks Thanh Hóa, looks at the 2024 registrations, clicks a district
 * on the map and reads its panel: the figures must be those printed in the plan's district table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithSeeds, seeds } from '../seeds';
import { artifactsDir, chooseView, startSession, waitForMap, type Session } from './harness';
import { LEVEL_COLOURS, NO_DATA_FILL } from '../../src/ui/level-colours';

/** The Quảng Xương row of the Thanh Hóa plan's district table, read straight from the seed document. */
function quangXuongRow(): { cells: string[]; agency: string } {
  const text = readFileSync(join(seeds, '002_c073d1be46187867.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.split('\t')[1] === 'Quảng Xương');
  if (!line) throw new Error('Quảng Xương row not found in the Thanh Hóa plan');
  const cells = line.split('\t');
  return { cells, agency: cells[10].trim() };
}

let session: Session;
/** Target label → figures, as the Quảng Xương panel shows them. */
const shownTargets = new Map<string, string>();

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('Thanh Hóa in the browser', () => {
  it('shows the district map, the 2024 registrations and a district panel that matches the plan', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.waitForSelector('.app[data-status="ready"]', { timeout: 60_000 });

    // A bare link opens the most informative place (first sight): Quảng Nam's 2025 registrations, every district coloured.
    await waitForMap(page, 'quang-nam:registration:2025');
    expect(await page.textContent('.map-title')).toContain('Tỉnh Quảng Nam — Đăng ký năm 2025');

    await page.selectOption('#province-picker', 'thanh-hoa');
    await chooseView(page, 'level');
    await waitForMap(page, 'thanh-hoa:level:2024');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Tỉnh Thanh Hóa');

    // 27 districts drawn and painted.
    const drawn = await page.evaluate(() => window.ntmMap!.map.querySourceFeatures('districts').map((f) => f.properties.code as string));
    expect(new Set(drawn).size).toBe(27);

    // Registration view, 2024: changes colours through feature-state, no source reload.
    const sourceLoads = await page.evaluate(() => {
      const w = window as unknown as { __sourceLoads: number };
      w.__sourceLoads = 0;
      window.ntmMap!.map.on('sourcedata', (e) => {
        if (e.sourceId === 'districts' && e.sourceDataType === 'metadata') w.__sourceLoads++;
      });
      return w.__sourceLoads;
    });
    await chooseView(page, 'registration');
    await waitForMap(page, 'thanh-hoa:registration:2024');
    const qxCode = '406';
    const qxFill = await page.evaluate((code) => window.ntmMap!.map.getFeatureState({ source: 'districts', id: code }).fill as string, qxCode);
    const vinhLocFill = await page.evaluate(() => window.ntmMap!.map.getFeatureState({ source: 'districts', id: '393' }).fill as string);
    // NTM nâng cao: its own 2024 registration (the 1 xã kiểu mẫu of its target row is a target, not a registration).
    expect(qxFill).toBe(LEVEL_COLOURS['ntm-advanced']);
    expect(vinhLocFill).toBe(NO_DATA_FILL); // Vĩnh Lộc: no registration for 2024
    expect(await page.evaluate(() => (window as unknown as { __sourceLoads: number }).__sourceLoads)).toBe(sourceLoads);
    await expect.poll(() => page.locator('.legend li[data-category="no-data"] .legend-label').textContent()).toBe('Kế hoạch không nêu');

    // Hover shows a tooltip, click selects the district.
    const point = await page.evaluate((code) => window.ntmMap!.districtPoint(code), qxCode);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.locator('.tooltip strong').textContent()).toBe('Huyện Quảng Xương');
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.textContent('#panel-title')).toBe('Huyện Quảng Xương');

    // The panel's targets, compared with the plan's own row below (where the plan documents are present).
    const panel = page.locator('.area-panel');
    for (const item of await panel.locator('li.target').all()) {
      shownTargets.set((await item.locator('.target-label').textContent())!.trim(), (await item.locator('.target-figures').textContent())!.trim());
    }
    expect(shownTargets.get('Xã NTM nâng cao (2024)')).toMatch(/^Kế hoạch năm: \+\d+$/);
    await expect.poll(() => panel.locator('ul.agencies li').allTextContents()).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
    // Its own registration: NTM nâng cao, dossier to the province in Quý III.
    const reg = panel.locator('tr[data-registration-id="th-reg-quang-xuong"]');
    await expect.poll(() => reg.locator('.badge').textContent()).toBe('NTM nâng cao');
    expect(await reg.textContent()).toContain('30/09/2024');

    // Agency view: with no agency picked, the number of agencies per district; its agency is in the picker.
    await chooseView(page, 'agency');
    await waitForMap(page, 'thanh-hoa:agency:2024');
    expect(await page.locator('.legend li .legend-label').allTextContents()).toContain('1 sở, ngành');
    const pickable = await page.locator('.agency-picker li[role=option] > span:first-child').allTextContents();
    expect(pickable).toContain('Sở Nông nghiệp và Phát triển nông thôn');
    await chooseView(page, 'registration');
    await waitForMap(page, 'thanh-hoa:registration:2024');
    await page.mouse.move(5, 500);

    await page.screenshot({ path: join(artifactsDir, 'thanh-hoa-registration-2024.png') });

    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  itWithSeeds("Quảng Xương's panel shows the figures printed in the plan's district table row", () => {
    // The row: TT, name, Huyện NTM, Huyện NC, Xã NTM, Xã NC, Xã KM, Thôn NTM, Thôn KM, OCOP, agency.
    const { cells, agency } = quangXuongRow();
    expect(shownTargets.get('Huyện NTM nâng cao (2024)')).toBe(`Kế hoạch năm: +${cells[3]}`);
    expect(shownTargets.get('Xã NTM nâng cao (2024)')).toBe(`Kế hoạch năm: +${cells[5]}`);
    expect(shownTargets.get('Xã NTM kiểu mẫu (2024)')).toBe(`Kế hoạch năm: +${cells[6]}`);
    expect(shownTargets.get('Thôn, bản NTM kiểu mẫu (2024)')).toBe(`Kế hoạch năm: +${cells[8]}`);
    expect(shownTargets.get('Số sản phẩm OCOP được xếp hạng (2024)')).toBe(`Kế hoạch năm: +${cells[9]}`);
    expect(shownTargets.size).toBe(cells.slice(2, 10).filter((c) => c.trim()).length);
    expect(agency).toBe('Sở Nông nghiệp và PTNT');
  });
});
