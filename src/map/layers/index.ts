/** Every part of the map that follows the store, started once the map's style is loaded (./MapCanvas). */
import type { DistrictFeatures } from '../../state/selectors';
import { followCamera } from '../camera';
import type { MapHandle } from '../handle';
import { followHover } from '../interactions';
import { followAttribution } from '../attribution';
import { communeLayer } from './commune';
import { labelPriority } from './label-priority';
import { nationalLayer } from './national';
import { nationalCommunesLayer } from './national-communes-2025';
import { provinceLayer } from './province';
import { reformLayer } from './reform';
import { islandsLayer } from './islands';

/** Starts the layers in drawing order, then the camera and the hover highlight; returns how to stop them all. */
export function startLayers(handle: MapHandle, initialDistricts: DistrictFeatures | null): () => void {
  const stops = [
    provinceLayer(handle, initialDistricts),
    communeLayer(handle),
    nationalLayer(handle),
    nationalCommunesLayer(handle),
    reformLayer(handle),
    islandsLayer(handle),
    labelPriority(handle),
    followCamera(handle),
    followHover(handle),
    followAttribution(handle),
  ];
  return () => stops.forEach((stop) => stop());
}
