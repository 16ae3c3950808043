/**
 * Creating the MapLibre map: an empty style (no tiles, glyphs or sprites: nothing leaves the origin).
 * (Starting it before the interface was tried: the WebGL set-up then delays the data, and loading is slower.)
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import './worker';

export function createMap(container: HTMLElement, attribution: string): MapLibreMap {
  return new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f3' } }],
    },
    center: [106, 16],
    zoom: 5,
    attributionControl: { compact: false, customAttribution: attribution },
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels appear at once: no fade-in frames (each frame is costly on meeting-room PCs without a GPU).
    fadeDuration: 0,
  });
}
