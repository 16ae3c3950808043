/**
 * Across the mergers: Ninh Bình seen as of 30/06/2025 (thành phố Hoa Lư formed from TP Ninh Bình and
 * huyện Hoa Lư) and as of 01/07/2025 (the new Ninh Bình province with Hà Nam and Nam Định; new communes
 * with their predecessors). Expected values come from the generated history, itself built from the sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceHistory } from '../../src/domain/history';
import { inReadingOrder, newCommuneSummaries } from '../../src/domain/crosswalk';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { artifactsDir, repoRoot, startSession, waitForCommunes2025, waitForMap, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1600, height: 1000 });
});
afterAll(async () => {
  await session?.close();
});

const history = JSON.parse(readFileSync(join(repoRoot, 'public/generated/history/37.json'), 'utf8')) as ProvinceHistory;

/** Types the date as users do, day/month/year. */
async function setUnitsDate(date: string): Promise<void> {
  await session.page.fill('#units-date', date);
}

describe('units over time (Ninh Bình)', () => {
  it('switches the as-of date across 1 July 2025 and shows the new province and a new commune’s predecessors', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    // The plan's own units first, with a note that they have changed since.
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('plan');
    const planDistricts = await page.$$eval('#district-picker option', (o) => o.map((x) => x.textContent));
    expect(planDistricts).toContain('Thành phố Ninh Bình');
    expect(planDistricts).toContain('Huyện Hoa Lư');
    // Every district is labelled on the map, Hoa Lư too although it surrounds TP Ninh Bình (its label moves aside).
    // Labels are HTML text over the map: shown ones do not overlap and lie inside the map.
    const labels = await page.$$eval('.map-label.district.placed', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, visible: getComputedStyle(e).visibility };
      }),
    );
    expect(new Set(labels.map((l) => l.text))).toEqual(
      new Set(['Nho Quan', 'Gia Viễn', 'Hoa Lư', 'TP Ninh Bình', 'TP Tam Điệp', 'Yên Khánh', 'Yên Mô', 'Kim Sơn']),
    );
    const mapBox = (await page.locator('.map').boundingBox())!;
    for (const [i, a] of labels.entries()) {
      expect(a.visible).toBe('visible');
      expect(a.x0 >= mapBox.x && a.y0 >= mapBox.y && a.x1 <= mapBox.x + mapBox.width && a.y1 <= mapBox.y + mapBox.height, a.text).toBe(true);
      for (const b of labels.slice(i + 1)) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${a.text} / ${b.text}`).toBe(true);
    }

    // 30/06/2025: after the 2023–2025 rearrangement, before the reform.
    await setUnitsDate('30/06/2025');
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('rearranged');
    await expect.poll(() => new URL(page.url()).searchParams.get('units')).toBe('2025-06-30');
    const rearranged = await page.$$eval('#district-picker option', (o) => o.map((x) => x.textContent));
    expect(rearranged).toContain('Thành phố Hoa Lư');
    expect(rearranged).not.toContain('Thành phố Ninh Bình');
    expect(rearranged).toHaveLength(planDistricts.length - 1);
    await page.selectOption('#district-picker', '374');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Thành phố Hoa Lư');
    expect(await page.getAttribute('.rearranged-note', 'data-rearranged')).toBe('374');
    expect(await page.getAttribute('[data-merged-from]', 'data-merged-from')).toBe('369,374');
    // The plan's own words on the merger, with where they are.
    expect(await page.textContent('[data-plan-quote]')).toContain('thành phố hình thành sau hợp nhất thành phố Ninh Bình và huyện Hoa Lư');
    // One merged polygon on the map for the city.
    const features = await page.evaluate(() => window.ntmMap!.map.querySourceFeatures('districts').map((f) => String(f.properties.code)));
    expect(new Set(features)).toContain('374');
    expect(new Set(features).has('369')).toBe(false);

    // 01/07/2025: the new province, no district tier.
    await setUnitsDate('01/07/2025');
    await waitForCommunes2025(page, '37');
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('reform');
    expect(await page.isVisible('#district-picker')).toBe(false);
    const panel = await page.textContent('.new-units');
    expect(panel).toContain('Tỉnh Hà Nam');
    expect(panel).toContain('Tỉnh Nam Định');
    expect(panel).toContain(history.newProvince.name);
    // The old provinces forming the new one are drawn, Ninh Bình (the plan's) highlighted.
    const members = await page.evaluate(() =>
      window.ntmMap!.map.querySourceFeatures('reform-members').map((f) => ({
        code: String(f.properties.code),
        seed: Boolean(window.ntmMap!.map.getFeatureState({ source: 'reform-members', id: f.properties.code }).seed),
      })),
    );
    expect([...new Set(members.map((m) => m.code))].sort()).toEqual(['35', '36', '37']);
    expect(members.filter((m) => m.seed).every((m) => m.code === '37')).toBe(true);
    // Labelled by their old names; the districts' labels are gone with the districts.
    await expect
      .poll(() => page.$$eval('.map-label.reform.placed', (els) => els.map((e) => e.textContent).sort()))
      .toEqual(['Hà Nam (cũ)', 'Nam Định (cũ)', 'Ninh Bình (cũ)']);
    expect(await page.locator('.map-label.district.placed').count()).toBe(0);

    // One new commune: found by an old commune's name typed without diacritics.
    const ninhNhat = history.crosswalk.find((r) => r.oldName === 'Xã Ninh Nhất')!;
    expect(ninhNhat.newCode).toBeTruthy();
    const expected = history.crosswalk
      .filter((r) => r.newCode === ninhNhat.newCode)
      .map((r) => r.oldCode)
      .sort();
    await page.fill('#new-units-filter', 'ninh nhat');
    const item = page.locator(`li[data-new-commune="${ninhNhat.newCode}"]`);
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('button.new-commune-head').press('Enter');
    await expect.poll(() => item.locator('[data-predecessor]').count()).toBe(expected.length);
    const shown = (await item.locator('[data-predecessor]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-predecessor')))).sort();
    expect(shown).toEqual(expected);
    const text = await item.textContent();
    expect(text).toContain('Xã Ninh Nhất');
    expect(text).toContain(ninhNhat.newName!);
    expect(await page.getAttribute('[data-rule="new-communes"]', 'data-rule')).toBe('new-communes');
    await page.screenshot({ path: join(artifactsDir, 'ninh-binh-2025-07-01.png') });

    // Presentation in the new units: step through the new communes in reading order, predecessors shown large.
    const order = inReadingOrder(newCommuneSummaries(loadProvinceModel('ninh-binh'), history));
    await page.click('#present');
    await page.waitForSelector('.app.presenting .present-title');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#present-new-commune')).toBe(order[0].name);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#present-new-commune')).toBe(order[1].name);
    expect(await page.textContent('.present-side')).toContain(order[1].predecessors[0].name);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app:not(.presenting)');

    // The link restores the same units; back returns to 30/06/2025.
    await page.reload();
    await waitForCommunes2025(page, '37');
    expect(await page.inputValue('#units-date')).toBe('01/07/2025');
    expect(await page.getAttribute('#units-date', 'data-iso')).toBe('2025-07-01');
    // Back steps through the presentation entries, then to the units of 30/06/2025.
    for (let i = 0; i < 4 && (await page.getAttribute('#units-era', 'data-era', { timeout: 2000 }).catch(() => null)) !== 'rearranged'; i++) {
      await page.goBack();
      await page.waitForTimeout(300);
    }
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('rearranged');
    expect(new URL(page.url()).searchParams.get('units')).toBe('2025-06-30');
    await page.click('#units-plan');
    await expect.poll(() => page.getAttribute('#units-era', 'data-era')).toBe('plan');
    expect(new URL(page.url()).searchParams.get('units')).toBeNull();
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the 34 provinces of 1 July 2025 nationally and opens Ninh Bình in them', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=2025-07-01`);
    await waitForMap(page, 'national:2025');
    await expect.poll(() => page.locator('[data-new-province]').count()).toBe(34);
    const ninhBinh = page.locator('[data-new-province="37"]');
    expect(await ninhBinh.textContent()).toMatch(/Hà Nam.*Nam Định.*Ninh Bình/);
    // The 34 real outlines on the map (2025/provinces.topo.json; Quảng Ninh included).
    const drawn = await page.evaluate(() => new Set(window.ntmMap!.map.querySourceFeatures('national-provinces').map((f) => String(f.properties.code))).size);
    expect(drawn).toBe(34);
    await ninhBinh.locator('button[data-province="ninh-binh"]').click();
    await waitForCommunes2025(page, '37');
    expect(new URL(page.url()).searchParams.get('units')).toBe('2025-07-01');
    expect(await page.textContent('#panel-title')).toBe(history.newProvince.name);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
