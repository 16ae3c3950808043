/**
 * Thin MapLibre adapter: draws the province's districts, paints them from feature-state (no source
 * reload when the view, year or filter changes) and reports hover and clicks to the store. No network:
 * no tiles, no glyphs, no sprites; labels are HTML text over the map (./label-overlay).
 */
import { bbox as turfBbox } from '@turf/turf';
import { NavigationControl, type LngLatBoundsLike, type Map as MapLibreMap } from 'maplibre-gl';
import { createMap, FRAME_PADDING } from './create-map';
import { districtFeaturesOf, type DistrictFeatures } from './district-features';
import { changedPaint, communePaint, districtPaint, type UnitPaint } from './unit-paint';
import {
  COMMUNE_LAYERS,
  COMMUNES,
  districtLineColor,
  EMPTY,
  HATCH_IMAGE,
  hatchPattern,
  mapStyle,
  NATIONAL_DISTRICTS,
  NATIONAL_LAYERS,
  NATIONAL_PROVINCES,
  NEW_COMMUNES,
  PROVINCE_LAYERS,
  REFORM_LAYERS,
  REFORM_MEMBERS,
  REFORM_OUTLINE,
  SOURCE,
} from './style';
import { isReformDate } from '../domain/history';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { districtCategories } from '../domain/views';
import { labelPoints } from '../geo/labels';
import { mainBbox } from '../geo/main-bbox';
import { useAppStore, type AppState } from '../state/store';
import { categoryLabel, legendEntries, viewTitle } from '../ui/legend';
import { LEVEL_COLORS } from '../ui/palette';
import { newCommuneSummariesOf, NONE } from '../state/new-communes';
import { summaryText } from '../domain/history-tables';
import { setActiveMap } from './active-map';
import { connectInteractions } from './interactions';
import { ensureGroup, hasGroup } from './layer-groups';
import { setPaint, setSourceData, setVisible } from './map-updates';
import { LabelOverlay, mapLabels } from './label-overlay';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PLAN_SLUGS } from '../data/load';


/** "Huyện Yên Khánh" → "Yên Khánh"; "Thành phố Tam Điệp" → "TP Tam Điệp" (shorter map labels). */
export function shortName(name: string): string {
  return name
    .replace(/^Huyện /, '')
    .replace(/^Thành phố /, 'TP ')
    .replace(/^Thị xã /, 'TX ')
    .replace(/^Quận /, 'Q. ');
}


/** The province's frame when its districts are shown (not in the national overview nor the 2025 units). */
function provinceFrame(s: Pick<AppState, 'topology' | 'national' | 'era'>): LngLatBoundsLike | null {
  const box = s.topology?.bbox;
  return box && !s.national && s.era !== 'reform' ? [[box[0], box[1]], [box[2], box[3]]] : null;
}

