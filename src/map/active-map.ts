/** The map instance currently on screen and its labels, for exports that need its canvas. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LabelOverlay } from './label-overlay';

let active: { map: MapLibreMap; labels: LabelOverlay } | null = null;

export function setActiveMap(shown: { map: MapLibreMap; labels: LabelOverlay } | null): void {
  active = shown;
}

export function getActiveMap(): MapLibreMap | null {
  return active?.map ?? null;
}

export function getActiveLabels(): LabelOverlay | null {
  return active?.labels ?? null;
}
