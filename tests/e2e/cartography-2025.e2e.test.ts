/**
 * Cartography of the units over time (issue 16, item 2): in a 2025 province view the old provinces are outlined
 * from the 2025 communes themselves (the same vertices as the communes drawn, not the coarser national layer);
 * Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) are drawn and named on the national views and the Đà Nẵng and
 * Khánh Hòa views, in an inset when the frame leaves them out, and in the PNG exports; the national overview of
 * the pre-2025 provinces has no hole where Quảng Ninh is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startSession, waitForCommunes2025, waitForMap, type Session } from './harness';

const today = new Date().toISOString().slice(0, 10);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});
afterAll(async () => {
  await session?.close();
});

/** The map source's features (all, on screen or not). */
const sourceData = (id: string) =>
  session.page.evaluate(async (source) => {
    const s = window.ntmMap!.map.getSource(source) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
    return (await s.getData()).features.map((f) => ({ properties: f.properties ?? {}, geometry: f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon }));
  }, id);

const vertices = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);

/** Downloads the map as PNG; returns its width and height. */
async function exportPng(name: string): Promise<{ width: number; height: number }> {
  const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.click('#export-png')]);
  const path = join(artifactsDir, name);
  await download.saveAs(path);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('old provinces and archipelagos on the maps', () => {
  it('outlines Hà Nam, Nam Định and Ninh Bình inside today’s Ninh Bình on the vertices of its communes', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh&units=${today}`);
    await waitForCommunes2025(page, '37');
    const members = await sourceData('reform-members');
    expect(members.map((f) => f.properties.code)).toEqual(['35', '36', '37']);
    // From the 2025 province file (the national layer's provinces carry no commune count).
    const communes = await sourceData('new-communes');
    expect(members.reduce((n, f) => n + Number(f.properties.communes), 0)).toBe(communes.length);
    // Every vertex of an old province's outline is a vertex of a commune drawn: coasts and borders line up.
    const communeVertices = new Set(communes.flatMap((f) => vertices(f.geometry)).map((p) => p.join(',')));
    const outlineVertices = members.flatMap((f) => vertices(f.geometry));
    expect(outlineVertices.length).toBeGreaterThan(500);
    expect(outlineVertices.filter((p) => !communeVertices.has(p.join(',')))).toEqual([]);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await waitForCommunes2025(page, '37');
      await page.screenshot({ path: join(artifactsDir, `cartography-ninh-binh-${size.width}.png`) });
    }
    await page.setViewportSize(SIZES[0]);
    const png = await exportPng('cartography-ninh-binh-export.png');
    expect(png.width).toBeGreaterThanOrEqual(1366);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows Trường Sa in an inset of the Khánh Hòa view and its PNG (the frame is on the mainland)', async () => {
    const { page } = session;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(`${session.baseUrl}?province=ninh-thuan&units=${today}`);
      await waitForCommunes2025(page, '56');
      await expect.poll(() => page.getAttribute('.islands-inset', 'data-islands')).toBe('22736');
      expect(await page.isVisible('.islands-inset')).toBe(true);
      expect((await page.textContent('.islands-inset'))?.replace(/\s+/g, ' ')).toContain('Trường Sa');
      expect(await page.locator('.islands-inset path').count()).toBe(1);
      await page.screenshot({ path: join(artifactsDir, `cartography-khanh-hoa-${size.width}.png`) });
    }
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${session.baseUrl}?province=ninh-thuan&units=${today}`);
    await waitForCommunes2025(page, '56');
    await exportPng('cartography-khanh-hoa-export.png');
    // The outline of the old provinces comes from the province file here too.
    expect((await sourceData('reform-members')).map((f) => [f.properties.code, f.properties.province])).toEqual([
      ['56', '56'],
      ['58', '56'],
    ]);
  });

  it('draws Quảng Ninh and both archipelagos on the national overview of the pre-2025 provinces, exported too', async () => {
    const { page } = session;
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${session.baseUrl}?province=toan-quoc`);
    await waitForMap(page, 'national');
    const provinces = await sourceData('national-provinces');
    const quangNinh = provinces.find((f) => f.properties.code === '22');
    expect(quangNinh?.properties.name).toBe('Tỉnh Quảng Ninh');
    expect(vertices(quangNinh!.geometry).length).toBeGreaterThan(100);
    // The archipelagos' islets are kept whole (offshore parts of Đà Nẵng and Khánh Hòa).
    const offshore = (code: string) =>
      (provinces.find((f) => f.properties.code === code)!.geometry as GeoJSON.MultiPolygon).coordinates.filter((p) => p[0].every(([lon]) => lon > 110.5));
    expect(offshore('48').length).toBeGreaterThan(10);
    expect(offshore('56').length).toBeGreaterThan(10);
    const labels = await page.$$eval('.map-label.national', (els) => els.map((e) => e.textContent));
    expect(labels).toEqual(expect.arrayContaining(['Hoàng Sa (Đà Nẵng)', 'Trường Sa (Khánh Hòa)']));
    const png = await exportPng('cartography-national-2024-export.png');
    expect(png.height).toBeGreaterThan(768);
    // On a phone the frame leaves them out: both in the inset.
    await page.setViewportSize(SIZES[2]);
    await expect.poll(() => page.getAttribute('.islands-inset', 'data-islands')).toBe('20333,22736');
    await page.screenshot({ path: join(artifactsDir, 'cartography-national-2024-390.png') });
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}`);
    await waitForMap(page, 'national:2025');
    await expect.poll(() => page.getAttribute('.islands-inset', 'data-islands')).toBe('20333,22736');
    await page.screenshot({ path: join(artifactsDir, 'cartography-national-2025-390.png') });
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}`);
    await waitForMap(page, 'national:2025');
    await exportPng('cartography-national-2025-export.png');
    expect(session.pageErrors).toEqual([]);
  });
});
