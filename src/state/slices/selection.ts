/** Selection slice: what the user has picked or points at (district, commune, 2025 commune, hover, zoom requests). */
import type { SliceOf } from '../types';

export interface HoverInfo {
  /** District under the pointer. */
  code: string;
  /** Commune under the pointer, when commune polygons are shown. */
  commune?: string;
  /** In the national overview, `code` is a province code. */
  province?: boolean;
  /** From 1 July 2025, `code` is a new commune drawn from the office's polygons. */
  newCommune?: boolean;
  /** In the national overview's communes (from 1 July 2025), `code` is a 2025 commune: what the tooltip says of it. */
  nationalCommune?: { name: string; province: string; planProvince: boolean; planned: boolean; category: string; share: string };
  x: number;
  y: number;
  /** Opened by a tap on a touch screen: the card stays until closed (no pointer leaves it). */
  touch?: boolean;
}

export interface SelectionSlice {
  selectedDistrict: string | null;
  /** Commune picked in search: shown highlighted in its district's panel. */
  focusedCommune: string | null;
  /** The 2025 commune opened in the new-units panel (also from a click on the map). */
  focusedNewCommune: string | null;
  /** The unit under the pointer (read by the tooltip and the map's hover layer, never by the map component). */
  hover: HoverInfo | null;
  /** Bumped to ask the map to zoom to the selected district. */
  zoomRequest: number;
  selectDistrict: (code: string | null, options?: { zoom?: boolean; commune?: string | null }) => void;
  setHover: (hover: HoverInfo | null) => void;
  setFocusedNewCommune: (code: string | null) => void;
}

export const selectionSlice: SliceOf<SelectionSlice> = (set) => ({
  selectedDistrict: null,
  focusedCommune: null,
  focusedNewCommune: null,
  hover: null,
  zoomRequest: 0,
  selectDistrict: (code, options) =>
    set((s) => ({
      selectedDistrict: code,
      focusedCommune: options?.commune ?? null,
      zoomRequest: options?.zoom ? s.zoomRequest + 1 : s.zoomRequest,
    })),
  setHover: (hover) => set({ hover }),
  setFocusedNewCommune: (focusedNewCommune) => set({ focusedNewCommune }),
});
