/**
 * The map's style as data: every source and layer the app ever shows, in drawing order, the ones not in use
 * hidden. The map is created with the background and the province's districts (in it when already known, so
 * they start being cut into tiles with the style itself); the other groups are added the first time they are
 * shown (./layer-groups).
 * No network: no tiles, no glyphs, no sprites. Labels are HTML text over the map (./label-overlay).
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FillLayerSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { NATIONAL_COLORS, NO_DATA_COLOR, REFORM_COLORS } from '../ui/scale';

/** The outline of a 2025 commune formed in part from a split commune (legend: NewCommunePlanLegend). */
export const SPLIT_OUTLINE = '#6a1b9a';

import {
  COMMUNES,
  HATCH_IMAGE,
  NATIONAL_COMMUNE_PROVINCES,
  NATIONAL_COMMUNES,
  NATIONAL_DISTRICTS,
  NATIONAL_PROVINCES,
  NEW_COMMUNES,
  REFORM_MEMBERS,
  REFORM_OUTLINE,
  SOURCE,
} from './layer-ids';

/** The hatching's line colour (0..255) and opacity (0..255): the pattern image and the communes' hatch layer (./render/hatch-layer.ts). */
export const HATCH_LINE_RGBA = [60, 60, 60, 150] as const;

/** 16×16 transparent tile with one dark diagonal line (drawn at 2× for sharpness). */
export function hatchPattern(): { width: number; height: number; data: Uint8Array } {
  const size = 16;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = HATCH_LINE_RGBA[0];
      data[i + 1] = HATCH_LINE_RGBA[1];
      data[i + 2] = HATCH_LINE_RGBA[2];
      data[i + 3] = onLine ? HATCH_LINE_RGBA[3] : 0;
    }
  }
  return { width: size, height: size, data };
}

/** An empty collection (typed so that it fits wherever a collection of any properties is expected). */
export const EMPTY = { type: 'FeatureCollection' as const, features: [] as never[] };

// Visibility is always written out: the app toggles it, and setting a layer's visibility to the value it
// already has is free only when the style states that value (otherwise MapLibre re-cuts the source's tiles).
const hidden = { visibility: 'none' as const };
const shown = { visibility: 'visible' as const };

/**
 * Colour and opacity from feature-state: the view is repainted without reloading the source. A unit with the state
 * `under` (a district under the office's commune polygons) is not filled: hiding its layer instead would make
 * MapLibre cut the source's tiles again.
 */
const under: ExpressionSpecification = ['boolean', ['feature-state', 'under'], false];
/**
 * A unit's paint value: its feature-state, else (`inData`: the office's imported communes) the value written into
 * the feature when its data was set (./unit-paint.ts withPaint: the tiles are cut with the colours of the view shown,
 * and no feature-state has to be applied to each tile as it arrives, on the main thread), else nothing.
 */
const paintValue = (key: string, inData: boolean): ExpressionSpecification =>
  inData ? ['coalesce', ['feature-state', key], ['get', key]] : ['feature-state', key];
const stateFill = (hoverOpacity: number, restOpacity: number, dimmable: boolean, inData = false): FillLayerSpecification['paint'] => ({
  'fill-color': ['to-color', ['coalesce', paintValue('fill', inData), NO_DATA_COLOR]],
  'fill-opacity': dimmable
    ? ['case', under, 0, ['boolean', paintValue('dim', inData), false], 0.2, ['boolean', ['feature-state', 'hover'], false], hoverOpacity, restOpacity]
    : ['case', ['boolean', ['feature-state', 'hover'], false], hoverOpacity, restOpacity],
});
/** The 2025 communes' hatching where only some predecessors reached the level (feature-state `partial`). */
const partialHatch = (): LayerSpecification => ({
  id: 'new-commune-hatch',
  type: 'fill',
  source: NEW_COMMUNES,
  layout: hidden,
  paint: {
    'fill-antialias': false,
    'fill-pattern': HATCH_IMAGE,
    'fill-opacity': ['case', ['boolean', ['feature-state', 'partial'], false], 1, 0],
  },
});

/** District outlines: the selected one red; darker over the office's communes (state `under`). */
export const DISTRICT_LINE_COLOR: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', under, '#111', '#444'];

export interface InitialData {
  /** The province's districts, when known as the map is created. */
  districts: FeatureCollection;
}

