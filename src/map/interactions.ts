/**
 * Pointer interaction with the map's layers, reported to the store: hovering a unit (pointer cursor, tooltip)
 * and clicking it (opens the province, district, commune or 2025 commune); and the hovered unit highlighted
 * through feature-state, from the store (no component re-renders on hover). Layer ids from ./layer-ids.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { PLAN_SLUGS } from '../data/load';
import { selectNewProvincesShown } from '../state/selectors';
import type { Store } from '../state/effects/watch';
import type { HoverInfo } from '../state/types';
import { follow, type MapHandle } from './handle';
import { COMMUNES, HOVER_LAYERS, NATIONAL_COMMUNES, NATIONAL_PROVINCES, NEW_COMMUNES, SOURCE } from './layer-ids';
import type { NationalCommuneProps } from './layers/national-2025';

type Props = { code?: string; districtCode?: string; members?: string } | undefined;
const propsOf = (e: MapLayerMouseEvent): Props => e.features?.[0]?.properties as Props;

export function connectInteractions(map: MapLibreMap, appStore: Store): void {
  const store = appStore.getState;
  // A tap on a touch screen (pointer type "touch") opens the unit's card instead of hovering or selecting: the
  // mouse events the browser makes up after a tap are not a pointer hovering.
  let touch = false;
  // On a touch screen a tap selects: two taps in a row (a card closed, then the next area tapped within MapLibre's
  // 500 ms) open two cards rather than zoom. Zoom is by pinch and the +/− buttons there; a mouse keeps double-click zoom.
  const onPointerDown = (e: PointerEvent) => {
    touch = e.pointerType === 'touch';
    if (touch && map.doubleClickZoom.isEnabled()) map.doubleClickZoom.disable();
    else if (!touch && !map.doubleClickZoom.isEnabled()) map.doubleClickZoom.enable();
  };
  map.getCanvasContainer().addEventListener('pointerdown', onPointerDown, { capture: true });
  map.getCanvasContainer().addEventListener('pointermove', (e) => (touch = e.pointerType === 'touch'), { capture: true, passive: true });
  const tapped = (hover: HoverInfo | null): boolean => {
    if (!touch) return false;
    store().setHover(hover ? { ...hover, touch: true } : null);
    return true;
  };
  const hoverable = (layer: string, hoverOf: (p: Props, e: MapLayerMouseEvent) => HoverInfo | null) => {
    map.on('mousemove', layer, (e: MapLayerMouseEvent) => {
      if (touch) return;
      const hover = hoverOf(propsOf(e), e);
      if (!hover) return;
      map.getCanvas().style.cursor = 'pointer';
      store().setHover(hover);
    });
    map.on('mouseleave', layer, () => {
      if (touch) return;
      map.getCanvas().style.cursor = '';
      store().setHover(null);
    });
  };
  const at = (e: MapLayerMouseEvent) => ({ x: e.point.x, y: e.point.y });

  hoverable(HOVER_LAYERS.province, (p, e) => (p?.code ? { code: p.code, province: true, ...at(e) } : null));
  map.on('click', HOVER_LAYERS.province, (e: MapLayerMouseEvent) => {
    const p = propsOf(e);
    const s = store();
    // A 2025 province opens the old province with a plan inside it (or its first old province).
    const codes = selectNewProvincesShown(s) && p?.members ? p.members.split(',') : p?.code ? [p.code] : [];
    const entries = codes.map((c) => s.provinces.find((x) => x.code === c)).filter((x) => x !== undefined);
    const entry = entries.find((x) => PLAN_SLUGS.includes(x.slug)) ?? entries[0];
    if (entry) void s.selectProvince(entry.slug);
  });

  hoverable(HOVER_LAYERS.district, (p, e) => (p?.code ? { code: p.code, ...at(e) } : null));
  map.on('click', HOVER_LAYERS.district, (e: MapLayerMouseEvent) => {
    // With the office's communes shown, a click belongs to the commune under it.
    if (map.getLayer('commune-fill') && map.getLayoutProperty('commune-fill', 'visibility') === 'visible') return;
    const code = propsOf(e)?.code;
    if (code && !tapped({ code, ...at(e) })) store().selectDistrict(code);
  });

  hoverable(HOVER_LAYERS.commune, (p, e) => (p?.code && p.districtCode ? { code: p.districtCode, commune: p.code, ...at(e) } : null));
  map.on('click', HOVER_LAYERS.commune, (e: MapLayerMouseEvent) => {
    const p = propsOf(e);
    if (p?.code && p.districtCode && !tapped({ code: p.districtCode, commune: p.code, ...at(e) })) store().selectDistrict(p.districtCode, { commune: p.code });
  });

  // A tap outside the districts and communes closes a tapped card.
  map.on('click', (e) => {
    if (!touch || !store().hover?.touch) return;
    const layers = [HOVER_LAYERS.district, HOVER_LAYERS.commune].filter((l) => map.getLayer(l));
    if (!map.queryRenderedFeatures(e.point, { layers }).length) store().setHover(null);
  });

  // The national overview's communes (from 1 July 2025): a click opens the commune's province at that commune.
  hoverable(HOVER_LAYERS.nationalCommune, (_p, e) => {
    const c = e.features?.[0]?.properties as NationalCommuneProps | undefined;
    if (!c?.code) return null;
    const { name, province, planProvince, planned, category, share } = c;
    return { code: c.code, nationalCommune: { name, province, planProvince, planned, category, share }, ...at(e) };
  });
  map.on('click', HOVER_LAYERS.nationalCommune, (e: MapLayerMouseEvent) => {
    const c = e.features?.[0]?.properties as NationalCommuneProps | undefined;
    if (c?.code) void openCommune2025(appStore, c.province, c.code);
  });

  hoverable(HOVER_LAYERS.newCommune, (p, e) => (p?.code ? { code: p.code, newCommune: true, ...at(e) } : null));
  map.on('click', HOVER_LAYERS.newCommune, (e: MapLayerMouseEvent) => {
    const code = propsOf(e)?.code;
    if (code) store().setFocusedNewCommune(code);
  });
}

/**
 * Opens a 2025 commune's province at that commune: the province's old member with a plan (else its first one
 * the app knows) in today's units, then the commune in the panel, outlined on the map.
 */
