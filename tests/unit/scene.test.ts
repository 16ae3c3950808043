/** What the screen shows (src/domain/scene.ts). */
import { describe, expect, it } from 'vitest';
import { hasDistrictControls, hasNational2025Tiers, sameScene, sceneOf, type SceneInput } from '../../src/domain/scene';

const base: SceneInput = { national: false, era: 'plan', unitsAsOf: null, tier: 'district', hasCommuneBoundaries: false };

describe('the scene', () => {
  it('is the national overview whenever it is open, with the 34 provinces from 1 July 2025', () => {
    expect(sceneOf({ ...base, national: true, era: 'reform' })).toEqual({ kind: 'national', newProvinces: false, communes: false });
    expect(sceneOf({ ...base, national: true, unitsAsOf: '2025-07-01' })).toEqual({ kind: 'national', newProvinces: true, communes: false });
    expect(sceneOf({ ...base, national: true, unitsAsOf: '2025-06-30' })).toEqual({ kind: 'national', newProvinces: false, communes: false });
  });

  it("shows today's 3,321 communes nationally at the commune tier from 1 July 2025 only", () => {
    expect(sceneOf({ ...base, national: true, unitsAsOf: '2025-07-01', tier: 'commune' })).toEqual({ kind: 'national', newProvinces: true, communes: true });
    // Before the reform there are no national commune polygons: the tier does not change the overview.
    expect(sceneOf({ ...base, national: true, unitsAsOf: '2025-06-30', tier: 'commune' })).toEqual({ kind: 'national', newProvinces: false, communes: false });
    expect(sceneOf({ ...base, national: true, tier: 'commune' })).toEqual({ kind: 'national', newProvinces: false, communes: false });
    expect(hasNational2025Tiers(sceneOf({ ...base, national: true, unitsAsOf: '2025-07-01' }))).toBe(true);
    expect(hasNational2025Tiers(sceneOf({ ...base, national: true }))).toBe(false);
    expect(hasNational2025Tiers(sceneOf({ ...base, era: 'reform' }))).toBe(false);
  });

  it('is the 2025 units for a province in the reform era, whatever the tier', () => {
    expect(sceneOf({ ...base, era: 'reform', tier: 'commune', hasCommuneBoundaries: true })).toEqual({ kind: 'reform' });
  });

  it('shows communes only at the commune tier with the office polygons loaded', () => {
    expect(sceneOf({ ...base, tier: 'commune' })).toEqual({ kind: 'province', era: 'plan', communes: false });
    expect(sceneOf({ ...base, tier: 'commune', hasCommuneBoundaries: true })).toEqual({ kind: 'province', era: 'plan', communes: true });
    expect(sceneOf({ ...base, era: 'rearranged', hasCommuneBoundaries: true })).toEqual({ kind: 'province', era: 'rearranged', communes: false });
  });

  it('compares by content and says where district controls apply', () => {
    expect(sameScene(sceneOf(base), sceneOf({ ...base }))).toBe(true);
    expect(sameScene(sceneOf(base), sceneOf({ ...base, era: 'rearranged' }))).toBe(false);
    expect(sameScene({ kind: 'national', newProvinces: true, communes: false }, { kind: 'national', newProvinces: false, communes: false })).toBe(false);
    expect(sameScene({ kind: 'national', newProvinces: true, communes: true }, { kind: 'national', newProvinces: true, communes: false })).toBe(false);
    expect(hasDistrictControls(sceneOf(base))).toBe(true);
    expect(hasDistrictControls(sceneOf({ ...base, national: true }))).toBe(false);
    expect(hasDistrictControls(sceneOf({ ...base, era: 'reform' }))).toBe(false);
  });
});
