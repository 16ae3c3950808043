/** Loads what the app needs at run time, all from its own origin (no network beyond it). */
import type { ViewSummary } from '../domain/first-sight';
import type { SearchIndexFile } from '../domain/search-all';
import type { Topology } from 'topojson-specification';
import { Gazetteer } from '../domain/gazetteer';
import { withAbsoluteArcs } from '../geo/topology';
import { shareStrings } from './share-strings';
import { buildProvinceModel, emptyPlan, type ProvinceModel } from '../domain/model';
import type { PlanFile } from '../domain/plan';
import type { AdminUnit } from '../domain/units';
import type { ProvinceHistory } from '../domain/history';
import { buildProvince2025Model, communesOfTopology, type PlanPart, type Province2025Entry, type Province2025Model } from '../domain/communes-2025';
import type { NationalPlanPaint2025 } from '../domain/national-plan-paint-2025';
import planProvinces from '../../data/plan-provinces.json';

import type { NewProvinceEntry, ProvinceIndexEntry } from './contracts';

export type { NewProvinceEntry, ProvinceIndexEntry } from './contracts';

const planModules = import.meta.glob<PlanFile>('../../data/plans/*.json', { import: 'default' });

/** Slugs of the provinces that have plan data, from the files in data/plans. */
export const PLAN_SLUGS: string[] = Object.keys(planModules)
  .map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'))
  .sort();

const base = import.meta.env.BASE_URL;

declare global {
  interface Window {
    /** Responses index.html started fetching before the app loaded (scripts/vite/early-data.ts), by path. */
    __ntmEarly?: Record<string, Promise<Response> | undefined>;
  }
}

