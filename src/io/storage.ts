/** IndexedDB persistence, per province: the office's overlay and its commune boundaries; plus the editor's name. */
import type { Tier } from '../domain/units';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { UnitFeatureProps } from '../domain/boundary-match';
import type { Overlay } from '../domain/overlay';

export interface StoredBoundaries {
  provinceCode: string;
  tier: Tier;
  fileName: string;
  importedAt: string;
  importedBy: string;
  features: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>;
}

interface NtmDb extends DBSchema {
  overlays: { key: string; value: Overlay };
  boundaries: { key: string; value: StoredBoundaries };
  settings: { key: string; value: string };
}

let dbPromise: Promise<IDBPDatabase<NtmDb>> | null = null;

function db(): Promise<IDBPDatabase<NtmDb>> {
  dbPromise ??= openDB<NtmDb>('ntm-map', 1, {
    upgrade(database) {
      database.createObjectStore('overlays');
      database.createObjectStore('boundaries');
      database.createObjectStore('settings');
    },
  });
  return dbPromise;
}

export async function loadOverlay(provinceCode: string): Promise<Overlay | undefined> {
  return (await db()).get('overlays', provinceCode);
}

export async function saveOverlay(overlay: Overlay): Promise<void> {
  await (await db()).put('overlays', overlay, overlay.provinceCode);
}

export async function deleteOverlay(provinceCode: string): Promise<void> {
  await (await db()).delete('overlays', provinceCode);
}

export async function loadBoundaries(provinceCode: string, tier: Tier): Promise<StoredBoundaries | undefined> {
  return (await db()).get('boundaries', `${provinceCode}:${tier}`);
}

export async function saveBoundaries(b: StoredBoundaries): Promise<void> {
  await (await db()).put('boundaries', b, `${b.provinceCode}:${b.tier}`);
}

export async function deleteBoundaries(provinceCode: string, tier: Tier): Promise<void> {
  await (await db()).delete('boundaries', `${provinceCode}:${tier}`);
}

export async function loadSetting(key: string): Promise<string | undefined> {
  return (await db()).get('settings', key);
}

export async function saveSetting(key: string, value: string): Promise<void> {
  await (await db()).put('settings', value, key);
}
