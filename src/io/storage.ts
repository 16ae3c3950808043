/**
 * IndexedDB persistence, per province: the office's overlay and its boundaries; plus the editor's name.
 * Every overlay write is checked against the record's revision inside its transaction (two tabs cannot overwrite
 * each other; the loser gets an OverlayConflictError with what is stored now) and announced to other tabs
 * (BroadcastChannel). Records that fail validation when read back are moved to a quarantine store, in one
 * transaction, to be exported or discarded by the user: they never reach the map.
 */
import type { Tier } from '../domain/units';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { UnitFeatureProps } from '../domain/boundary-match';
import type { Overlay } from '../domain/overlay';
import { validateOverlay } from '../domain/overlay-validate';
import { validateStoredBoundaries } from '../domain/boundaries-validate';

export interface StoredBoundaries {
  provinceCode: string;
  tier: Tier;
  fileName: string;
  importedAt: string;
  importedBy: string;
  features: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>;
}

/** A stored record that failed validation when read back. */
export interface QuarantinedRecord {
  /** "overlay:37", "boundaries:37:commune". */
  key: string;
  provinceCode: string;
  kind: 'overlay' | 'boundaries';
  reason: { key: string; params: Record<string, string | number> };
  quarantinedAt: string;
  record: unknown;
}

interface NtmDb extends DBSchema {
  overlays: { key: string; value: Overlay };
  boundaries: { key: string; value: StoredBoundaries };
  settings: { key: string; value: string };
  quarantine: { key: string; value: QuarantinedRecord };
}

/** What other tabs are told after a write. */
export type StorageChange =
  | { kind: 'overlay'; provinceCode: string; revision: number | null }
  | { kind: 'boundaries'; provinceCode: string; tier: Tier }
  | { kind: 'quarantine'; provinceCode: string };

export class OverlayConflictError extends Error {
  constructor(readonly stored: Overlay | undefined) {
    super('overlay changed in another tab');
  }
}

let dbPromise: Promise<IDBPDatabase<NtmDb>> | null = null;

function db(): Promise<IDBPDatabase<NtmDb>> {
  dbPromise ??= openDB<NtmDb>('ntm-map', 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('overlays');
        database.createObjectStore('boundaries');
        database.createObjectStore('settings');
      }
      if (oldVersion < 2) database.createObjectStore('quarantine');
    },
  }).catch((error: unknown) => {
    dbPromise = null; // IndexedDB missing or refused: try again next time, callers say so
    throw error;
  });
  return dbPromise;
}

const CHANNEL = 'ntm-map-storage';
let channel: BroadcastChannel | null | undefined;
const localListeners = new Set<(change: StorageChange) => void>();

/** One channel per tab, for sending and hearing (a channel does not hear its own messages). */
function getChannel(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

function broadcast(change: StorageChange): void {
  try {
    getChannel()?.postMessage(change);
  } catch {
    // another tab simply does not hear of it; its next write still fails the revision check
  }
  for (const l of localListeners) l(change);
}

/** Changes made by other tabs (`remote`), or by this one (`remote` false). */
export function onStorageChange(listener: (change: StorageChange, remote: boolean) => void): () => void {
  const local = (c: StorageChange) => listener(c, false);
  const remote = (e: MessageEvent<StorageChange>) => listener(e.data, true);
  localListeners.add(local);
  getChannel()?.addEventListener('message', remote);
  return () => {
    localListeners.delete(local);
    getChannel()?.removeEventListener('message', remote);
  };
}

/** A new revision: above the base and unique in time, so a record deleted and written again is never mistaken for an old one. */
const nextRevision = (base: number) => Math.max(base + 1, Date.now());

async function quarantine(entry: Omit<QuarantinedRecord, 'quarantinedAt'>, from: 'overlays' | 'boundaries', key: string): Promise<void> {
  const tx = (await db()).transaction([from, 'quarantine'], 'readwrite');
  await Promise.all([
    tx.objectStore('quarantine').put({ ...entry, quarantinedAt: new Date().toISOString() }, entry.key),
    tx.objectStore(from).delete(key),
    tx.done,
  ]);
  broadcast({ kind: 'quarantine', provinceCode: entry.provinceCode });
}

/** The stored overlay, validated; a record that fails is quarantined and undefined returned. */
export async function loadOverlay(provinceCode: string): Promise<Overlay | undefined> {
  const record = (await (await db()).get('overlays', provinceCode)) as unknown;
  if (record === undefined) return undefined;
  const check = validateOverlay(record, provinceCode);
  if ('overlay' in check) {
    const revision = (record as { revision?: unknown }).revision;
    return typeof revision === 'number' ? { ...check.overlay, revision } : check.overlay;
  }
  await quarantine(
    {
      key: `overlay:${provinceCode}`,
      provinceCode,
      kind: 'overlay',
      reason: { key: check.error.key, params: 'params' in check.error ? check.error.params : {} },
      record,
    },
    'overlays',
    provinceCode,
  );
  return undefined;
}

/**
 * Writes the overlay if the stored record is still at `overlay.revision` (absent = 0), in one transaction;
 * returns it with its new revision. Throws OverlayConflictError (with the stored record) otherwise.
 */
export async function saveOverlay(overlay: Overlay): Promise<Overlay> {
  const tx = (await db()).transaction('overlays', 'readwrite');
  const current = await tx.store.get(overlay.provinceCode);
  const base = overlay.revision ?? 0;
  if ((current?.revision ?? 0) !== base) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new OverlayConflictError(current);
  }
  const saved: Overlay = { ...overlay, revision: nextRevision(base) };
  await Promise.all([tx.store.put(saved, overlay.provinceCode), tx.done]);
  broadcast({ kind: 'overlay', provinceCode: saved.provinceCode, revision: saved.revision! });
  return saved;
}

