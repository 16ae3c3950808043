/**
 * Issue 16, the screen layout leftovers. (1) A province whose frame includes islands (Khánh Hòa, Đà Nẵng, Quảng
 * Ngãi, Kiên Giang / An Giang, Quảng Ninh, Hải Phòng), before and after 1 July 2025, is framed inside the part of
 * the map its legend, titles, buttons and the islands inset leave free, and centred in it (on a phone too: the 2025
 * Khánh Hòa sat against the right edge beside its legend). (2) Hoàng Sa and Trường Sa are drawn whole on every
 * national view and tier, in the frame or in the inset. (3) Presentation says in words which filters dim the map,
 * and its legend counts read shown/total. Boxes come from the app's own boundary files; screenshots to test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { matchingDistricts } from '../../src/domain/filters';
import { districtStatus } from '../../src/domain/views';
import { createTranslator, type MessageKey } from '../../src/i18n/i18n';
import { ISLANDS_2025 } from '../../src/map/layers/national-2025';
import { artifactsDir, repoRoot, settleMap, startSession, type Session } from './harness';

const generated = join(repoRoot, 'public/generated');
const readTopology = (path: string) => JSON.parse(readFileSync(join(generated, path), 'utf8')) as Topology;
const oldProvinces = JSON.parse(readFileSync(join(generated, 'provinces.json'), 'utf8')) as { code: string; slug: string }[];
const newProvinces = JSON.parse(readFileSync(join(generated, 'new-provinces.json'), 'utf8')) as { code: string; members: string[] }[];
const index2025 = JSON.parse(readFileSync(join(generated, '2025/index.json'), 'utf8')) as { code: string; slug: string }[];
const ARCHIPELAGO_CODES: string[] = ISLANDS_2025.map((i) => i.code);
const ARCHIPELAGO_DISTRICTS = /Hoàng Sa|Trường Sa/u;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const featuresOf = (topology: Topology, object: string) =>
  (
    feature(topology, topology.objects[object] as GeometryCollection) as unknown as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string; name: string; province?: string }
    >
  ).features;

/** The area framed for a province: its districts (before 1 July 2025) or today's communes, without the far archipelagos. */
function provinceArea(slug: string, units2025: boolean): { painted: string; box: number[] } {
  const old = oldProvinces.find((p) => p.slug === slug);
  const hasDistricts =
    old &&
    !units2025 &&
    (() => {
      try {
        readFileSync(join(generated, 'boundaries', `${old.code}.topo.json`));
        return true;
      } catch {
        return false;
      }
    })();
  if (old && hasDistricts) {
    const districts = featuresOf(readTopology(`boundaries/${old.code}.topo.json`), 'districts').filter(
      (f) => !ARCHIPELAGO_DISTRICTS.test(f.properties.name.normalize('NFC')),
    );
    return { painted: `${slug}:`, box: bbox({ type: 'FeatureCollection', features: districts }) };
  }
  const code = old ? newProvinces.find((n) => n.members.includes(old.code))!.code : index2025.find((p) => p.slug === slug)!.code;
  // The province's outline without the parts inside the box of the special zone of Hoàng Sa or Trường Sa (drawn in the inset).
  const topology = readTopology(`2025/communes/${code}.topo.json`);
  const zones = featuresOf(topology, 'communes')
    .filter((f) => ARCHIPELAGO_CODES.includes(f.properties.code))
    .map((f) => bbox(f));
  const outline = featuresOf(topology, 'provinces').find((f) => f.properties.code === code)!;
  const polygons: Position[][][] = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  const within = (p: Position[][], z: number[]) => p[0].every(([lon, lat]) => lon >= z[0] && lon <= z[2] && lat >= z[1] && lat <= z[3]);
  const near: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons.filter((p) => !zones.some((z) => within(p, z))) },
  };
  return { painted: `reform:${code}`, box: bbox(near) };
}

/** Each archipelago's islands (every polygon east of 110.5°E of Đà Nẵng and Khánh Hòa) as a box, by the inset's codes. */
function archipelagoBoxes(topology: Topology): { code: string; box: number[] }[] {
  const provinces = featuresOf(topology, 'provinces');
  return ISLANDS_2025.map((island) => {
    const f = provinces.find((p) => p.properties.code === island.province)!;
    const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const offshore = polygons.filter((p) => p[0].every(([lon]) => lon > 110.5));
    expect(offshore.length, island.name).toBeGreaterThan(0);
    const ring: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: offshore } };
    return { code: island.code, box: bbox(ring) };
  });
}