/** A response index.html already asked for, taken once (a later fetch of the same file goes to the network). */
function takeEarly(path: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__ntmEarly;
  const response = early?.[path];
  if (response) delete early![path];
  return response;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await (takeEarly(path) ?? fetch(`${base}generated/${path}`));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The province index, fetched once for the session (the 2025 units ask for it again: loadPlanParts2025). */
export function fetchProvinceIndex(): Promise<ProvinceIndexEntry[]> {
  return provinceIndexOnce();
}

/** A province's districts, in absolute coordinates (../geo/topology withAbsoluteArcs: one copy of the geometry kept). */
export function fetchTopology(code: string): Promise<Topology> {
  return fetchJson<Topology>(`boundaries/${code}.topo.json`).then(withAbsoluteArcs);
}

/** GSO code of each province with a plan (data/plan-provinces.json, checked against data/plans by a test). */
const PLAN_CODES: Record<string, string> = Object.fromEntries(planProvinces.provinces.map((p) => [p.slug, p.gsoCode]));

/**
 * A province's files, fetched or being fetched, until loadProvince has them: a prefetch can finish before the
 * province index that loadProvince waits for, and must not be fetched a second time then. Its districts are
 * fetched apart: a link in the units of 1 July 2025 does not draw them (issue 19), and fetches them only once the
 * plan's units are shown (loadDistricts).
 */
interface ProvinceFiles {
  data: Promise<[AdminUnit[], PlanFile | null]>;
  districts: Promise<Topology> | null;
}
const fetched = new Map<string, ProvinceFiles>();

function forget(code: string, files: ProvinceFiles): void {
  if (fetched.get(code) === files) fetched.delete(code);
}

/** Units and the plan module of a province, and (when `districts`) its districts, fetched together (once until loaded). */
function provinceFiles(code: string, slug: string, districts: boolean): ProvinceFiles {
  let files = fetched.get(code);
  if (!files) {
    const loader = planModules[`../../data/plans/${slug}.json`];
    const started: ProvinceFiles = {
      data: Promise.all([fetchJson<AdminUnit[]>(`units/${code}.json`).then(shareStrings), loader ? loader() : Promise.resolve(null)]),
      districts: null,
    };
    fetched.set(code, started);
    // A failed fetch is tried again next time.
    started.data.catch(() => forget(code, started));
    files = started;
  }
  if (districts && !files.districts) {
    const started = files;
    started.districts = fetchTopology(code);
    started.districts.catch(() => forget(code, started));
  }
  return files;
}

/**
 * Starts fetching a plan province's files from its slug alone, before the province index arrives (the link
 * names the province): the map gets its data sooner. Other provinces are fetched once the index is in. Without
 * `districts` (a link in the units of 1 July 2025), not its districts.
 */
export function prefetchProvince(slug: string | null, districts = true): void {
  const code = slug ? PLAN_CODES[slug] : undefined;
  if (code && slug) {
    const files = provinceFiles(code, slug, districts);
    void files.data.catch(() => undefined);
    void files.districts?.catch(() => undefined);
  }
}

/**
 * A province's plan model and (unless `districts` is false) its districts' topology; null without them (the units
 * of 1 July 2025 draw the 2025 communes: the districts come with loadDistricts when the plan's units are shown).
 */
export async function loadProvince(entry: ProvinceIndexEntry, districts = true): Promise<{ model: ProvinceModel; topology: Topology | null }> {
  const files = provinceFiles(entry.code, entry.slug, districts);
  // Loaded from here on: opening the province again later fetches its files again.
  const settled = Promise.allSettled([files.data, files.districts]);
  void settled.then(() => forget(entry.code, files));
  const [[units, planFile], topology] = await Promise.all([files.data, files.districts ?? null]);
  performance.mark('ntm:province-files');
  const gazetteer = new Gazetteer(units);
  const province = gazetteer.byCode(entry.code);
  if (!province) throw new Error(`units/${entry.code}.json has no province record`);
  const model = buildProvinceModel(planFile ?? emptyPlan(province), gazetteer);
  performance.mark('ntm:province-model');
  return { model, topology };
}

/** A province's districts, when loadProvince left them out (a prefetch still running is used, not fetched again). */
export function loadDistricts(code: string): Promise<Topology> {
  return fetched.get(code)?.districts ?? fetchTopology(code);
}

export { NATIONAL_SLUG } from './national';

/** A fetch made once for the session (tried again after a failure). */
function fetchOnce<T>(path: string): () => Promise<T> {
  let cache: Promise<T> | null = null;
  return () => {
    cache ??= fetchJson<T>(path).catch((e) => {
      cache = null;
      throw e;
    });
    return cache;
  };
}

const provinceIndexOnce = fetchOnce<ProvinceIndexEntry[]>('provinces.json');

/** All provinces' districts (lighter simplification), merged province outlines and the 2025 provinces. */
export const fetchNationalTopology = fetchOnce<Topology>('national.topo.json');

const histories = new Map<string, Promise<ProvinceHistory>>();
/**
 * A province's units over time (validity periods, changes, crosswalk to the 2025 communes), fetched once per
 * province for the session (the open province and its 2025 province both ask; tried again after a failure).
 */
export function fetchHistory(code: string): Promise<ProvinceHistory> {
  let history = histories.get(code);
  if (!history) {
    history = fetchJson<ProvinceHistory>(`history/${code}.json`)
      .then(shareStrings)
      .catch((e: unknown) => {
      histories.delete(code);
      throw e;
    });
    histories.set(code, history);
  }
  return history;
}

/** The 34 provinces of 1 July 2025 and the old provinces forming each. */
export const fetchNewProvinces = fetchOnce<NewProvinceEntry[]>('new-provinces.json');

// ---------------------------------------------------------------------------------------------
// Units from 1 July 2025: the 34 provinces and 3,321 communes (generated/2025, from data/boundaries/2025).

/** The 34 provinces of 1 July 2025: code, name as the source writes it, slug, bbox and commune count. */
export const fetchProvinces2025Index = fetchOnce<Province2025Entry[]>('2025/index.json');

/** The 34 provinces' outlines (object `provinces`: code, name), for the national overview. */
export const fetchProvinces2025Topology = fetchOnce<Topology>('2025/provinces.topo.json');

/** Every commune of the country (objects `communes` and `provinces`; feature id = Number(code)). */
export const fetchCommunes2025National = fetchOnce<Topology>('2025/communes.topo.json');

/** The plans seen in the communes of the 2025 provinces holding a plan, worked out at build time (domain/national-plan-paint-2025). */
export const fetchPlanPaint2025 = fetchOnce<NationalPlanPaint2025>('2025/plan-paint.json');

/** One 2025 province's communes and its outline (objects `communes` and `provinces`). */
export function fetchCommunes2025Topology(code: string): Promise<Topology> {
  return fetchJson<Topology>(`2025/communes/${code}.topo.json`).then(withAbsoluteArcs);
}

/**
 * The plans of a 2025 province's old members (none, or one for the five plan provinces): each old plan
 * province's model and history. Pass `models` to use models the caller already has (with the office's overlay).
 */
export async function loadPlanParts2025(code: string, models: ReadonlyMap<string, ProvinceModel> = new Map()): Promise<PlanPart[]> {
  const members = (await fetchNewProvinces()).find((p) => p.code === code)?.members ?? [];
  const planned = members.filter((m) => Object.values(PLAN_CODES).includes(m));
  if (planned.length === 0) return [];
  const index = await fetchProvinceIndex();
  return Promise.all(
    planned.map(async (oldCode) => {
      const entry = index.find((e) => e.code === oldCode);
      if (!entry) throw new Error(`provinces.json has no province ${oldCode}`);
      const [model, history] = await Promise.all([models.get(oldCode) ?? loadProvince(entry, false).then((r) => r.model), fetchHistory(oldCode)]);
      return { model, history };
    }),
  );
}

/**
 * A 2025 province ready for the map and panels: its topology (to draw), and its model (communes with names
 * as shown, search, and for plan provinces the predecessors of each commune with their plan facts).
 */
export async function load2025Province(code: string, models?: ReadonlyMap<string, ProvinceModel>): Promise<{ model: Province2025Model; topology: Topology }> {
  const [index, topology, plans] = await Promise.all([fetchProvinces2025Index(), fetchCommunes2025Topology(code), loadPlanParts2025(code, models)]);
  const entry = index.find((e) => e.code === code);
  if (!entry) throw new Error(`2025/index.json has no province ${code}`);
  return { model: buildProvince2025Model(entry, communesOfTopology(topology, code), plans), topology };
}

/** Per plan, how many districts each view shows something for (first sight: what a bare link opens). */
export const fetchViewSummary = fetchOnce<{ provinces: ViewSummary[] }>('view-summary.json');

/** One search index over every province's units and agencies (loaded on first search focus). */
export const fetchSearchIndex = fetchOnce<SearchIndexFile>('search-index.json');