/** The stored overlay as it is now (for merging after a conflict), validated like a load. */
export async function readStoredOverlay(provinceCode: string): Promise<Overlay | undefined> {
  return loadOverlay(provinceCode);
}

export async function deleteOverlay(provinceCode: string): Promise<void> {
  await (await db()).delete('overlays', provinceCode);
  broadcast({ kind: 'overlay', provinceCode, revision: null });
}

/** Reset to the plan: the overlay and both boundary records go in one transaction, or none does. */
export async function deleteProvinceData(provinceCode: string): Promise<void> {
  const tx = (await db()).transaction(['overlays', 'boundaries'], 'readwrite');
  await Promise.all([
    tx.objectStore('overlays').delete(provinceCode),
    tx.objectStore('boundaries').delete(`${provinceCode}:commune`),
    tx.objectStore('boundaries').delete(`${provinceCode}:district`),
    tx.done,
  ]);
  broadcast({ kind: 'overlay', provinceCode, revision: null });
  broadcast({ kind: 'boundaries', provinceCode, tier: 'commune' });
  broadcast({ kind: 'boundaries', provinceCode, tier: 'district' });
}

/** Stored boundaries, validated (every vertex); a record that fails is quarantined and undefined returned. */
export async function loadBoundaries(provinceCode: string, tier: Tier): Promise<StoredBoundaries | undefined> {
  const key = `${provinceCode}:${tier}`;
  const record = (await (await db()).get('boundaries', key)) as unknown;
  if (record === undefined) return undefined;
  const error = validateStoredBoundaries(record, provinceCode, tier);
  if (!error) return record as StoredBoundaries;
  await quarantine({ key: `boundaries:${key}`, provinceCode, kind: 'boundaries', reason: error, record }, 'boundaries', key);
  return undefined;
}

/** `checked`: the caller has just validated `b` (validateStoredBoundaries), so it is not walked twice. */
export async function saveBoundaries(b: StoredBoundaries, { checked = false } = {}): Promise<void> {
  const error = checked ? null : validateStoredBoundaries(b, b.provinceCode, b.tier);
  if (error) throw new Error(error.params.reason);
  await (await db()).put('boundaries', b, `${b.provinceCode}:${b.tier}`);
  broadcast({ kind: 'boundaries', provinceCode: b.provinceCode, tier: b.tier });
}

export async function deleteBoundaries(provinceCode: string, tier: Tier): Promise<void> {
  await (await db()).delete('boundaries', `${provinceCode}:${tier}`);
  broadcast({ kind: 'boundaries', provinceCode, tier });
}

export async function listQuarantined(): Promise<QuarantinedRecord[]> {
  return (await db()).getAll('quarantine');
}

export async function discardQuarantined(key: string): Promise<void> {
  const q = await (await db()).get('quarantine', key);
  await (await db()).delete('quarantine', key);
  if (q) broadcast({ kind: 'quarantine', provinceCode: q.provinceCode });
}

export async function loadSetting(key: string): Promise<string | undefined> {
  return (await db()).get('settings', key);
}

export async function saveSetting(key: string, value: string): Promise<void> {
  await (await db()).put('settings', value, key);
}