export async function openCommune2025(appStore: Store, provinceCode: string, communeCode: string): Promise<void> {
  const s = appStore.getState();
  const members = s.newProvinces?.find((p) => p.code === provinceCode)?.members ?? [];
  const entries = members.map((c) => s.provinces.find((x) => x.code === c)).filter((x) => x !== undefined);
  const entry = entries.find((x) => PLAN_SLUGS.includes(x.slug)) ?? entries[0];
  if (!entry) return;
  await s.selectProvince(entry.slug);
  if (appStore.getState().provinceSlug === entry.slug) appStore.getState().setFocusedNewCommune(communeCode);
}

/** The source and feature a hover points at. */
function hoverTarget(hover: HoverInfo | null): { source: string; id: string } | null {
  if (!hover) return null;
  const id = hover.commune ?? hover.code;
  const source = hover.nationalCommune
    ? NATIONAL_COMMUNES
    : hover.newCommune
      ? NEW_COMMUNES
      : hover.commune
        ? COMMUNES
        : hover.province
          ? NATIONAL_PROVINCES
          : SOURCE;
  return { source, id };
}

/** Highlights the unit under the pointer. */
export function followHover(handle: MapHandle): () => void {
  let previous: { source: string; id: string } | null = null;
  return follow(
    handle.store,
    (s) => [s.hover],
    (s) => {
      if (previous) handle.map.setFeatureState(previous, { hover: false });
      previous = hoverTarget(s.hover);
      if (previous) handle.map.setFeatureState(previous, { hover: true });
    },
  );
}
