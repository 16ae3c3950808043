/**
 * Creating the MapLibre map from the app's whole style (./style), framed on the first province when it is
 * known: nothing leaves the origin.
 */
import { Map as MapLibreMap, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';
import { FRAME_PADDING } from './camera';
import './worker';

export function createMap(container: HTMLElement, _attribution: string, style: StyleSpecification, bounds: LngLatBoundsLike | null): MapLibreMap {
  return new MapLibreMap({
    container,
    style,
    // The style is built by the app itself (src/map/style.ts, checked by a unit test): no validation at start.
    validateStyle: false,
    ...(bounds ? { bounds, fitBoundsOptions: { padding: FRAME_PADDING } } : { center: [106, 16], zoom: 5 }),
    // The attribution control follows the units shown (./attribution); `attribution` is the line until it starts.
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels appear at once: no fade-in frames (each frame is costly on meeting-room PCs without a GPU).
    fadeDuration: 0,
  });
}
