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
import { selectScene } from '../../state/selectors';
import { afterFirstView } from '../first-idle';

/**
 * Hoàng Sa and Trường Sa's inset (./islands: HTML over the map, no MapLibre layer, so its order does not matter):
 * its code comes at once where the first view is national or in the 2025 units (where it can show), else after the
 * first view (a province's plan map never shows it; issue 19).
 */
function islandsInset(handle: MapHandle): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  const first = selectScene(handle.store.getState()).kind === 'province' ? afterFirstView() : Promise.resolve();
  void first
    .then(() => import('./islands'))
    .then(({ islandsLayer }) => {
      if (!stopped) stop = islandsLayer(handle);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * Starts the attribution line, the layers in drawing order, then the camera and the hover highlight; returns how to
 * stop them all. The attribution comes first: it is docked over the map, and a layer framing its area when its data
 * is in (the 2025 province) frames it clear of the line, which would otherwise move the map again (issue 19).
 */
export function startLayers(handle: MapHandle, initialDistricts: DistrictFeatures | null): () => void {
  const stops = [
    followAttribution(handle),
    provinceLayer(handle, initialDistricts),
    communeLayer(handle),
    nationalLayer(handle),
    nationalCommunesLayer(handle),
    reformLayer(handle),
    islandsInset(handle),
    labelPriority(handle),
    followCamera(handle),
    followHover(handle),
  ];
  return () => stops.forEach((stop) => stop());
}
