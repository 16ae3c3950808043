/**
 * Waiting for a GeoJSON source to have read its latest data (MapLibre reads and indexes it in its worker). A layer
 * shown while its source is still reading makes MapLibre draw a frame without it (without a GPU such a frame holds
 * the main thread for about 100 ms) and ask for the source's tiles only after that frame: the office's communes are
 * shown, and the districts put under them, once their polygons are read (./layers/commune.ts, ./layers/province.ts;
 * issue 19). The source is idle again after an error too.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

interface ReadingSource {
  loaded(): boolean;
}

/** Whether the source exists and is still reading data it was given. */
function sourceReading(map: Pick<MapLibreMap, 'getSource'>, id: string): boolean {
  const source = map.getSource(id) as ReadingSource | undefined;
  return source !== undefined && !source.loaded();
}

/**
 * Runs `then` once the source has read its data: at once when it is not reading (or does not exist), else on the
 * MapLibre event that says so. Returns how to cancel a run still waiting.
 */
export function afterSourceRead(map: Pick<MapLibreMap, 'getSource' | 'on' | 'off'>, id: string, then: () => void): () => void {
  if (!sourceReading(map, id)) {
    then();
    return () => undefined;
  }
  const check = (e: object) => {
    const source = (e as Partial<MapSourceDataEvent>).sourceId;
    if ((source !== undefined && source !== id) || sourceReading(map, id)) return;
    stop();
    then();
  };
  const stop = () => {
    map.off('sourcedata', check);
    map.off('error', check);
  };
  map.on('sourcedata', check);
  map.on('error', check);
  return stop;
}
