/**
 * Today's communes on the map (issue 14): each of the five plan provinces opened as of today in the units of
 * 1 July 2025, with the real commune polygons of its 2025 province (counts from the boundary index), a
 * commune's predecessors and colour checked against the crosswalk, the attribution, the 34 real provinces
 * nationally with Hoàng Sa and Trường Sa, and a status table imported by 5-digit codes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceHistory } from '../../src/domain/history';
import { buildProvince2025Model, communesOfTopology, type Province2025Entry } from '../../src/domain/communes-2025';
import { province2025Paint } from '../../src/domain/new-commune-plan';
import { ATTRIBUTION_2025 } from '../../src/domain/credits';
import { categoryColor } from '../../src/ui/scale';
import { newCommuneView } from '../../src/map/layers/communes-2025';
import type { MapView } from '../../src/domain/views';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { pointOnFeature } from '@turf/turf';
import { artifactsDir, repoRoot, startSession, waitForCommunes2025, waitForMap, type Session } from './harness';

const generated = join(repoRoot, 'public/generated');
const index = JSON.parse(readFileSync(join(generated, '2025/index.json'), 'utf8')) as Province2025Entry[];
const today = new Date().toISOString().slice(0, 10);

/** The 2025 province model as the app builds it, from the generated files (plans without the office's data). */
function expectedModel(newCode: string, oldSlug: string) {
  const topology = JSON.parse(readFileSync(join(generated, `2025/communes/${newCode}.topo.json`), 'utf8'));
  const model = loadProvinceModel(oldSlug);
  const history = JSON.parse(readFileSync(join(generated, `history/${model.province.code}.json`), 'utf8')) as ProvinceHistory;
  const entry = index.find((p) => p.code === newCode)!;
  return buildProvince2025Model(entry, communesOfTopology(topology, newCode), [{ model, history }]);
}

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});
afterAll(async () => {
  await session?.close();
});

const CASES = [
  { slug: 'thanh-hoa', newCode: '38', count: 166, members: ['38'] },
  { slug: 'ninh-binh', newCode: '37', count: 129, members: ['35', '36', '37'] },
  { slug: 'hai-duong', newCode: '31', count: 114, members: ['30', '31'] },
  { slug: 'ninh-thuan', newCode: '56', count: 65, members: ['56', '58'] },
  { slug: 'quang-nam', newCode: '48', count: 94, members: ['48', '49'] },
];

/** The codes in the map's source of today's communes (all of them, on screen or not: Hoàng Sa is off the frame). */
async function sourceCodes(): Promise<string[]> {
  return session.page.evaluate(async () => {
    const source = window.ntmMap!.map.getSource('new-communes') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
    const data = await source.getData();
    return [...new Set(data.features.map((f) => String(f.properties?.code)))].sort();
  });
}

/** Waits until today's communes of `newCode` are painted (coloured by `by`) and the map is idle. */
const waitForCommunes = (newCode: string, by: 'plans' | 'office' = 'plans') => waitForCommunes2025(session.page, newCode, by);

const fillOf = (code: string) =>
  session.page.evaluate(
    (id) => window.ntmMap!.map.getFeatureState({ source: 'new-communes', id }) as { fill?: string; partial?: boolean; split?: boolean },
    code,
  );

