/**
 * Today's communes (units from 1 July 2025) as map data: the real commune polygons of a 2025 province, their
 * labels, and their paint — the plans seen through their predecessors (province2025Paint), or the office's own
 * 2025 status table (the 5-digit import) in the district maps' views.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { displayName2025, officeModel2025, type Province2025Model } from '../../domain/communes-2025';
import type { NewCommuneView } from '../../domain/new-commune-plan';
import { province2025Paint } from '../../domain/new-commune-plan';
import type { Overlay } from '../../domain/overlay';
import { applyOverlay2025 } from '../../domain/overlay-2025';
import type { MapView } from '../../domain/views';
import type { DistrictFilter } from '../../domain/filters';
import { categoryColor } from '../../ui/scale';
import { communePaint, unitPaint } from '../unit-paint';
import type { MapLegend } from '../../ui/map-legend';

export type Commune2025Props = { code: string; name: string };
export type Communes2025 = FeatureCollection<Polygon | MultiPolygon, Commune2025Props>;

/** The province's communes from its 2025 topology (object `communes`), named by the display rule. */
export function communes2025Features(topology: Topology, provinceCode: string): Communes2025 {
  const object = topology.objects.communes as GeometryCollection<{ code: string; name: string; province: string }>;
  const fc = feature(topology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; province: string }>;
  return {
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => f.properties.province === provinceCode)
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.properties.code, name: displayName2025(f.properties.name) } })),
  };
}

/** The province's own outline from its 2025 topology (object `provinces`). */
export function province2025Outline(topology: Topology, provinceCode: string): FeatureCollection {
  const object = topology.objects.provinces as GeometryCollection<{ code: string }> | undefined;
  if (!object) return { type: 'FeatureCollection', features: [] };
  const fc = feature(topology, object) as FeatureCollection;
  return { ...fc, features: fc.features.filter((f) => (f.properties as { code?: string } | null)?.code === provinceCode) };
}

/** "Xã Nga Sơn" → "Nga Sơn", "Đặc khu Hoàng Sa" → "Hoàng Sa" (map labels). */
export const commune2025Label = (name: string) => name.replace(/^(Xã|Phường|Đặc khu)\s+/u, '');

/** The district maps' views seen in today's communes: registration and progress both read the registrations. */
export function newCommuneView(view: MapView): NewCommuneView {
  if (view === 'agency') return 'agency';
  if (view === 'level') return 'level';
  return 'registration';
}

export interface Commune2025State {
  fill: string;
  /** Hatched: only some predecessors (or no planned predecessor: "không có dữ liệu"). */
  partial: boolean;
  /** Formed in part from a commune split between several new communes. */
  split: boolean;
  dim: boolean;
}

/** The feature-state of each commune when coloured by the plans seen through its predecessors. */
export function planPaint2025(model: Province2025Model, view: MapView, year: number, agencyKeys: readonly string[]): Map<string, Commune2025State> {
  const out = new Map<string, Commune2025State>();
  for (const [code, p] of province2025Paint(model, newCommuneView(view), year))
    out.set(code, { fill: categoryColor(p.category, agencyKeys), partial: p.share === 'some' || p.category === 'no-data', split: p.partial, dim: false });
  return out;
}

/** The office's 2025 model (its status table on the 2025 communes), for views, filters and lagging lists. */
export function officeModelWithStatus(model: Province2025Model, overlay: Overlay) {
  return applyOverlay2025(officeModel2025(model), overlay);
}

/** The feature-state of each commune when coloured by the office's own 2025 status table (the district maps' views). */
export function officePaint2025(
  model: Province2025Model,
  overlay: Overlay,
  view: MapView,
  year: number,
  filter: DistrictFilter,
): Map<string, Commune2025State> {
  const office = officeModelWithStatus(model, overlay);
  const codes = model.communes.map((c) => c.code);
  const out = new Map<string, Commune2025State>();
  for (const [code, p] of communePaint(office, view, year, filter, codes)) out.set(code, { fill: p.fill, partial: p.nodata, split: false, dim: p.dim });
  return out;
}

/** The feature-state of each commune from a commune legend (ui/map-legend.ts: the office's table in a view, filters dimming). */
export function legendPaint2025(legend: MapLegend, communes: readonly { code: string }[]): Map<string, Commune2025State> {
  const out = new Map<string, Commune2025State>();
  for (const [code, p] of unitPaint(
    legend,
    communes.map((c) => c.code),
  ))
    out.set(code, { fill: p.fill, partial: p.nodata, split: false, dim: p.dim });
  return out;
}

/** Whether the office has any 2025 status row (then the map can colour by it). */
export const hasStatus2025 = (overlay: Overlay | undefined | null) => !!overlay && Object.keys(overlay.units).length > 0;

export type { Feature };
