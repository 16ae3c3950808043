/**
 * MapLibre 6 loads its worker from a separate ES module; Vite must bundle it (with its shared chunk)
 * and MapLibre must be told where it is before a map is created. The worker is started at once
 * (prewarm): its script is fetched and compiled while the fonts, the data and the interface load,
 * instead of after the map is created.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
prewarm();