/** The map canvas, a lon/lat box on screen, and what is docked over the map, in page pixels. */
async function measure(page: Page, box: number[]): Promise<{ canvas: Rect; area: Rect; overlays: { name: string; rect: Rect }[] }> {
  return page.evaluate((b) => {
    const map = window.ntmMap!.map;
    const c = map.getCanvas().getBoundingClientRect();
    const p = map.project([b[0], b[3]]);
    const q = map.project([b[2], b[1]]);
    const selectors = [
      '.legend',
      '.map-title',
      '.map-empty',
      '.update-prompt',
      '.islands-inset',
      '.maplibregl-ctrl-top-right',
      '.maplibregl-ctrl-bottom-right',
    ];
    const overlays: { name: string; rect: Rect }[] = [];
    for (const selector of selectors)
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        overlays.push({ name: selector, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } });
      }
    return {
      canvas: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
      area: { left: c.left + Math.min(p.x, q.x), right: c.left + Math.max(p.x, q.x), top: c.top + Math.min(p.y, q.y), bottom: c.top + Math.max(p.y, q.y) },
      overlays,
    };
  }, box);
}

const intersects = (a: Rect, b: Rect, tolerance = 1) =>
  a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
const inside = (a: Rect, b: Rect, tolerance = 1) =>
  a.left >= b.left - tolerance && a.right <= b.right + tolerance && a.top >= b.top - tolerance && a.bottom <= b.bottom + tolerance;

const PROVINCES = ['khanh-hoa', 'da-nang', 'quang-ngai', 'kien-giang', 'quang-ninh', 'hai-phong'];
const FRAME_SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

describe.each(FRAME_SIZES)('provinces with islands framed in the free part of the map at $width×$height', (size) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(size);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(PROVINCES.flatMap((slug) => [false, true].map((units2025) => ({ slug, units2025 }))))(
    '$slug (2025 units: $units2025): inside the free area, centred between what is docked left and right of it',
    async ({ slug, units2025 }) => {
      const { page } = session;
      const { painted, box } = provinceArea(slug, units2025);
      await page.goto(`${session.baseUrl}?province=${slug}&view=level${units2025 ? '&units=2025-07-01' : ''}`);
      await settleMap(page, painted);
      const { canvas, area, overlays } = await measure(page, box);
      await page.screenshot({ path: join(artifactsDir, `frame-${slug}-${units2025 ? '2025' : 'plan'}-${size.width}.png`) });
      expect(inside(area, canvas), JSON.stringify({ area, canvas })).toBe(true);
      expect(overlays.filter((o) => intersects(o.rect, area)).map((o) => o.name)).toEqual([]);
      // The free band at the area's height: from the nearest overlay on its left (or the map's edge) to the nearest on its right.
      const band = overlays.filter((o) => o.rect.top < area.bottom && o.rect.bottom > area.top);
      const left = Math.max(canvas.left, ...band.filter((o) => o.rect.right <= area.left + 1).map((o) => o.rect.right));
      const right = Math.min(canvas.right, ...band.filter((o) => o.rect.left >= area.right - 1).map((o) => o.rect.left));
      const [marginLeft, marginRight] = [area.left - left, right - area.right];
      expect(Math.abs(marginLeft - marginRight), JSON.stringify({ marginLeft, marginRight, area })).toBeLessThanOrEqual(Math.max(24, 0.08 * (right - left)));
      // Drawn large: the area fills the free band or the map's height.
      expect(Math.max((area.right - area.left) / (right - left), (area.bottom - area.top) / (canvas.bottom - canvas.top))).toBeGreaterThan(0.4);
      expect(session.pageErrors).toEqual([]);
    },
    120_000,
  );
});

const NATIONAL_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;
const NATIONAL_VIEWS = [
  { name: 'the 63 provinces (2024)', query: '', painted: 'national', topology: 'national.topo.json', tag: '2024' },
  { name: 'the 34 provinces', query: '&units=2025-07-01', painted: 'national:2025', topology: '2025/provinces.topo.json', tag: '34' },
  {
    name: 'the communes tier',
    query: '&units=2025-07-01&tier=commune',
    painted: 'national:2025:communes',
    topology: '2025/provinces.topo.json',
    tag: 'communes',
  },
];

