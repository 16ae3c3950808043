/**
 * The store's side effects, each subscribed to the part of the state it follows: the document's language, the
 * user's name saved in IndexedDB, the province history fetched when the Data tab opens, the 2025 communes dissolved
 * in a worker. The URL is linked in ./url once the first view is loaded (App).
 */
import { dissolveIntoNewCommunes } from '../../io/dissolve-client';
import { saveSetting } from '../../io/storage';
import { fetchNationalTopology, fetchNewProvinces, fetchProvinces2025Index, fetchProvinces2025Topology } from '../../data/load';
import { isReformDate } from '../../domain/history';
import { selectEra, selectScene } from '../selectors';
import { selectCode2025 } from '../province-choices';
import { watch, type Store } from './watch';
import { whenIdle } from '../when-idle';

/** `<html lang>` follows the interface language (screen readers, hyphenation). */
function followLanguage(store: Store): () => void {
  document.documentElement.lang = store.getState().language;
  return watch(
    store,
    (s) => s.language,
    (language) => {
      document.documentElement.lang = language;
    },
  );
}

/** The user's name is kept across sessions. */
function saveUserName(store: Store): () => void {
  return watch(
    store,
    (s) => s.userName,
    (name, before) => {
      if (before === '' && name === '') return;
      void saveSetting('userName', name).catch(() => undefined);
    },
  );
}

/**
 * A province's units over time (history/<code>.json, up to ~300 KB) are fetched only when asked for: a date after
 * the plan is chosen (setUnitsAsOf fetches it), or the Data tab (its report and tables) is opened. A first visit
 * in the plan's units does not fetch it (issue 19).
 */
function prefetchHistory(store: Store): () => void {
  return watch(
    store,
    (s) => (s.status === 'ready' && !s.national && !s.history && !s.unitsAsOf && s.tab === 'data' ? s.baseModel : null),
    (model) => {
      // When the browser is idle (after the map has drawn), or within 3 s at the latest.
      if (model)
        void whenIdle(3000, 500)
          .then(() => store.getState().ensureHistory())
          .catch(() => undefined);
    },
  );
}

/** From 1 July 2025, with the office's commune polygons loaded: the 2025 communes are drawn by dissolving them. */
function dissolveNewCommunes(store: Store): () => void {
  let dissolving: string | null = null;
  const run = async () => {
    const state = store.getState();
    const { history, communeBoundaries, newCommuneBoundaries } = state;
    if (selectEra(state) !== 'reform' || !history || !communeBoundaries || newCommuneBoundaries) return;
    const key = `${history.provinceCode}|${communeBoundaries.importedAt}`;
    if (dissolving === key) return;
    dissolving = key;
    try {
      const result = await dissolveIntoNewCommunes(communeBoundaries.features, history);
      const now = store.getState();
      // The same province's history (a second fetch of the same file may have replaced the object meanwhile).
      if (now.communeBoundaries === communeBoundaries && now.history?.provinceCode === history.provinceCode) store.setState({ newCommuneBoundaries: result });
    } catch {
      // Drawn as a list only; the panel says so.
    } finally {
      dissolving = null;
    }
  };
  const key = (s: Parameters<typeof selectEra>[0] & Pick<ReturnType<Store['getState']>, 'communeBoundaries' | 'newCommuneBoundaries'>) =>
    selectEra(s) === 'reform' && s.history && s.communeBoundaries && !s.newCommuneBoundaries
      ? `${s.history.provinceCode}|${s.communeBoundaries.importedAt}|${s.unitsAsOf}`
      : null;
  return watch(store, key, (k) => {
    if (k) void run();
  });
}

/** From 1 July 2025: the 2025 province of the open province (its real communes, and the plans seen in them). */
function loadProvince2025(store: Store): () => void {
  return watch(
    store,
    (s) => (selectScene(s).kind === 'reform' ? selectCode2025(s) : null),
    (code) => {
      if (code) void store.getState().ensureProvince2025();
    },
  );
}

/** From 1 July 2025 the province picker offers the 34 provinces (2025/index.json, and the old ones forming each). */
function loadPicker2025(store: Store): () => void {
  const run = (shown: boolean) => {
    const s = store.getState();
    if (!shown || (s.provinces2025 && s.newProvinces)) return;
    void Promise.all([fetchProvinces2025Index(), fetchNewProvinces()])
      .then(([provinces2025, newProvinces]) => store.setState({ provinces2025, newProvinces }))
      .catch(() => undefined); // the picker keeps the old provinces
  };
  const key = (s: ReturnType<Store['getState']>) => isReformDate(s.unitsAsOf) || s.standalone2025 !== null;
  run(key(store.getState()));
  return watch(store, key, run);
}

/** The national overview shows provinces (not today's communes, drawn from their own file). */
function provincesShown(s: Parameters<typeof selectScene>[0]): 'old' | 'new' | null {
  const scene = selectScene(s);
  if (scene.kind !== 'national' || scene.communes) return null;
  return scene.newProvinces ? 'new' : 'old';
}

/** The national overview from 1 July 2025: the 34 provinces' real outlines (light; the communes file is not loaded). */
function loadProvinces2025(store: Store): () => void {
  const run = (shown: 'old' | 'new' | null) => {
    if (shown !== 'new' || store.getState().provinces2025Topology) return;
    void fetchProvinces2025Topology()
      .then((provinces2025Topology) => store.setState({ provinces2025Topology }))
      .catch(() => undefined); // the dissolved outlines stay
  };
  run(provincesShown(store.getState()));
  return watch(store, provincesShown, run);
}

/** The national layer (all districts, old provinces) once provinces are shown, when the overview opened on today's communes. */
function loadNationalTopology(store: Store): () => void {
  const run = (shown: 'old' | 'new' | null) => {
    if (!shown || store.getState().nationalTopology) return;
    void fetchNationalTopology()
      .then((nationalTopology) => store.setState({ nationalTopology }))
      .catch(() => undefined);
  };
  run(provincesShown(store.getState()));
  return watch(store, provincesShown, run);
}

/** Starts every effect; returns a function that stops them. */
export function startEffects(store: Store): () => void {
  const stops = [
    followLanguage(store),
    saveUserName(store),
    prefetchHistory(store),
    dissolveNewCommunes(store),
    loadProvince2025(store),
    loadProvinces2025(store),
    loadPicker2025(store),
    loadNationalTopology(store),
  ];
  return () => stops.forEach((stop) => stop());
}
