/// <reference lib="webworker" />
/**
 * A boundary file's import off the main thread (../io/boundary-import.ts): `open` parses, checks and matches the file
 * to the units sent with it (fields guessed), `match` matches it again with the fields the user chose. Only the
 * matched polygons come back. Progress is posted at most every PROGRESS_MS (what a user can see), and at the end.
 */
import { BoundaryFileError } from '../io/boundaries';
import { BoundaryImportSession, type BoundaryFileHead, type BoundaryMatchResult } from '../io/boundary-import';
import type { BoundaryFields } from '../domain/boundary-match';
import { unitLookup, type UnitLookup, type UnitSet } from '../domain/status-import';
import { mercatorTriangles, originOf } from '../geo/triangles';

export type BoundaryWorkerRequest =
  | { id: number; type: 'open'; name: string; data: Blob | ArrayBuffer; units: UnitSet }
  | { id: number; type: 'match'; fields: BoundaryFields }
  /** The province's units ahead of a file (no answer): their lookup is made while no file is being read. */
  | { id: number; type: 'units'; units: UnitSet };
export type BoundaryWorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number; stage: 'parse' | 'match' }
  | { id: number; type: 'done'; head: BoundaryFileHead; result: BoundaryMatchResult }
  /** After `done`: the matched communes' triangles for the map's hatching (../geo/triangles.ts), by code; none for districts. */
  | { id: number; type: 'triangles'; codes: string[]; triangles: Float32Array[] }
  | { id: number; type: 'error'; key: string; params: Record<string, string | number> };

/** Least time between two progress messages. */
export const PROGRESS_MS = 100;

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let session: BoundaryImportSession | null = null;
let units: UnitSet | null = null;
// The lookup of the units last given, and which units they were (province, district and commune codes).
let prepared: { key: string; lookup: UnitLookup } | null = null;
const unitsKey = (u: UnitSet) => [u.province, ...u.districts, ...u.communes].map((x) => x.code).join(',');
const lookupOf = (u: UnitSet): UnitLookup => {
  const key = unitsKey(u);
  if (prepared?.key !== key) prepared = { key, lookup: unitLookup(u) };
  return prepared.lookup;
};

/**
 * The matched communes' triangles, made here after the report is sent (while it is read) so that the page does not
 * make them in the frame that first draws the communes (issue 19). Moved, not copied.
 */
function postTriangles(id: number, result: BoundaryMatchResult): void {
  const features = result.fields.tier === 'commune' ? result.matched.features : [];
  const origin = originOf(features);
  const triangles = features.map((f) => mercatorTriangles(f.geometry, origin));
  const message: BoundaryWorkerMessage = { id, type: 'triangles', codes: features.map((f) => String(f.properties.code)), triangles };
  ctx.postMessage(
    message,
    triangles.map((t) => t.buffer),
  );
}

ctx.onmessage = async (event: MessageEvent<BoundaryWorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  const post = (m: BoundaryWorkerMessage) => ctx.postMessage(m);
  let last = -Infinity;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_MS) return;
    last = now;
    post({ id, type: 'progress', done, total, stage: 'match' });
  };
  try {
    if (request.type === 'units') {
      lookupOf(request.units);
      return;
    }
    if (request.type === 'open') {
      post({ id, type: 'progress', done: 0, total: 1, stage: 'parse' });
      units = request.units;
      // The chosen file itself (a Blob) is read here: the page neither reads nor copies it.
      const data = request.data instanceof Blob ? await request.data.arrayBuffer() : request.data;
      session = await BoundaryImportSession.open(request.name, data);
    } else if (!session || !units) throw new Error('no boundary file open');
    const result = session.match(units, request.type === 'match' ? request.fields : undefined, progress, lookupOf(units));
    post({ id, type: 'done', head: session.head, result });
    postTriangles(id, result);
  } catch (error) {
    if (error instanceof BoundaryFileError) post({ id, type: 'error', key: error.key, params: error.params });
    else {
      console.error('boundary worker:', error); // the user sees "unreadable"; the console keeps the cause
      post({ id, type: 'error', key: 'file.error.unreadable', params: { name: request.type === 'open' ? request.name : '' } });
    }
  }
};