describe.each(NATIONAL_SIZES)('Hoàng Sa and Trường Sa drawn whole on the national views at $width×$height', (size) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(size);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(NATIONAL_VIEWS)(
    '$name: each archipelago inside the map and under nothing, or in the inset',
    async (view) => {
      const { page } = session;
      await page.goto(`${session.baseUrl}?province=toan-quoc${view.query}`);
      await settleMap(page, view.painted);
      // The "ready offline" notice docks at the bottom once the service worker is active: measured with it.
      await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((done) => setTimeout(done, 10_000))]));
      await page.waitForTimeout(500);
      await settleMap(page, view.painted);
      // The inset follows the frame and the legends as they come: the same twice 300 ms apart.
      const readInset = () =>
        page.evaluate(() => {
          const el = document.querySelector<HTMLElement>('.islands-inset');
          if (!el || el.hidden) return null;
          const r = el.getBoundingClientRect();
          return { codes: (el.dataset.islands ?? '').split(','), rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
        });
      let inset = await readInset();
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(300);
        const again = await readInset();
        if (JSON.stringify(again) === JSON.stringify(inset)) break;
        inset = again;
      }
      await page.screenshot({ path: join(artifactsDir, `national-islands-${view.tag}-${size.width}.png`) });
      const shownOnMap: string[] = [];
      for (const { code, box } of archipelagoBoxes(readTopology(view.topology))) {
        const { canvas, area, overlays } = await measure(page, box);
        if (inset?.codes.includes(code)) {
          expect(inside(inset.rect, canvas)).toBe(true);
          expect(overlays.filter((o) => o.name !== '.islands-inset' && intersects(o.rect, inset.rect)).map((o) => o.name)).toEqual([]);
          continue;
        }
        expect(inside(area, canvas), `${code} ${JSON.stringify({ area, canvas })}`).toBe(true);
        expect(overlays.filter((o) => intersects(o.rect, area)).map((o) => o.name)).toEqual([]);
        shownOnMap.push(code);
      }
      // A laptop and a projector show them in the frame; a phone frames the mainland and insets what that leaves out (Trường Sa at least).
      if (size.width >= 1366) expect(shownOnMap.sort()).toEqual([...ARCHIPELAGO_CODES].sort());
      else expect(inset?.codes).toContain('22736');
      expect(session.pageErrors).toEqual([]);
    },
    120_000,
  );
});

describe('presentation says which filters dim the map', () => {
  const t = createTranslator('vi');
  const model = loadProvinceModel('ninh-binh');
  // The level most districts have, not all: the filter keeps part of the province.
  const levels = [...new Set(model.districts.map((d) => districtStatus(model, d.code).level))];
  const kept = (l: (typeof levels)[number]) => matchingDistricts(model, { levels: [l] }).size;
  const level = levels.filter((l) => kept(l) < model.districts.length).sort((a, b) => kept(b) - kept(a))[0];
  const count = matchingDistricts(model, { levels: [level] }).size;

  it.each(NATIONAL_SIZES)(
    'Ninh Bình filtered by level at $width×$height: the title bar in words, the legend shown/total',
    async (size) => {
      const session = await startSession(size);
      try {
        const { page } = session;
        await page.goto(`${session.baseUrl}?province=ninh-binh&view=level&year=2024&levels=${level}&present=1`);
        await settleMap(page, 'ninh-binh:level:2024');
        const note = page.locator('.present-title .present-filter');
        await note.waitFor();
        const expected = t('present.filtered.district', { filter: t(`level.${level}` as MessageKey), count, total: model.districts.length });
        expect(await note.textContent()).toBe(expected);
        const box = await note.boundingBox();
        expect(box!.width).toBeGreaterThan(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width + 0.5);
        // Legend counts as shown/total, the shown ones adding up to the filter's count.
        const counts = await page.$$eval('.present-legend li .muted', (els) => els.map((e) => e.textContent ?? ''));
        expect(counts.length).toBeGreaterThan(0);
        const parsed = counts.map((c) => /^\((\d+)\/(\d+)\)$/u.exec(c));
        expect(parsed.every(Boolean), counts.join(' ')).toBe(true);
        expect(parsed.reduce((sum, m) => sum + Number(m![1]), 0)).toBe(count);
        await page.screenshot({ path: join(artifactsDir, `present-filtered-ninh-binh-${size.width}.png`) });
        // Without a filter the title bar says nothing of it.
        await page.goto(`${session.baseUrl}?province=ninh-binh&view=level&year=2024&present=1`);
        await settleMap(page, 'ninh-binh:level:2024');
        await page.locator('.present-title').waitFor();
        expect(await page.locator('.present-filter').count()).toBe(0);
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.close();
      }
    },
    120_000,
  );
});
