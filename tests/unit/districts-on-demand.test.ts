/**
 * A province opened in the units of 1 July 2025 leaves its (pre-2025) districts out: they are fetched only once
 * the plan's units are asked for (issue 19: the 2025 first view neither fetches nor decodes them).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyOverlay } from '../../src/domain/overlay';
import { selectDistrictFeatures } from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';
import { tinyHistory, tinyModel } from '../fixtures/tiny-province';

/** Two districts of the made-up province 99, quantized as the build writes them. */
const TOPOLOGY = {
  type: 'Topology',
  transform: { scale: [0.001, 0.001], translate: [105, 20] },
  arcs: [
    [
      [0, 0],
      [1000, 0],
      [0, 1000],
      [-1000, 0],
      [0, -1000],
    ],
    [
      [1000, 0],
      [1000, 0],
      [0, 1000],
      [-1000, 0],
    ],
  ],
  objects: {
    districts: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '901', name: 'Huyện Một', provinceCode: '99' } },
        { type: 'Polygon', arcs: [[1, -1]], properties: { code: '902', name: 'Huyện Hai', provinceCode: '99' } },
      ],
    },
  },
};

function storeIn2025() {
  const store = createAppStore();
  store.setState({
    provinces: [{ code: '99', name: 'Tỉnh Thử', slug: 'thu', bbox: [105, 20, 107, 21], districtCount: 2 }],
    provinceSlug: 'thu',
    baseModel: tinyModel(),
    overlay: emptyOverlay('99'),
    history: tinyHistory(),
    topology: null,
    unitsAsOf: '2025-07-01',
    status: 'ready',
  });
  return store;
}

function stubFetch() {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(String(url));
      if (String(url).endsWith('generated/boundaries/99.topo.json')) return new Response(JSON.stringify(TOPOLOGY));
      return new Response('not found', { status: 404 });
    }),
  );
  return urls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('districts on demand', () => {
  it('are not fetched while the 2025 units are shown, and are fetched and drawn once the plan units are', async () => {
    const urls = stubFetch();
    const store = storeIn2025();
    await store.getState().setUnitsAsOf('2025-08-01');
    expect(urls.filter((u) => u.includes('boundaries/'))).toEqual([]);
    expect(selectDistrictFeatures(store.getState())).toBe(null);

    await store.getState().setUnitsAsOf(null);
    await vi.waitFor(() => expect(store.getState().topology).not.toBe(null));
    expect(urls.filter((u) => u.includes('boundaries/'))).toEqual(['/generated/boundaries/99.topo.json']);
    expect(selectDistrictFeatures(store.getState())?.features.map((f) => f.properties.code)).toEqual(['901', '902']);
    // In absolute coordinates (one copy of the geometry kept, src/geo/topology.ts).
    expect(store.getState().topology?.transform).toBeUndefined();

    // Already in: not fetched again.
    await store.getState().setUnitsAsOf('2025-07-01');
    await store.getState().ensureDistricts();
    expect(urls.filter((u) => u.includes('boundaries/')).length).toBe(1);
  });

  it('are fetched once when asked for twice while the first fetch is on its way', async () => {
    const urls = stubFetch();
    const store = storeIn2025();
    await Promise.all([store.getState().ensureDistricts(), store.getState().ensureDistricts()]);
    expect(urls.filter((u) => u.includes('boundaries/')).length).toBe(1);
    expect(store.getState().topology).not.toBe(null);
  });
});
