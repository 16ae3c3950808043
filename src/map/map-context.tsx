/**
 * The live map for the components that need it (e.g. the PNG export), through React context: `<MapProvider>`
 * around the app, `<MapCanvas>` registers the map it owns, `useMap()` reads it (null until the map exists).
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { MapHandle } from './handle';

interface Registry {
  handle: MapHandle | null;
  setHandle: (handle: MapHandle | null) => void;
}

const MapContext = createContext<Registry>({ handle: null, setHandle: () => undefined });

export function MapProvider({ children }: { children: ReactNode }) {
  const [handle, setHandle] = useState<MapHandle | null>(null);
  return <MapContext.Provider value={{ handle, setHandle }}>{children}</MapContext.Provider>;
}

/** The map on screen and its labels, or null before it exists. */
export function useMap(): MapHandle | null {
  return useContext(MapContext).handle;
}

/** For <MapCanvas> only: registers the map it owns. */
export function useMapRegistry(): (handle: MapHandle | null) => void {
  return useContext(MapContext).setHandle;
}