/** The first view can be drawn: a province's districts are in, or the national overview is asked for, or loading ended. */
function firstViewReady(s: AppState): boolean {
  return s.status !== 'loading' || s.national || districtFeaturesOf(s) !== null;
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
  const labelsRef = useRef<LabelOverlay | null>(null);
  const loadedCodes = useRef<string[]>([]);
  // The district features the map's source holds (the same object the store derived).
  const appliedFeatures = useRef<DistrictFeatures | null>(null);
  // Takes new district features for the map: remembers them and their codes, and labels them.
  const adopt = useRef((fc: DistrictFeatures) => {
    appliedFeatures.current = fc;
    loadedCodes.current = fc.features.map((f) => f.properties.code);
    labelsRef.current?.set('district', mapLabels(labelPoints(fc, (p) => shortName(p.name.normalize('NFC')))));
  });
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

  // The map is created once the first view's data is in (the province's districts), so that it loads its whole
  // style in one go. Created earlier it would draw empty frames while waiting, and without a GPU each frame costs
  // nearly as much as a full one. It is created from the store's change itself, before React renders the panels
  // for that data (an effect would run only after them).
  const createWhenReady = useRef(() => {
    const state = useAppStore.getState();
    if (mapRef.current || !container.current || !firstViewReady(state)) return;
    const initial = districtFeaturesOf(state);
    const box = initial ? provinceFrame(state) : null;
    const map = createMap(container.current, state.t('map.attribution'), mapStyle(initial ? { districts: initial } : undefined), box);
    map.addImage(HATCH_IMAGE, hatchPattern(), { pixelRatio: 2 });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    mapRef.current = map;
    const overlay = new LabelOverlay(map);
    labelsRef.current = overlay;
    if (initial) adopt.current(initial);
    overlay.show('district', !state.national);
    setActiveMap({ map, labels: overlay });
    window.ntmMap = {
      map,
      districtPoint: (code) => {
        const p = overlay.pointOf('district', code);
        if (!p) return null;
        const px = map.project(p);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + px.x, y: rect.top + px.y };
      },
    };
    connectInteractions(map);
    // 'style.load', not 'load': with the districts in the style, 'load' waits for all their tiles.
    map.once('style.load', () => {
      performance.mark('ntm:map-load');
      // The districts given with the style are painted from feature-state once the style exists; data that
      // arrived after the map was created goes in at once, not after the next React render.
      if (appliedFeatures.current) {
        paintDistricts.current();
        setDataVersion((v) => v + 1);
      }
      const waiting = districtFeaturesOf(useAppStore.getState());
      if (waiting) applyData.current(waiting);
      setReady(true);
    });
  });
  useEffect(() => {
    createWhenReady.current();
    if (mapRef.current) return;
    const unsubscribe = useAppStore.subscribe(() => {
      createWhenReady.current();
      if (mapRef.current) unsubscribe();
    });
    return unsubscribe;
  }, []);
  useEffect(
    () => () => {
      labelsRef.current?.remove();
      labelsRef.current = null;
      mapRef.current?.remove();
      mapRef.current = null;
      setActiveMap(null);
      delete window.ntmMap;
    },
    [],
  );

  // New province: replace the source data and fit the view. Also called straight from the store (below), so the
  // map starts cutting tiles before React has built the side panel.
  const applyData = useRef((fc: DistrictFeatures) => {
    const map = mapRef.current;
    if (!map || appliedFeatures.current === fc) return;
    performance.mark('ntm:data-apply');
    // Move first, then set the data: tiles are cut once, at the zoom that will be shown.
    const box = provinceFrame(useAppStore.getState());
    if (box) map.fitBounds(box, { padding: FRAME_PADDING, animate: false });
    adopt.current(fc);
    setSourceData(map, SOURCE, fc);
    lastPaint.current = null; // new districts: every one is painted again
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

  // View, year, filter or data changed: repaint through feature-state only (and only the districts that change).
  const lastPaint = useRef<Map<string, UnitPaint> | null>(null);
  const paintDistricts = useRef(() => {
    const map = mapRef.current;
    const s = useAppStore.getState();
    if (!map || !s.model) return;
    const next = districtPaint(s.model, s.view, s.year, s.filter, loadedCodes.current);
    for (const [code, paint] of changedPaint(lastPaint.current, next)) map.setFeatureState({ source: SOURCE, id: code }, { ...paint });
    lastPaint.current = next;
    if (s.era !== 'reform') setPainted(`${s.model.plan.province.slug}:${s.view}:${s.year}`);
  });
  useEffect(() => {
    if (mapRef.current && model && dataVersion > 0) paintDistricts.current();
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
    const districtsFc = nationalReform ? EMPTY : feature(nationalTopology, nationalTopology.objects.districts as GeometryCollection);
    ensureGroup(map, 'national');
    setSourceData(map, NATIONAL_PROVINCES, provincesFc);
    setSourceData(map, NATIONAL_DISTRICTS, districtsFc);
    const seeds = { ...provincesFc, features: provincesFc.features.filter((f) => isSeed(f.properties)) };
    labelsRef.current?.set('national', mapLabels(labelPoints(seeds, (p) => p.name.replace(/^(Tỉnh|Thành phố) /, ''))));
    for (const f of provincesFc.features) map.setFeatureState({ source: NATIONAL_PROVINCES, id: f.properties.code }, { seed: isSeed(f.properties) });
    setNationalVersion((v) => v + 1);
  }, [nationalTopology, ready, provinces, nationalReform]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (national) ensureGroup(map, 'national');
    setVisible(map, NATIONAL_LAYERS, national);
    setVisible(map, PROVINCE_LAYERS, !national && !reform);
    labelsRef.current?.show('national', national);
    labelsRef.current?.show('district', !national && !reform);
    if (reform) {
      wasWide.current = true;
      return; // drawn and framed by the effect below
    }
    if (national) {
      setVisible(map, COMMUNE_LAYERS, false);
      labelsRef.current?.show('commune', false);
      map.fitBounds([[102.1, 8.4], [109.5, 23.4]], { padding: 20, animate: false });
      if (nationalVersion > 0) setPainted(nationalReform ? 'national:2025' : 'national');
    } else if (topology?.bbox && wasWide.current) {
      // Back from the national or 2025 view: frame the province again (loading a province frames it itself).
      const box = topology.bbox;
      map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: FRAME_PADDING, animate: false });
    }
    wasWide.current = national;
  }, [national, ready, nationalVersion, topology, reform, nationalReform]);

  // From 1 July 2025: the new province outline and the old provinces forming it, the plan's own highlighted.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (reform && nationalTopology) ensureGroup(map, 'reform');
    setVisible(map, REFORM_LAYERS, reform && nationalTopology !== null);
    labelsRef.current?.show('reform', reform && nationalTopology !== null);
    if (national) return;
    // District layers are shown or hidden by the effect above; the office's commune polygons give way to the 2025 ones.
    if (reform) {
      setVisible(map, COMMUNE_LAYERS, false);
      labelsRef.current?.show('commune', false);
    }
    if (!reform || !nationalTopology || !history) return;
    const members = new Set(history.newProvince.members.map((m) => m.code));
    const provincesFc = feature(nationalTopology, nationalTopology.objects.provinces as GeometryCollection<{ code: string; name: string }>) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
    const memberFc = { ...provincesFc, features: provincesFc.features.filter((f) => members.has(f.properties.code)) };
    const outlineObject = nationalTopology.objects.newProvinces as GeometryCollection<{ code: string }> | undefined;
    const outlineFc = outlineObject
      ? (feature(nationalTopology, { ...outlineObject, geometries: outlineObject.geometries.filter((g) => (g.properties as { code?: string } | undefined)?.code === history.newProvince.code) }) as FeatureCollection)
      : EMPTY;
    setSourceData(map, REFORM_MEMBERS, memberFc);
    setSourceData(map, REFORM_OUTLINE, outlineFc);
    labelsRef.current?.set('reform', mapLabels(labelPoints(memberFc, (p) => `${p.name.replace(/^(Tỉnh|Thành phố) /, '')} (${t('newUnits.oldSuffix')})`)));
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
    const fc = reform && newCommuneBoundaries ? newCommuneBoundaries : EMPTY;
    if (fc.features.length) ensureGroup(map, 'reform');
    setSourceData(map, NEW_COMMUNES, fc);
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
    // The 2025 layers are added once the 2025 units are first shown (by the effect above).
    if (!map || !ready || !newCommuneBoundaries || !hasGroup(map, 'reform')) return;
    for (const f of newCommuneBoundaries.features) map.setFeatureState({ source: NEW_COMMUNES, id: f.properties.code }, { focused: f.properties.code === focusedNewCommune });
    // In presentation the map flies to the commune being presented.
    const feature = presenting ? newCommuneBoundaries.features.find((f) => f.properties.code === focusedNewCommune) : undefined;
    if (feature) {
      const [w, s, e, n] = turfBbox(feature);
      const padding = { top: 110, bottom: 40, left: 60, right: Math.min(620, map.getContainer().clientWidth * 0.4) };
      map.fitBounds([[w, s], [e, n]], { padding, duration: 1200, maxZoom: 11 });
    }
  }, [focusedNewCommune, newCommuneBoundaries, ready, presenting, reform]);

  // Commune polygons the office imported.
  const [communeVersion, setCommuneVersion] = useState(0);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const fc = communeBoundaries?.features ?? EMPTY;
    if (fc.features.length) ensureGroup(map, 'communes');
    setSourceData(map, COMMUNES, fc);
    const labels = fc.features.length ? labelPoints(fc as never, (p: { name: string }) => p.name.replace(/^(Xã|Phường|Thị trấn) /, '')) : EMPTY;
    labelsRef.current?.set('commune', mapLabels(labels));
    loadedCommunes.current = fc.features.map((f) => f.properties.code);
    setCommuneVersion((v) => v + 1);
  }, [communeBoundaries, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
        if (useAppStore.getState().national || era === 'reform') return;
    if (showCommunes) ensureGroup(map, 'communes');
    setVisible(map, COMMUNE_LAYERS, showCommunes);
    labelsRef.current?.show('commune', showCommunes);
    setVisible(map, ['district-fill', 'district-hatch'], !showCommunes);
    setPaint(map, 'district-line', 'line-color', districtLineColor(showCommunes));
  }, [showCommunes, ready, national, era]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !model || communeVersion === 0 || !showCommunes) return;
    for (const [code, paint] of communePaint(model, view, year, filter, loadedCommunes.current)) map.setFeatureState({ source: COMMUNES, id: code }, { ...paint });
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
    map.fitBounds([[box[0], box[1]], [box[2], box[3]]] as LngLatBoundsLike, { padding: FRAME_PADDING, duration: 400 });
  }, [selected, topology]);

  // The map container changes size in presentation mode (labels grow with it, styles.css, and are measured
  // again on the map's resize).
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
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
