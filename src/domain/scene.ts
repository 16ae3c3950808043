/**
 * What the screen shows, named once: the national overview, a province in the plan's (or rearranged) units, or a
 * province in the units of 1 July 2025. Every part of the app that depends on it (map layers, camera, panels,
 * legend, tooltip, toolbar, exports) asks this one function rather than re-deriving it from the state.
 */
import { isReformDate, type Era } from './history';
import type { Tier } from './units';

export type { Tier };

export type Scene =
  /**
   * All provinces, the ones with a plan highlighted; from 1 July 2025 the 34 new provinces (`newProvinces`), or
   * all 3,321 of today's communes under them (`communes`: the "Xã" tier of that overview, tier=commune in a link).
   */
  | { kind: 'national'; newProvinces: boolean; communes: boolean }
  /** A province's districts (or the office's commune polygons) in the plan's or the rearranged units. */
  | { kind: 'province'; era: Exclude<Era, 'reform'>; communes: boolean }
  /** A province in the units of 1 July 2025: its new province, the old provinces forming it, its new communes. */
  | { kind: 'reform' };

export interface SceneInput {
  /** The national overview is open. */
  national: boolean;
  /** The units shown for the open province (./history eraOn). */
  era: Era;
  /** Units as of this date (null: the plan's own units). */
  unitsAsOf: string | null;
  tier: Tier;
  /** The office has imported commune polygons for the open province. */
  hasCommuneBoundaries: boolean;
  /** A 2025 province is open by itself, from the 2025 files alone (no pre-2025 units to show: Quảng Ninh). */
  standalone2025?: boolean;
}

export function sceneOf(s: SceneInput): Scene {
  if (s.national) {
    const newProvinces = isReformDate(s.unitsAsOf);
    return { kind: 'national', newProvinces, communes: newProvinces && s.tier === 'commune' };
  }
  if (s.era === 'reform' || s.standalone2025) return { kind: 'reform' };
  return { kind: 'province', era: s.era, communes: s.tier === 'commune' && s.hasCommuneBoundaries };
}

/** Scenes are compared by value (a new object with the same content is the same scene). */
export function sameScene(a: Scene, b: Scene): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'national' && b.kind === 'national') return a.newProvinces === b.newProvinces && a.communes === b.communes;
  if (a.kind === 'province' && b.kind === 'province') return a.era === b.era && a.communes === b.communes;
  return true;
}

/** The province's districts are on the map (not the national overview, not the 2025 units). */
export const showsDistricts = (scene: Scene): boolean => scene.kind === 'province';
/** The district-level controls (search, filters, district/commune tier) apply. */
export const hasDistrictControls = showsDistricts;
/** The national overview of today's units, where the tier picks the 34 provinces or all 3,321 communes. */
export const hasNational2025Tiers = (scene: Scene): boolean => scene.kind === 'national' && scene.newProvinces;
