/**
 * MapLibre 6 loads its worker from a separate ES module; Vite must bundle it (with its shared chunk)
 * and MapLibre must be told where it is before a map is created.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
