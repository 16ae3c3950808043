/**
 * The district polygons the map shows for the current state: the office's own district file, else the built-in
 * topology (merged where districts were merged, in rearranged units). One object per distinct input, so the
 * map adapter can tell new data from the same data whoever asks (React or a store subscription).
 */
import type { AppState } from '../state/store';
import { rearrangedDistrictFeatures } from '../geo/rearranged';
import { districtFeatures } from '../geo/topology';

type Features = ReturnType<typeof districtFeatures>;
export type DistrictFeatures = Features;

let last: { topology: unknown; boundaries: unknown; history: unknown; result: Features | null } | null = null;

export function districtFeaturesOf(s: Pick<AppState, 'topology' | 'districtBoundaries' | 'era' | 'history'>): Features | null {
  // The history matters only in rearranged units (a new object would otherwise mean a second setData).
  const history = s.era === 'rearranged' && !s.districtBoundaries ? s.history : null;
  if (last && last.topology === s.topology && last.boundaries === s.districtBoundaries && last.history === history) return last.result;
  const result = s.districtBoundaries
    ? (s.districtBoundaries.features as unknown as Features)
    : s.topology
      ? history
        ? rearrangedDistrictFeatures(s.topology, history)
        : districtFeatures(s.topology)
      : null;
  last = { topology: s.topology, boundaries: s.districtBoundaries, history, result };
  return result;
}
