/** The store's slices, memoised selectors and effects (src/state), on a made-up province; no network, no IndexedDB. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyOverlay, applyChangeSet, makeChangeSet } from '../../src/domain/overlay';
import { selectDistrictFeatures, selectEra, selectModel, selectPlanModel, selectScene, selectShared, selectT } from '../../src/state/selectors';
import { coalesced, firstOf, syncUrl } from '../../src/state/effects/url';
import { createAppStore } from '../../src/state/store';
import { tinyDistrictBoundaries, tinyHistory, tinyModel } from '../fixtures/tiny-province';

function openedStore() {
  const store = createAppStore();
  const model = tinyModel();
  store.setState({ provinceSlug: 'thu', baseModel: model, overlay: emptyOverlay('99'), districtBoundaries: tinyDistrictBoundaries(), status: 'ready' });
  return { store, model };
}

describe('selectors', () => {
  it('derive the model, era and scene once per input, not on hover', () => {
    const { store } = openedStore();
    const before = store.getState();
    const model = selectModel(before);
    const scene = selectScene(before);
    const features = selectDistrictFeatures(before);
    store.getState().setHover({ code: '901', x: 1, y: 2 });
    const after = store.getState();
    expect(selectModel(after)).toBe(model);
    expect(selectScene(after)).toBe(scene);
    expect(selectDistrictFeatures(after)).toBe(features);
    expect(features?.features.map((f) => f.properties.code)).toEqual(['901', '902']);
    expect(selectEra(after)).toBe('plan');
  });

  it('put the office overlay on the plan model and keep the plan model without one', () => {
    const { store, model } = openedStore();
    expect(selectPlanModel(store.getState())).not.toBe(null);
    const overlay = store.getState().overlay!;
    const change = makeChangeSet(overlay, [{ code: '90001', facts: { level: 'ntm' } }], {
      id: '1',
      at: '2024-12-01T00:00:00Z',
      by: 'test',
      origin: 'edit',
      label: 'test',
    });
    store.setState({ overlay: applyChangeSet(overlay, change) });
    const edited = selectModel(store.getState())!;
    expect(edited).not.toBe(model);
    expect(edited.communes.find((c) => c.code === '90001')).toBeDefined();
  });

  it('name the scene from the units date and the national overview', async () => {
    const { store } = openedStore();
    store.setState({ history: tinyHistory(), nationalTopology: { type: 'Topology', objects: {}, arcs: [] } });
    await store.getState().setUnitsAsOf('2025-07-01');
    expect(selectEra(store.getState())).toBe('reform');
    expect(selectScene(store.getState())).toEqual({ kind: 'reform' });
    store.setState({ national: true });
    expect(selectScene(store.getState())).toEqual({ kind: 'national', newProvinces: true, communes: false });
    store.setState({ tier: 'commune' });
    expect(selectScene(store.getState())).toEqual({ kind: 'national', newProvinces: true, communes: true });
  });

  it('give one translator per language, switching once its messages are in', async () => {
    const { store } = openedStore();
    const vi = selectT(store.getState());
    expect(selectT(store.getState())).toBe(vi);
    const switching = store.getState().setLanguage('en');
    expect(store.getState().language).toBe('vi');
    await switching;
    expect(selectT(store.getState())).not.toBe(vi);
    expect(selectT(store.getState())('app.title')).not.toBe(vi('app.title'));
  });
});

describe('slices', () => {
  it('select a district, zoom on request and clear the focused commune', () => {
    const { store } = openedStore();
    store.getState().selectDistrict('901', { zoom: true, commune: '90001' });
    expect(store.getState()).toMatchObject({ selectedDistrict: '901', focusedCommune: '90001', zoomRequest: 1 });
    store.getState().selectDistrict('902');
    expect(store.getState()).toMatchObject({ selectedDistrict: '902', focusedCommune: null, zoomRequest: 1 });
  });

  it('share only what belongs in a link (the year only when it is not the default)', () => {
    const { store } = openedStore();
    store.getState().setView('registration');
    store.getState().setYear(2024);
    expect(selectShared(store.getState())).toMatchObject({ province: 'thu', view: 'registration', year: null, district: null });
    store.getState().setYear(2025);
    expect(selectShared(store.getState()).year).toBe(2025);
  });
});

describe('the URL', () => {
  const pushState = vi.fn();
  beforeEach(() => {
    pushState.mockReset();
    const location = { search: '', pathname: '/' };
    pushState.mockImplementation((_: unknown, __: string, url: string) => {
      location.search = url.slice(1);
    });
    vi.stubGlobal('window', { location, history: { pushState, replaceState: vi.fn() }, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is written on changes that belong in it (the panel tab too, issue 15), never on hover', () => {
    const { store } = openedStore();
    const stop = syncUrl(store, (run) => run());
    store.getState().setHover({ code: '901', x: 1, y: 1 });
    store.getState().setHover(null);
    expect(pushState).not.toHaveBeenCalled();
    store.getState().setView('agency');
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(pushState.mock.calls[0][2]).toBe('/?province=thu&view=agency');
    store.getState().setTab('lagging');
    expect(pushState).toHaveBeenCalledTimes(2);
    expect(pushState.mock.calls[1][2]).toBe('/?province=thu&view=agency&tab=lagging');
    store.getState().setAgencyPick('so nong nghiep');
    expect(pushState.mock.calls[2][2]).toBe('/?province=thu&view=agency&tab=lagging&agencyPick=so+nong+nghiep');
    store.getState().setTab('overview');
    store.getState().setAgencyPick(null);
    expect(pushState).toHaveBeenCalledTimes(5);
    store.getState().selectDistrict('902');
    expect(pushState).toHaveBeenCalledTimes(6);
    stop();
    store.getState().setView('level');
    expect(pushState).toHaveBeenCalledTimes(6);
  });

  it('is written in a task after the change: one history entry per interaction, with its final state (issue 19)', () => {
    const { store } = openedStore();
    const frames: (() => void)[] = [];
    const stop = syncUrl(store, (run) => void frames.push(run));
    store.getState().setView('registration');
    store.getState().setYear(2025);
    expect(pushState).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(pushState.mock.calls[0][2]).toBe('/?province=thu&view=registration&year=2025');
    // Back to the URL's own state before the write: nothing is written.
    store.getState().setView('agency');
    store.getState().setView('registration');
    frames.shift()!();
    expect(pushState).toHaveBeenCalledTimes(1);
    // A pending write is dropped when the page stops following the store.
    store.getState().setView('level');
    stop();
    frames.shift()!();
    expect(pushState).toHaveBeenCalledTimes(1);
  });
});

describe('the first of several moments', () => {
  it('runs the work once, at whichever moment comes first', () => {
    const a: (() => void)[] = [];
    const b: (() => void)[] = [];
    const runs: string[] = [];
    const soon = firstOf(
      (run) => void a.push(run),
      (run) => void b.push(run),
    );
    soon(() => runs.push('one'));
    soon(() => runs.push('two'));
    b[1]();
    a[1]();
    a[0]();
    b[0]();
    expect(runs).toEqual(['two', 'one']);
  });
});

describe('coalesced writes', () => {
  it('write the latest value once per scheduled run, and nothing once cancelled', () => {
    const runs: (() => void)[] = [];
    const written: number[] = [];
    const w = coalesced<number>(
      (run) => void runs.push(run),
      (v) => written.push(v),
    );
    w.change(1);
    w.change(2);
    w.change(3);
    expect(runs).toHaveLength(1);
    runs.shift()!();
    expect(written).toEqual([3]);
    w.change(4);
    w.cancel();
    w.change(5);
    expect(runs).toHaveLength(2);
    runs.forEach((run) => run());
    expect(written).toEqual([3, 5]);
  });
});
