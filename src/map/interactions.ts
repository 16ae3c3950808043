/**
 * Pointer interaction with the map's layers, reported to the store: hovering a unit (pointer cursor, tooltip)
 * and clicking it (opens the province, district, commune or 2025 commune). The layers are those of ./style.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { PLAN_SLUGS } from '../data/load';
import { isReformDate } from '../domain/history';
import { useAppStore, type HoverInfo } from '../state/store';

type Props = { code?: string; districtCode?: string; members?: string } | undefined;
const propsOf = (e: MapLayerMouseEvent): Props => e.features?.[0]?.properties as Props;

export function connectInteractions(map: MapLibreMap): void {
  const store = useAppStore.getState;
  const hoverable = (layer: string, hoverOf: (p: Props, e: MapLayerMouseEvent) => HoverInfo | null) => {
    map.on('mousemove', layer, (e: MapLayerMouseEvent) => {
      const hover = hoverOf(propsOf(e), e);
      if (!hover) return;
      map.getCanvas().style.cursor = 'pointer';
      store().setHover(hover);
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
      store().setHover(null);
    });
  };
  const at = (e: MapLayerMouseEvent) => ({ x: e.point.x, y: e.point.y });

  hoverable('national-province-fill', (p, e) => (p?.code ? { code: p.code, province: true, ...at(e) } : null));
  map.on('click', 'national-province-fill', (e: MapLayerMouseEvent) => {
    const p = propsOf(e);
    const s = store();
    // A 2025 province opens the old province with a plan inside it (or its first old province).
    const codes = isReformDate(s.unitsAsOf) && p?.members ? p.members.split(',') : p?.code ? [p.code] : [];
    const entries = codes.map((c) => s.provinces.find((x) => x.code === c)).filter((x) => x !== undefined);
    const entry = entries.find((x) => PLAN_SLUGS.includes(x.slug)) ?? entries[0];
    if (entry) void s.selectProvince(entry.slug);
  });

  hoverable('district-fill', (p, e) => (p?.code ? { code: p.code, ...at(e) } : null));
  map.on('click', 'district-fill', (e: MapLayerMouseEvent) => {
    // With the office's communes shown, a click belongs to the commune under it.
    if (map.getLayer('commune-fill') && map.getLayoutProperty('commune-fill', 'visibility') === 'visible') return;
    const code = propsOf(e)?.code;
    if (code) store().selectDistrict(code);
  });

  hoverable('commune-fill', (p, e) => (p?.code && p.districtCode ? { code: p.districtCode, commune: p.code, ...at(e) } : null));
  map.on('click', 'commune-fill', (e: MapLayerMouseEvent) => {
    const p = propsOf(e);
    if (p?.code && p.districtCode) store().selectDistrict(p.districtCode, { commune: p.code });
  });

  hoverable('new-commune-fill', (p, e) => (p?.code ? { code: p.code, newCommune: true, ...at(e) } : null));
  map.on('click', 'new-commune-fill', (e: MapLayerMouseEvent) => {
    const code = propsOf(e)?.code;
    if (code) store().setFocusedNewCommune(code);
  });
}
