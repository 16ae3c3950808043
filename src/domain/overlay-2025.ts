/**
 * A 2025 province's office overlay: its key, an empty one, and the office model with it on top. Apart from
 * ./status-import-2025 (the status import, loaded with it, issue 19) as the first view needs only these.
 */
import { applyOverlay, emptyOverlay, type Overlay } from './overlay';
import type { ProvinceModel } from './model';

/** Overlay and storage key of a 2025 province's office data ("37@2025"): never the old province's. */
export function overlayKey2025(provinceCode: string): string {
  return `${provinceCode}@2025`;
}

export function emptyOverlay2025(provinceCode: string): Overlay {
  return emptyOverlay(overlayKey2025(provinceCode));
}

/** The office model with the office's 2025 facts on top (views, filters, lagging list and tables work on it). */
export function applyOverlay2025(office: ProvinceModel, overlay: Overlay): ProvinceModel {
  if (overlay.provinceCode !== overlayKey2025(office.province.code)) return office;
  return applyOverlay(office, { ...overlay, provinceCode: office.province.code });
}
