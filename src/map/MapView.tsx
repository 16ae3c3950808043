/**
 * Thin MapLibre adapter: draws the province's districts, paints them from feature-state (no source
 * reload when the view, year or filter changes) and reports hover and clicks to the store. No network:
 * no tiles, no glyphs URL (labels use the self-hosted CSS font), no sprites.
 */
import { bbox as turfBbox } from '@turf/turf';
import { NavigationControl, type GeoJSONSource, type LngLatBoundsLike, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { createMap } from './create-map';
import { districtFeaturesOf } from './district-features';
import { isReformDate } from '../domain/history';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { communeMatches, isFilterActive, matchingDistricts } from '../domain/filters';
import { nameKey } from '../domain/names';
import { communeCategories, districtCategories, provinceAgencies } from '../domain/views';
import { labelPoints } from '../geo/labels';
import { mainBbox } from '../geo/main-bbox';
import { REFORM_COLORS } from '../ui/palette';
import { useAppStore } from '../state/store';
import { categoryLabel, legendEntries, viewTitle } from '../ui/legend';
import { categoryColor, LEVEL_COLORS, NO_DATA_COLOR } from '../ui/palette';
import { newCommuneSummariesOf, NONE } from '../state/new-communes';
import { summaryText } from '../domain/history-tables';
import { setActiveMap } from './active-map';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PLAN_SLUGS } from '../data/load';
import { LABEL_FONT } from './font';


const SOURCE = 'districts';
const LABEL_SOURCE = 'district-labels';
const COMMUNES = 'communes';
const COMMUNE_LABELS = 'commune-labels';
const NATIONAL_DISTRICTS = 'national-districts';
const NATIONAL_PROVINCES = 'national-provinces';
const NATIONAL_LABELS = 'national-labels';
const PROVINCE_LAYERS = ['district-fill', 'district-hatch', 'district-line', 'district-labels'];
const NATIONAL_LAYERS = ['national-province-fill', 'national-district-line', 'national-province-line', 'national-labels'];
const REFORM_MEMBERS = 'reform-members';
const REFORM_OUTLINE = 'reform-outline';
const REFORM_LABELS = 'reform-labels';
const REFORM_LAYERS = ['reform-fill', 'new-commune-fill', 'new-commune-hatch', 'new-commune-line', 'reform-member-line', 'reform-outline', 'reform-labels'];
const NEW_COMMUNES = 'new-communes';
const COMMUNE_LAYERS = ['commune-fill', 'commune-line', 'commune-hatch', 'commune-labels'];

/** "Huyện Yên Khánh" → "Yên Khánh"; "Thành phố Tam Điệp" → "TP Tam Điệp" (shorter map labels). */
export function shortName(name: string): string {
  return name
    .replace(/^Huyện /, '')
    .replace(/^Thành phố /, 'TP ')
    .replace(/^Thị xã /, 'TX ')
    .replace(/^Quận /, 'Q. ');
}

/** 16×16 transparent tile with one dark diagonal line (drawn at 2× for sharpness). */
function hatchPattern(): { width: number; height: number; data: Uint8Array } {
  const size = 16;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = 60;
      data[i + 1] = 60;
      data[i + 2] = 60;
      data[i + 3] = onLine ? 150 : 0;
    }
  }
  return { width: size, height: size, data };
}

