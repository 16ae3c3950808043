/** The map instance currently on screen, for exports that need its canvas. */
import type { Map as MapLibreMap } from 'maplibre-gl';

let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
}

export function getActiveMap(): MapLibreMap | null {
  return active;
}