describe('today’s communes on the map', () => {
  for (const c of CASES) {
    it(`opens ${c.slug} as of today on the ${c.count} communes of its 2025 province, coloured by the crosswalk`, async () => {
      const { page } = session;
      await page.goto(`${session.baseUrl}?province=${c.slug}&units=${today}`);
      await waitForCommunes(c.newCode);
      const model = expectedModel(c.newCode, c.slug);
      expect(model.communes).toHaveLength(c.count);
      // Every commune of the 2025 province is drawn, and only those.
      expect(await sourceCodes()).toEqual(model.communes.map((x) => x.code).sort());
      expect(await page.getAttribute('.communes-2025', 'data-communes-2025')).toBe(String(c.count));
      // The old provinces forming it are outlined under the communes.
      const members = await page.evaluate(() =>
        [...new Set(window.ntmMap!.map.querySourceFeatures('reform-members').map((f) => String(f.properties.code)))].sort(),
      );
      expect(members).toEqual(c.members);
      // A commune formed from several planned communes: colour and predecessors as the crosswalk says.
      // The view and year the map is painted in (data-painted "reform:38:communes:plans:<view>:<year>").
      const [view, year] = (await page.getAttribute('.map', 'data-painted'))!.split(':').slice(-2);
      const paint = province2025Paint(model, newCommuneView(view as MapView), Number(year));
      const summary = [...model.summaries.values()].sort((a, b) => b.predecessors.length - a.predecessors.length)[0];
      expect(summary.predecessors.length).toBeGreaterThan(1);
      const expected = paint.get(summary.code)!;
      const state = await fillOf(summary.code);
      expect(state.fill).toBe(categoryColor(expected.category));
      expect(Boolean(state.split)).toBe(expected.partial);
      // A commune no planned commune went into (when there is one) is "no data", never "not achieved".
      const unplanned = model.communes.find((x) => !model.summaries.has(x.code));
      if (unplanned) expect((await fillOf(unplanned.code)).fill).toBe(categoryColor('no-data'));
      // Clicking it on the map opens its predecessors with their plan facts and citations.
      const point = await page.evaluate((code) => window.ntmMap!.communePoint2025(code), summary.code);
      expect(point).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      const panel = page.locator(`.new-commune-predecessors[data-new-commune="${summary.code}"]`);
      await expect.poll(() => panel.count()).toBe(1);
      const shown = (await panel.locator('[data-predecessor]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-predecessor')))).sort();
      expect(shown).toEqual([...summary.predecessors.map((p) => p.code), ...summary.otherPredecessors.map((o) => o.code)].sort());
      expect(await panel.getAttribute('data-category')).toBe(expected.category);
      // The attribution of the 2025 boundaries on the map.
      expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(ATTRIBUTION_2025);
      // Labelled: some communes' names are placed on the map.
      expect(await page.locator('.map-label.commune2025.placed').count()).toBeGreaterThan(5);
      await page.screenshot({ path: join(artifactsDir, `communes-2025-${c.slug}-1366.png`) });
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  }

  it('offers the 34 provinces of 1 July 2025 in the picker and opens one without a plan on its communes', async () => {
    const { page } = session;
    const options = await page.$$eval('#province-picker option', (o) => o.map((x) => x.getAttribute('value')));
    // The 34 provinces (Quảng Ninh opened by itself, from the 2025 files: provinces-2025.e2e.test.ts), and the national overview.
    expect(options.length).toBe(1 + 34);
    expect(options).toContain('quang-ninh');
    await page.selectOption('#province-picker', 'lai-chau');
    await waitForCommunes('12');
    const count = index.find((p) => p.code === '12')!.communeCount;
    expect((await sourceCodes()).length).toBe(count);
    expect(await page.getAttribute('[data-rule="no-plan-2025"]', 'data-rule')).toBe('no-plan-2025');
  });

  it('imports a status table keyed by the new 5-digit codes and colours today’s communes by level', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&units=${today}`);
    await waitForCommunes('38');
    const model = expectedModel('38', 'thanh-hoa');
    await page.fill('#user-name-2025', 'Kiểm thử');
    // Two communes, one by its code with the leading zero lost as spreadsheets do, one by name in NFD.
    const [a, b] = model.communes;
    const csv = ['Mã xã,Tên xã,Mức đạt chuẩn,Năm công nhận', `${Number(a.code)},,NTM nâng cao,2026`, `,${b.name.normalize('NFD')},NTM,2026`].join('\n');
    const file = join(artifactsDir, 'status-2025-thanh-hoa.csv');
    writeFileSync(file, csv);
    await page.setInputFiles('#import-status-2025', file);
    await waitForCommunes('38', 'office');
    expect(await page.getAttribute('.status-2025', 'data-status-2025')).toBe('2');
    expect((await fillOf(a.code)).fill).toBe(categoryColor('ntm-advanced'));
    expect((await fillOf(b.code)).fill).toBe(categoryColor('ntm'));
    expect((await fillOf(model.communes[2].code)).fill).toBe(categoryColor('no-data'));
    await page.screenshot({ path: join(artifactsDir, 'communes-2025-thanh-hoa-office.png') });
    // Kept on reload, under the 2025 key (not quarantined by the overlay validation).
    await page.reload();
    await waitForCommunes('38');
    await expect.poll(() => page.getAttribute('.status-2025', 'data-status-2025')).toBe('2');
  });

  it('draws the 34 real provinces nationally, Hoàng Sa and Trường Sa labelled as parts of Đà Nẵng and Khánh Hòa', async () => {
    const { page } = session;
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}`);
      await waitForMap(page, 'national:2025');
      const codes = await page.evaluate(() => [...new Set(window.ntmMap!.map.querySourceFeatures('national-provinces').map((f) => String(f.properties.code)))]);
      expect(codes).toHaveLength(34);
      expect(codes).toContain('22'); // Quảng Ninh
      const labels = await page.$$eval('.map-label.national', (els) => els.map((e) => e.textContent));
      expect(labels).toContain('Hoàng Sa (Đà Nẵng)');
      expect(labels).toContain('Trường Sa (Khánh Hòa)');
      expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(ATTRIBUTION_2025);
      await page.screenshot({ path: join(artifactsDir, `national-2025-${size.width}.png`) });
    }
    // Placed (shown) on the desktop map.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}`);
    await waitForMap(page, 'national:2025');
    const placed = await page.$$eval('.map-label.national.placed', (els) => els.map((e) => e.textContent));
    expect(placed).toContain('Hoàng Sa (Đà Nẵng)');
    expect(placed).toContain('Trường Sa (Khánh Hòa)');
    // The credits are one click away.
    await page.click('#credits-open');
    await expect.poll(() => page.isVisible('#credits-dialog [data-credits]')).toBe(true);
    expect(await page.textContent('#credits-dialog')).toContain('MIT');
    await page.click('#credits-close');
  });

  it('screenshots Thanh Hóa and Đà Nẵng at 1920×1080 and 390×844', async () => {
    const { page } = session;
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      for (const [slug, code] of [
        ['thanh-hoa', '38'],
        ['quang-nam', '48'],
      ]) {
        await page.goto(`${session.baseUrl}?province=${slug}&units=${today}`);
        await waitForCommunes(code);
        expect((await sourceCodes()).length).toBe(index.find((p) => p.code === code)!.communeCount);
        await page.screenshot({ path: join(artifactsDir, `communes-2025-${slug}-${size.width}.png`) });
      }
    }
  });

  it('draws all 3,321 of today’s communes nationally ("Xã" tier, in the link), the plan provinces’ coloured as their province maps', async () => {
    const { page } = session;
    const errorsBefore = session.pageErrors.length;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}&tier=commune`);
    const painted = await waitForNationalCommunes();
    // Every commune of the country is in the map's source (on screen or not), once.
    const features = await nationalCommunes();
    expect(features).toHaveLength(3321);
    expect(new Set(features.map((f) => f.code)).size).toBe(3321);
    // Hoàng Sa and Trường Sa drawn, in Đà Nẵng and Khánh Hòa, and labelled as parts of them.
    expect(features.find((f) => f.code === '20333')?.province).toBe('48');
    expect(features.find((f) => f.code === '22736')?.province).toBe('56');
    const labels = await page.$$eval('.map-label.national.placed', (els) => els.map((e) => e.textContent));
    expect(labels).toContain('Hoàng Sa (Đà Nẵng)');
    expect(labels).toContain('Trường Sa (Khánh Hòa)');
    // The 34 provinces and the two archipelagos are labelled (placed as room allows).
    expect(await page.locator('.map-label.national').count()).toBe(34 + 2);
    // The 2025 boundaries' attribution.
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(ATTRIBUTION_2025);
    // A commune of Đà Nẵng formed from Quảng Nam's planned communes: coloured by the rule of Đà Nẵng's own map,
    // in the view the national map is painted in ("national:2025:communes:registration:2024").
    const [view, year] = painted.split(':').slice(3);
    expect(['level', 'registration']).toContain(view);
    const model = expectedModel('48', 'quang-nam');
    const paint = province2025Paint(model, view as 'level' | 'registration', Number(year ?? 0));
    const coloured = [...paint.entries()].filter(([, p]) => p.category !== 'no-data');
    expect(coloured.length).toBeGreaterThan(0);
    const byCode = new Map(features.map((f) => [f.code, f]));
    for (const [code, p] of coloured) expect(byCode.get(code)?.fill).toBe(categoryColor(p.category));
    // Communes of a province without a plan are not "not achieved": neutral, and the legend says why.
    const laiChau = features.filter((f) => f.province === '12');
    expect(laiChau.length).toBe(index.find((p) => p.code === '12')!.communeCount);
    expect(new Set(laiChau.map((f) => f.fill))).toEqual(new Set([laiChau[0].fill]));
    expect(laiChau[0].fill).not.toBe(categoryColor('no-data'));
    const legend = page.locator('.national-communes-legend');
    expect(await legend.getAttribute('data-national-communes')).toBe('3321');
    const planned = index.filter((p) => ['31', '37', '38', '48', '56'].includes(p.code)).reduce((n, p) => n + p.communeCount, 0);
    expect(await legend.locator('[data-category="other-provinces"]').getAttribute('data-count')).toBe(String(3321 - planned));
    await page.mouse.move(2, 700);
    await page.screenshot({ path: join(artifactsDir, 'national-communes-2025-1366.png') });
    coloured2025 = { code: coloured[0][0], inside: features.find((f) => f.code === coloured[0][0])!.inside() };
    expect(session.pageErrors.slice(errorsBefore)).toEqual([]);
  }, 300_000);

  it('restores the communes tier from a link, and the "Tỉnh | Xã" toggle switches it with the link following', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}&tier=commune`);
    await waitForNationalCommunes();
    expect(new URL(page.url()).searchParams.get('tier')).toBe('commune');
    await page.reload();
    await waitForNationalCommunes();
    await page.click('label:has(> input[name=tier][value=district])');
    await waitForMap(page, 'national:2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('tier')).toBeNull();
    await page.click('label:has(> input[name=tier][value=commune])');
    await waitForNationalCommunes();
    await expect.poll(() => new URL(page.url()).searchParams.get('tier')).toBe('commune');
  }, 300_000);

  it('opens a commune’s province at that commune from a click on the national map (with its tooltip on hover)', async () => {
    const { page } = session;
    const errorsBefore = session.pageErrors.length;
    expect(coloured2025).not.toBeNull();
    const { code, inside } = coloured2025!;
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}&tier=commune`);
    await waitForNationalCommunes();
    // Zoomed in on it (in one step: the idle is awaited from before the move).
    await page.evaluate(
      (at) =>
        new Promise<void>((done) => {
          const map = window.ntmMap!.map;
          map.once('idle', () => done());
          map.jumpTo({ center: at, zoom: 10.5 });
        }),
      inside,
    );
    const point = await page.evaluate((at) => {
      const map = window.ntmMap!.map;
      const px = map.project(at);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + px.x, y: rect.top + px.y };
    }, inside);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.getAttribute('.tooltip[data-commune]', 'data-commune'), { timeout: 15_000 }).toBe(code);
    await page.mouse.click(point.x, point.y);
    await waitForCommunes('48');
    expect(new URL(page.url()).searchParams.get('province')).toBe('quang-nam');
    await expect.poll(() => page.locator(`.new-commune-predecessors[data-new-commune="${code}"]`).count(), { timeout: 15_000 }).toBe(1);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors.slice(errorsBefore)).toEqual([]);
  }, 300_000);

  it('screenshots the national communes at 1920×1080 and 390×844', async () => {
    const { page } = session;
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${session.baseUrl}?province=toan-quoc&units=${today}&tier=commune`);
      await waitForNationalCommunes();
      expect(await nationalCommunes()).toHaveLength(3321);
      await page.screenshot({ path: join(artifactsDir, `national-communes-2025-${size.width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 300_000);
});

/** A commune of Đà Nẵng coloured by the plans nationally (found by the first national test, clicked by a later one). */
let coloured2025: { code: string; inside: [number, number] } | null = null;

/** Waits until today's communes are painted nationally and the map is idle; returns the mark ("national:2025:communes:<view>[:<year>]"). */
async function waitForNationalCommunes(): Promise<string> {
  const { page } = session;
  await page.waitForSelector('.map[data-painted^="national:2025:communes:"]', { timeout: 60_000 });
  const painted = (await page.getAttribute('.map', 'data-painted'))!;
  await waitForMap(page, painted);
  return painted;
}

/** The communes in the national source: code, province, fill, and a point inside each (for a click). */
async function nationalCommunes(): Promise<{ code: string; province: string; fill: string; inside: () => [number, number] }[]> {
  const data = await session.page.evaluate(async () => {
    const source = window.ntmMap!.map.getSource('national-communes') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
    return (await source.getData()).features.map((f) => ({ properties: f.properties, geometry: f.geometry }));
  });
  return data.map((f) => {
    const p = f.properties as { code: string; province: string; fill: string };
    const inside = () => pointOnFeature({ type: 'Feature', properties: {}, geometry: f.geometry }).geometry.coordinates as [number, number];
    return { code: p.code, province: p.province, fill: p.fill, inside };
  });
}