declare global {
  interface Window {
    /** Test and benchmark hook: the live map and where a district's label sits on screen. */
    ntmMap?: { map: MapLibreMap; districtPoint: (code: string) => { x: number; y: number } | null };
  }
}

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const loadedCodes = useRef<string[]>([]);
  const labelIndex = useRef(new Map<string, [number, number]>());
  const topology = useAppStore((s) => s.topology);
  const model = useAppStore((s) => s.model);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const filter = useAppStore((s) => s.filter);
  const selected = useAppStore((s) => s.selectedDistrict);
  const zoomRequest = useAppStore((s) => s.zoomRequest);
  const presenting = useAppStore((s) => s.presenting);
  const hover = useAppStore((s) => s.hover);
  const t = useAppStore((s) => s.t);
  const tier = useAppStore((s) => s.tier);
  const communeBoundaries = useAppStore((s) => s.communeBoundaries);
  const history = useAppStore((s) => s.history);
  const era = useAppStore((s) => s.era);
  const loadedCommunes = useRef<string[]>([]);
  const showCommunes = tier === 'commune' && Boolean(communeBoundaries);

  const [ready, setReady] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  // What the map shows once painted ("thanh-hoa:registration:2025"), for tests and the benchmark. Written to the
  // element directly: a React state here would re-render the whole view after every repaint.
  const setPainted = (value: string) => container.current?.setAttribute('data-painted', value);
  // After the province's rearrangement, merged districts are drawn as one (built-in boundaries only:
  // an office's own district file is drawn as it is).
  const features = useAppStore(districtFeaturesOf);

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    const map = createMap(container.current, useAppStore.getState().t('map.attribution'));
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    mapRef.current = map;
    setActiveMap(map);
    window.ntmMap = {
      map,
      districtPoint: (code) => {
        const p = labelIndex.current.get(code);
        if (!p) return null;
        const px = map.project(p);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + px.x, y: rect.top + px.y };
      },
    };
    const setUp = () => {
      map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      map.addSource(LABEL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'district-fill',
        type: 'fill',
        source: SOURCE,
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR]],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.2, ['boolean', ['feature-state', 'hover'], false], 0.95, 0.85],
        },
      });
      map.addSource(COMMUNES, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      map.addSource(COMMUNE_LABELS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'commune-fill',
        type: 'fill',
        source: COMMUNES,
        layout: { visibility: 'none' },
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR]],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.2, ['boolean', ['feature-state', 'hover'], false], 0.95, 0.85],
        },
      });
      map.addLayer({
        id: 'commune-line',
        type: 'line',
        source: COMMUNES,
        layout: { visibility: 'none' },
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'focused'], false], '#c0392b', '#777'],
          'line-width': ['case', ['boolean', ['feature-state', 'focused'], false], 3, ['boolean', ['feature-state', 'hover'], false], 1.6, 0.4],
        },
      });
      // Diagonal hatching over "no data" districts, so they read apart from any level in greyscale print
      // and for colour-blind viewers. Shown through feature-state, like the fill colour.
      map.addImage('hatch', hatchPattern(), { pixelRatio: 2 });
      map.addLayer({
        id: 'district-hatch',
        type: 'fill',
        source: SOURCE,
        paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['boolean', ['feature-state', 'nodata'], false], 1, 0] },
      });
      map.addLayer({
        id: 'district-line',
        type: 'line',
        source: SOURCE,
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', '#444'],
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, ['boolean', ['feature-state', 'hover'], false], 2, 0.8],
        },
      });
      map.addLayer({
        id: 'commune-hatch',
        type: 'fill',
        source: COMMUNES,
        layout: { visibility: 'none' },
        paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['boolean', ['feature-state', 'nodata'], false], 1, 0] },
      }, 'district-line');
      map.addLayer({
        id: 'commune-labels',
        type: 'symbol',
        source: COMMUNE_LABELS,
        minzoom: 9.5,
        layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': [LABEL_FONT], 'text-size': 11, 'text-max-width': 7 },
        paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.4 },
      });
      map.addLayer({
        id: 'district-labels',
        type: 'symbol',
        source: LABEL_SOURCE,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': 13,
          'text-max-width': 8,
          'text-allow-overlap': false,
        },
        paint: { 'text-color': '#111', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
      });
      map.addSource(NATIONAL_PROVINCES, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      map.addSource(NATIONAL_DISTRICTS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addSource(NATIONAL_LABELS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'national-province-fill',
        type: 'fill',
        source: NATIONAL_PROVINCES,
        layout: { visibility: 'none' },
        paint: {
          'fill-color': ['case', ['boolean', ['feature-state', 'seed'], false], '#2c7fb8', '#e4e7ea'],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.85],
        },
      });
      map.addLayer({ id: 'national-district-line', type: 'line', source: NATIONAL_DISTRICTS, layout: { visibility: 'none' }, paint: { 'line-color': '#9aa5ad', 'line-width': 0.3 } });
      map.addLayer({
        id: 'national-province-line',
        type: 'line',
        source: NATIONAL_PROVINCES,
        layout: { visibility: 'none' },
        paint: { 'line-color': '#2d3a44', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0.9] },
      });
      map.addLayer({
        id: 'national-labels',
        type: 'symbol',
        source: NATIONAL_LABELS,
        layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': [LABEL_FONT], 'text-size': 14 },
        paint: { 'text-color': '#0b2235', 'text-halo-color': '#fff', 'text-halo-width': 2 },
      });
      map.on('mousemove', 'national-province-fill', (e: MapLayerMouseEvent) => {
        const code = e.features?.[0]?.properties?.code as string | undefined;
        if (!code) return;
        map.getCanvas().style.cursor = 'pointer';
        useAppStore.getState().setHover({ code, province: true, x: e.point.x, y: e.point.y });
      });
      map.on('mouseleave', 'national-province-fill', () => {
        map.getCanvas().style.cursor = '';
        useAppStore.getState().setHover(null);
      });
      map.on('click', 'national-province-fill', (e: MapLayerMouseEvent) => {
        const props = e.features?.[0]?.properties as { code?: string; members?: string } | undefined;
        const s = useAppStore.getState();
        // A 2025 province opens the old province with a plan inside it (or its first old province).
        const codes = isReformDate(s.unitsAsOf) && props?.members ? props.members.split(',') : props?.code ? [props.code] : [];
        const entries = codes.map((c) => s.provinces.find((p) => p.code === c)).filter((p) => p !== undefined);
        const entry = entries.find((p) => PLAN_SLUGS.includes(p.slug)) ?? entries[0];
        if (entry) void s.selectProvince(entry.slug);
      });
      map.on('mousemove', 'district-fill', (e: MapLayerMouseEvent) => {
        const code = e.features?.[0]?.properties?.code as string | undefined;
        if (!code) return;
        map.getCanvas().style.cursor = 'pointer';
        useAppStore.getState().setHover({ code, x: e.point.x, y: e.point.y });
      });
      map.on('mouseleave', 'district-fill', () => {
        map.getCanvas().style.cursor = '';
        useAppStore.getState().setHover(null);
      });
      map.on('click', 'district-fill', (e: MapLayerMouseEvent) => {
        if (map.getLayoutProperty('commune-fill', 'visibility') === 'visible') return;
        const code = e.features?.[0]?.properties?.code as string | undefined;
        if (code) useAppStore.getState().selectDistrict(code);
      });
      map.on('mousemove', 'commune-fill', (e: MapLayerMouseEvent) => {
        const p = e.features?.[0]?.properties as { code?: string; districtCode?: string } | undefined;
        if (!p?.code || !p.districtCode) return;
        map.getCanvas().style.cursor = 'pointer';
        useAppStore.getState().setHover({ code: p.districtCode, commune: p.code, x: e.point.x, y: e.point.y });
      });
      map.on('mouseleave', 'commune-fill', () => {
        map.getCanvas().style.cursor = '';
        useAppStore.getState().setHover(null);
      });
      map.on('click', 'commune-fill', (e: MapLayerMouseEvent) => {
        const p = e.features?.[0]?.properties as { code?: string; districtCode?: string } | undefined;
        if (p?.code && p.districtCode) useAppStore.getState().selectDistrict(p.districtCode, { commune: p.code });
      });
      map.addSource(REFORM_MEMBERS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      map.addSource(REFORM_OUTLINE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addSource(REFORM_LABELS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'reform-fill',
        type: 'fill',
        source: REFORM_MEMBERS,
        layout: { visibility: 'none' },
        paint: { 'fill-color': ['case', ['boolean', ['feature-state', 'seed'], false], REFORM_COLORS.seed, REFORM_COLORS.other], 'fill-opacity': 0.8 },
      });
      // The office's commune polygons dissolved into the 2025 communes, coloured by their predecessors' summary.
      map.addSource(NEW_COMMUNES, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      map.addLayer({
        id: 'new-commune-fill',
        type: 'fill',
        source: NEW_COMMUNES,
        layout: { visibility: 'none' },
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR]],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.9],
        },
      });
      map.addLayer({
        id: 'new-commune-hatch',
        type: 'fill',
        source: NEW_COMMUNES,
        layout: { visibility: 'none' },
        paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['boolean', ['feature-state', 'partial'], false], 1, 0] },
      });
      map.addLayer({
        id: 'new-commune-line',
        type: 'line',
        source: NEW_COMMUNES,
        layout: { visibility: 'none' },
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'focused'], false], '#c0392b', '#333'],
          'line-width': ['case', ['boolean', ['feature-state', 'focused'], false], 3, 0.7],
        },
      });
      map.on('mousemove', 'new-commune-fill', (e: MapLayerMouseEvent) => {
        const code = e.features?.[0]?.properties?.code as string | undefined;
        if (!code) return;
        map.getCanvas().style.cursor = 'pointer';
        useAppStore.getState().setHover({ code, newCommune: true, x: e.point.x, y: e.point.y });
      });
      map.on('mouseleave', 'new-commune-fill', () => {
        map.getCanvas().style.cursor = '';
        useAppStore.getState().setHover(null);
      });
      map.on('click', 'new-commune-fill', (e: MapLayerMouseEvent) => {
        const code = e.features?.[0]?.properties?.code as string | undefined;
        if (code) useAppStore.getState().setFocusedNewCommune(code);
      });
      map.addLayer({ id: 'reform-member-line', type: 'line', source: REFORM_MEMBERS, layout: { visibility: 'none' }, paint: { 'line-color': '#2d3a44', 'line-width': 1, 'line-dasharray': [3, 2] } });
      map.addLayer({ id: 'reform-outline', type: 'line', source: REFORM_OUTLINE, layout: { visibility: 'none' }, paint: { 'line-color': REFORM_COLORS.outline, 'line-width': 3.5 } });
      map.addLayer({
        id: 'reform-labels',
        type: 'symbol',
        source: REFORM_LABELS,
        layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': [LABEL_FONT], 'text-size': 16, 'text-max-width': 9 },
        paint: { 'text-color': '#0b2235', 'text-halo-color': '#fff', 'text-halo-width': 2 },
      });
      performance.mark('ntm:map-load');
      // Data that arrived before the map was ready goes in at once, not after the next React render.
      const waiting = districtFeaturesOf(useAppStore.getState());
      if (waiting) applyData.current(waiting);
      setReady(true);
    };
    map.once('load', setUp);
    return () => {
      map.remove();
      mapRef.current = null;
      setActiveMap(null);
      delete window.ntmMap;
    };
  }, []);

  // New province: replace the source data and fit the view. Also called straight from the store (below), so the
  // map starts cutting tiles before React has built the side panel.
  const appliedFeatures = useRef<ReturnType<typeof districtFeaturesOf>>(null);
  const applyData = useRef((fc: NonNullable<ReturnType<typeof districtFeaturesOf>>) => {
    const map = mapRef.current;
    if (!map || appliedFeatures.current === fc) return;
    appliedFeatures.current = fc;
    performance.mark('ntm:data-apply');
    const state = useAppStore.getState();
    const labels = labelPoints(fc, (p) => shortName(p.name.normalize('NFC')));
    labelIndex.current = new Map(labels.features.map((f) => [f.properties.code, f.geometry.coordinates as [number, number]]));
    // Move first, then set the data: tiles are cut once, at the zoom that will be shown.
    const box = state.topology?.bbox;
    if (box && !state.national && state.era !== 'reform') map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: 24, animate: false });
    (map.getSource(SOURCE) as GeoJSONSource).setData(fc);
    (map.getSource(LABEL_SOURCE) as GeoJSONSource).setData(labels);
    loadedCodes.current = fc.features.map((f) => f.properties.code);
    performance.mark('ntm:data-set');
    setDataVersion((v) => v + 1);
  });
  useEffect(() => {
    if (!ready) return;
    if (features) applyData.current(features);
    return useAppStore.subscribe((s) => {
      const next = districtFeaturesOf(s);
      if (next) applyData.current(next);
    });
  }, [features, ready]);

  // View, year, filter or data changed: repaint through feature-state only.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !model || dataVersion === 0) return;
    const agencyKeys = provinceAgencies(model).map((a) => nameKey(a.name));
    const categories = districtCategories(model, view, year);
    const matching = matchingDistricts(model, filter);
    for (const code of loadedCodes.current) {
      const category = categories.get(code) ?? 'no-data';
      map.setFeatureState(
        { source: SOURCE, id: code },
        { fill: categoryColor(category, agencyKeys), dim: !matching.has(code), nodata: category === 'no-data' },
      );
    }
    if (useAppStore.getState().era !== 'reform') setPainted(`${model.plan.province.slug}:${view}:${year}`);
  }, [model, view, year, filter, dataVersion, era]);

  // National overview: provinces outlined, the five with plans highlighted; drawn once, shown on demand.
  const national = useAppStore((s) => s.national);
  const nationalTopology = useAppStore((s) => s.nationalTopology);
  const provinces = useAppStore((s) => s.provinces);
  const [nationalVersion, setNationalVersion] = useState(0);
  const reform = era === 'reform' && !national && history !== null;
  const wasWide = useRef(false);
  // From 1 July 2025 the overview shows the 34 provinces (old outlines dissolved), those holding a plan highlighted.
  const unitsAsOf = useAppStore((s) => s.unitsAsOf);
  const nationalReform = isReformDate(unitsAsOf);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !nationalTopology) return;
    type Props = { code: string; name: string; members?: string };
    const seedCodes = new Set(useAppStore.getState().provinces.filter((p) => PLAN_SLUGS.includes(p.slug)).map((p) => p.code));
    const object = (nationalReform && nationalTopology.objects.newProvinces ? nationalTopology.objects.newProvinces : nationalTopology.objects.provinces) as GeometryCollection<Props>;
    const provincesFc = feature(nationalTopology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, Props>;
    const isSeed = (p: Props) => (nationalReform ? (p.members ?? '').split(',').some((c) => seedCodes.has(c)) : seedCodes.has(p.code));
    const districtsFc = nationalReform ? { type: 'FeatureCollection' as const, features: [] } : feature(nationalTopology, nationalTopology.objects.districts as GeometryCollection);
    (map.getSource(NATIONAL_PROVINCES) as GeoJSONSource).setData(provincesFc);
    (map.getSource(NATIONAL_DISTRICTS) as GeoJSONSource).setData(districtsFc);
    const seeds = { ...provincesFc, features: provincesFc.features.filter((f) => isSeed(f.properties)) };
    (map.getSource(NATIONAL_LABELS) as GeoJSONSource).setData(labelPoints(seeds, (p) => p.name.replace(/^(Tỉnh|Thành phố) /, '')));
    for (const f of provincesFc.features) map.setFeatureState({ source: NATIONAL_PROVINCES, id: f.properties.code }, { seed: isSeed(f.properties) });
    setNationalVersion((v) => v + 1);
  }, [nationalTopology, ready, provinces, nationalReform]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const id of NATIONAL_LAYERS) map.setLayoutProperty(id, 'visibility', national ? 'visible' : 'none');
    for (const id of PROVINCE_LAYERS) map.setLayoutProperty(id, 'visibility', national || reform ? 'none' : 'visible');
    if (reform) {
      wasWide.current = true;
      return; // drawn and framed by the effect below
    }
    if (national) {
      for (const id of COMMUNE_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
      map.fitBounds([[102.1, 8.4], [109.5, 23.4]], { padding: 20, animate: false });
      if (nationalVersion > 0) setPainted(nationalReform ? 'national:2025' : 'national');
    } else if (topology?.bbox && wasWide.current) {
      // Back from the national or 2025 view: frame the province again (loading a province frames it itself).
      const box = topology.bbox;
      map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: 24, animate: false });
    }
    wasWide.current = national;
  }, [national, ready, nationalVersion, topology, reform, nationalReform]);

  // From 1 July 2025: the new province outline and the old provinces forming it, the plan's own highlighted.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const id of REFORM_LAYERS) map.setLayoutProperty(id, 'visibility', reform && nationalTopology ? 'visible' : 'none');
    if (national) return;
    // District layers are shown or hidden by the effect above; the office's commune polygons give way to the 2025 ones.
    if (reform) for (const id of COMMUNE_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
    if (!reform || !nationalTopology || !history) return;
    const members = new Set(history.newProvince.members.map((m) => m.code));
    const provincesFc = feature(nationalTopology, nationalTopology.objects.provinces as GeometryCollection<{ code: string; name: string }>) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
    const memberFc = { ...provincesFc, features: provincesFc.features.filter((f) => members.has(f.properties.code)) };
    const outlineObject = nationalTopology.objects.newProvinces as GeometryCollection<{ code: string }> | undefined;
    const outlineFc = outlineObject
      ? (feature(nationalTopology, { ...outlineObject, geometries: outlineObject.geometries.filter((g) => (g.properties as { code?: string } | undefined)?.code === history.newProvince.code) }) as FeatureCollection)
      : { type: 'FeatureCollection' as const, features: [] };
    (map.getSource(REFORM_MEMBERS) as GeoJSONSource).setData(memberFc);
    (map.getSource(REFORM_OUTLINE) as GeoJSONSource).setData(outlineFc);
    (map.getSource(REFORM_LABELS) as GeoJSONSource).setData(
      labelPoints(memberFc, (p) => `${p.name.replace(/^(Tỉnh|Thành phố) /, '')} (${t('newUnits.oldSuffix')})`),
    );
    for (const f of memberFc.features) map.setFeatureState({ source: REFORM_MEMBERS, id: f.properties.code }, { seed: f.properties.code === history.provinceCode });
    const box = mainBbox(outlineFc.features.length ? outlineFc : memberFc);
    if (box.every(Number.isFinite)) map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 30, animate: false });
    setPainted(`reform:${history.newProvince.code}`);
  }, [reform, nationalTopology, history, ready, national, t]);

  // 2025 communes drawn from the office's polygons, coloured by the stated summary of their predecessors.
  const newCommuneBoundaries = useAppStore((s) => s.newCommuneBoundaries);
  const focusedNewCommune = useAppStore((s) => s.focusedNewCommune);
  // Only needed in the 2025 units (not computed while the plan's units are shown).
  const summaries = useAppStore((s) => (s.era === 'reform' ? newCommuneSummariesOf(s) : NONE));
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const fc = reform && newCommuneBoundaries ? newCommuneBoundaries : { type: 'FeatureCollection' as const, features: [] };
    (map.getSource(NEW_COMMUNES) as GeoJSONSource).setData(fc);
    const byCode = new Map(summaries.map((x) => [x.code, x.summary]));
    for (const f of fc.features) {
      const summary = byCode.get(f.properties.code);
      const level = summary && summary.kind !== 'no-data' ? summary.level : 'no-data';
      map.setFeatureState({ source: NEW_COMMUNES, id: f.properties.code }, { fill: LEVEL_COLORS[level], partial: !summary || summary.kind !== 'all-at-level' });
    }
    if (reform && newCommuneBoundaries && history) setPainted(`reform:${history.newProvince.code}:communes`);
  }, [reform, newCommuneBoundaries, summaries, ready, history]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !newCommuneBoundaries) return;
    for (const f of newCommuneBoundaries.features) map.setFeatureState({ source: NEW_COMMUNES, id: f.properties.code }, { focused: f.properties.code === focusedNewCommune });
    // In presentation the map flies to the commune being presented.
    const feature = presenting ? newCommuneBoundaries.features.find((f) => f.properties.code === focusedNewCommune) : undefined;
    if (feature) {
      const [w, s, e, n] = turfBbox(feature);
      const padding = { top: 110, bottom: 40, left: 60, right: Math.min(620, map.getContainer().clientWidth * 0.4) };
      map.fitBounds([[w, s], [e, n]], { padding, duration: 1200, maxZoom: 11 });
    }
  }, [focusedNewCommune, newCommuneBoundaries, ready, presenting]);

  // Commune polygons the office imported.
  const [communeVersion, setCommuneVersion] = useState(0);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const fc = communeBoundaries?.features ?? { type: 'FeatureCollection' as const, features: [] };
    (map.getSource(COMMUNES) as GeoJSONSource).setData(fc);
    const labels = fc.features.length ? labelPoints(fc as never, (p: { name: string }) => p.name.replace(/^(Xã|Phường|Thị trấn) /, '')) : { type: 'FeatureCollection' as const, features: [] };
    (map.getSource(COMMUNE_LABELS) as GeoJSONSource).setData(labels);
    loadedCommunes.current = fc.features.map((f) => f.properties.code);
    setCommuneVersion((v) => v + 1);
  }, [communeBoundaries, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const vis = (id: string, on: boolean) => map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    if (useAppStore.getState().national || era === 'reform') return;
    for (const id of COMMUNE_LAYERS) vis(id, showCommunes);
    vis('district-fill', !showCommunes);
    vis('district-hatch', !showCommunes);
    map.setPaintProperty('district-line', 'line-color', ['case', ['boolean', ['feature-state', 'selected'], false], '#c0392b', showCommunes ? '#111' : '#444']);
  }, [showCommunes, ready, national, era]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !model || communeVersion === 0 || !showCommunes) return;
    const agencyKeys = provinceAgencies(model).map((a) => nameKey(a.name));
    const categories = communeCategories(model, view, year);
    const active = isFilterActive(filter);
    for (const code of loadedCommunes.current) {
      const category = categories.get(code) ?? 'no-data';
      map.setFeatureState(
        { source: COMMUNES, id: code },
        { fill: categoryColor(category, agencyKeys), dim: active && !communeMatches(model, code, filter), nodata: category === 'no-data' },
      );
    }
    if (useAppStore.getState().era !== 'reform') setPainted(`${model.plan.province.slug}:${view}:${year}:communes`);
  }, [model, view, year, filter, communeVersion, showCommunes, era]);

  const focusedCommune = useAppStore((s) => s.focusedCommune);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || communeVersion === 0) return;
    for (const code of loadedCommunes.current) map.setFeatureState({ source: COMMUNES, id: code }, { focused: code === focusedCommune });
  }, [focusedCommune, communeVersion]);

  // Selection outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || dataVersion === 0) return;
    for (const code of loadedCodes.current) map.setFeatureState({ source: SOURCE, id: code }, { selected: code === selected });
  }, [selected, dataVersion]);

  // Zoom to the selected district when asked (lagging list, search, presentation).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !features || zoomRequest === 0) return;
    const code = useAppStore.getState().selectedDistrict;
    const feature = features.features.find((f) => f.properties.code === code);
    if (!feature) return;
    const [w, s, e, n] = turfBbox(feature);
    const padding = presenting ? { top: 110, bottom: 40, left: 60, right: Math.min(620, map.getContainer().clientWidth * 0.4) } : 60;
    map.fitBounds([[w, s], [e, n]], { padding, duration: presenting ? 1200 : 600, maxZoom: 10.5 });
  }, [zoomRequest, features, presenting]);

  // Leaving a district view goes back to the whole province (only on leaving: loading data frames the map itself).
  const previousSelected = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    const left = previousSelected.current !== null && selected === null;
    previousSelected.current = selected;
    if (!map || !topology?.bbox || !left || useAppStore.getState().era === 'reform') return;
    const box = topology.bbox;
    map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: 24, duration: 400 });
  }, [selected, topology]);

  // The map container changes size in presentation mode; labels grow to be read from the back of the room.
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setLayoutProperty('district-labels', 'text-size', presenting ? 22 : 13);
    // Only when entering or leaving presentation: a resize on load would redraw the map for nothing.
    if (wasPresenting.current === presenting) return;
    wasPresenting.current = presenting;
    const id = window.setTimeout(() => map.resize(), 50);
    return () => window.clearTimeout(id);
  }, [presenting, ready]);

  // Printing: fit the map to the paper-sized container and draw synchronously before the page is captured.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !features) return;
    const fit = () => {
      map.resize();
      const code = useAppStore.getState().selectedDistrict;
      const feature = features.features.find((f) => f.properties.code === code);
      const box = feature ? turfBbox(feature) : topology?.bbox;
      if (box) map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: 20, animate: false, maxZoom: 10.5 });
      map.redraw();
    };
    // The print media query flips after the print layout exists, so the container has its paper size then.
    const printMedia = window.matchMedia('print');
    printMedia.addEventListener('change', fit);
    window.addEventListener('afterprint', fit);
    return () => {
      printMedia.removeEventListener('change', fit);
      window.removeEventListener('afterprint', fit);
    };
  }, [features, topology]);

  const previousHover = useRef<{ source: string; id: string } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const prev = previousHover.current;
    if (prev) map.setFeatureState(prev, { hover: false });
    const id = hover?.commune ?? hover?.code ?? null;
    const source = !hover ? null : hover.newCommune ? NEW_COMMUNES : hover.commune ? COMMUNES : hover.province ? NATIONAL_PROVINCES : SOURCE;
    const next = id && source ? { source, id } : null;
    if (next) map.setFeatureState(next, { hover: true });
    previousHover.current = next;
  }, [hover, ready]);

  const provinceName = model?.province.name ?? '';
  const title = viewTitle(t, view, year);
  const entries = useMemo(() => (model ? legendEntries(model, view, year, t) : []), [model, view, year, t]);
  const categories = useMemo(() => (model ? districtCategories(model, view, year) : new Map<string, string>()), [model, view, year]);
  return (
    <>
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={reform && history ? t('newUnits.map', { province: history.newProvince.name }) : t('map.label', { province: provinceName, view: title })}
        aria-describedby="map-summary"
      />
      <ul id="map-summary" className="visually-hidden" aria-label={t('map.summary')}>
        {reform
          ? summaries.map((x) => (
              <li key={x.code}>
                {x.name}: {summaryText(x.summary, t)}
              </li>
            ))
          : model?.districts.map((d) => (
              <li key={d.code}>
                {d.name}: {categoryLabel(categories.get(d.code) ?? 'no-data', entries)}
              </li>
            ))}
      </ul>
    </>
  );
}