/** Every layer the app shows, in drawing order (the groups not in the style at first are added in this order). */
export function allLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef2f3' } },
    { id: 'district-fill', type: 'fill', source: SOURCE, layout: shown, paint: stateFill(0.95, 0.85, true) },
    { id: 'commune-fill', type: 'fill', source: COMMUNES, layout: hidden, paint: stateFill(0.95, 0.85, true, true) },
    {
      id: 'commune-line',
      type: 'line',
      source: COMMUNES,
      layout: hidden,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'focused'], false], '#c0392b', '#777'],
        'line-width': ['case', ['boolean', ['feature-state', 'focused'], false], 3, ['boolean', ['feature-state', 'hover'], false], 1.6, 0.4],
      },
    },
    // Diagonal hatching over "no data" areas, so they read apart from any level in greyscale print and for
    // colour-blind viewers: the districts' and the communes' are custom layers (./render/hatch-layer.ts, added here by
    // ./layers/province.ts and ./layers/commune.ts), drawn over the hatched polygons only.
    {
      id: 'district-line',
      type: 'line',
      source: SOURCE,
      layout: shown,
      paint: {
        'line-color': DISTRICT_LINE_COLOR,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, ['boolean', ['feature-state', 'hover'], false], 2, 0.8],
      },
    },
    {
      id: 'national-province-fill',
      type: 'fill',
      source: NATIONAL_PROVINCES,
      layout: hidden,
      paint: {
        'fill-color': ['case', ['boolean', ['feature-state', 'seed'], false], NATIONAL_COLORS.seed, NATIONAL_COLORS.other],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.85],
      },
    },
    // Today's 3,321 communes (national overview, "Xã" tier): colour and hatching are in each feature's properties
    // (worked out once from the build's plan paint), so drawing them needs no feature-state per commune.
    {
      id: 'national-commune-fill',
      type: 'fill',
      source: NATIONAL_COMMUNES,
      layout: hidden,
      paint: {
        'fill-color': ['to-color', ['coalesce', ['get', 'fill'], NO_DATA_COLOR]],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.85],
      },
    },
    {
      id: 'national-commune-hatch',
      type: 'fill',
      source: NATIONAL_COMMUNES,
      layout: hidden,
      filter: ['==', ['get', 'hatch'], true],
      paint: { 'fill-antialias': false, 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: 'national-commune-line',
      type: 'line',
      source: NATIONAL_COMMUNES,
      layout: hidden,
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#111', '#7d868c'],
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0.2],
      },
    },
    {
      id: 'national-commune-province-line',
      type: 'line',
      source: NATIONAL_COMMUNE_PROVINCES,
      layout: hidden,
      paint: { 'line-color': '#2d3a44', 'line-width': 0.9 },
    },
    { id: 'national-district-line', type: 'line', source: NATIONAL_DISTRICTS, layout: hidden, paint: { 'line-color': '#9aa5ad', 'line-width': 0.3 } },
    {
      id: 'national-province-line',
      type: 'line',
      source: NATIONAL_PROVINCES,
      layout: hidden,
      paint: { 'line-color': '#2d3a44', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0.9] },
    },
    {
      id: 'reform-fill',
      type: 'fill',
      source: REFORM_MEMBERS,
      layout: hidden,
      paint: { 'fill-color': ['case', ['boolean', ['feature-state', 'seed'], false], REFORM_COLORS.seed, REFORM_COLORS.other], 'fill-opacity': 0.8 },
    },
    // The office's commune polygons dissolved into the 2025 communes, coloured by their predecessors' summary.
    // Today's communes (real polygons from 1 July 2025, or the office's dissolved), coloured by their predecessors.
    { id: 'new-commune-fill', type: 'fill', source: NEW_COMMUNES, layout: hidden, paint: stateFill(1, 0.9, true) },
    partialHatch(),
    {
      id: 'new-commune-line',
      type: 'line',
      source: NEW_COMMUNES,
      layout: hidden,
      paint: {
        // Formed in part from a commune split between several new communes: a stronger outline (the legend says so).
        'line-color': [
          'case',
          ['boolean', ['feature-state', 'focused'], false],
          '#c0392b',
          ['boolean', ['feature-state', 'split'], false],
          SPLIT_OUTLINE,
          '#333',
        ],
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'focused'], false],
          3,
          ['boolean', ['feature-state', 'hover'], false],
          1.8,
          ['boolean', ['feature-state', 'split'], false],
          1.6,
          0.5,
        ],
      },
    },
    {
      id: 'reform-member-line',
      type: 'line',
      source: REFORM_MEMBERS,
      layout: hidden,
      // The old provinces' borders over today's communes (0.5 px): heavier, so the old provinces read at a glance.
      paint: { 'line-color': '#1d2b36', 'line-width': 2.2, 'line-dasharray': [2.5, 1.5] },
    },
    { id: 'reform-outline', type: 'line', source: REFORM_OUTLINE, layout: hidden, paint: { 'line-color': REFORM_COLORS.outline, 'line-width': 3.5 } },
  ];
}

/**
 * Layers come in groups, each with its sources. The province's districts are in the style from the start; the
 * office's communes, the national overview and the 2025 units are added the first time they are shown
 * (./layer-groups): each GeoJSON source in the style is loaded by MapLibre's worker at once, even empty, and
 * their loading drew one more frame on every load.
 */
export type LayerGroup = 'province' | 'communes' | 'national' | 'reform' | 'national-communes';
export const GROUP_SOURCES: Record<LayerGroup, readonly string[]> = {
  province: [SOURCE],
  communes: [COMMUNES],
  national: [NATIONAL_PROVINCES, NATIONAL_DISTRICTS],
  reform: [REFORM_MEMBERS, REFORM_OUTLINE, NEW_COMMUNES],
  'national-communes': [NATIONAL_COMMUNES, NATIONAL_COMMUNE_PROVINCES],
};
/** Sources whose features are addressed by code (feature-state, hover). */
const PROMOTED = new Set([SOURCE, COMMUNES, NATIONAL_PROVINCES, REFORM_MEMBERS, NEW_COMMUNES, NATIONAL_COMMUNES]);

export function sourceSpec(id: string, data: FeatureCollection = EMPTY): SourceSpecification {
  return {
    type: 'geojson',
    data,
    ...(PROMOTED.has(id) ? { promoteId: 'code' } : {}),
  };
}

/** The style the map is created with: the background and the province's districts (in it when already known). */
export function mapStyle(initial?: InitialData): StyleSpecification {
  const sources = GROUP_SOURCES.province;
  return {
    version: 8,
    // A paint change shows at once: MapLibre's default 300 ms transition would draw frame after frame meanwhile
    // (each costly without a GPU) and hold the main thread while tiles are being cut (issue 19).
    transition: { duration: 0, delay: 0 },
    sources: Object.fromEntries(sources.map((id) => [id, sourceSpec(id, id === SOURCE ? initial?.districts : undefined)])),
    layers: allLayers().filter((layer) => layer.type === 'background' || ('source' in layer && sources.includes(layer.source as string))),
  };
}
