/**
 * Map labels as HTML text over the map canvas, placed by src/geo/label-placement.ts each time the map moves.
 * Drawn by the browser, not by MapLibre: MapLibre would rasterise each glyph on the main thread, cut a
 * tile source for the label points and draw them with its own shader, which on a PC without a GPU costs about a
 * quarter of the province's load time; here the text is in place with the first frame. Labels print as text
 * and are drawn on exported PNGs from drawnLabels().
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeLabels, type Anchor, type LabelToPlace } from '../geo/label-placement';

export type LabelKind = 'national' | 'reform' | 'district' | 'commune' | 'commune2025';

export interface MapLabel {
  id: string;
  text: string;
  lngLat: [number, number];
}

/** Placed first wins: a district's name before a commune's. */
const ORDER: LabelKind[] = ['national', 'reform', 'district', 'commune2025', 'commune'];
const KINDS: Record<LabelKind, { anchors: readonly Anchor[]; minZoom: number; fartherEm?: readonly number[] }> = {
  // A province in a crowded delta (Bắc Ninh, Hưng Yên, Phú Thọ at national zoom) tries the diagonals, then a little
  // further out, before it goes unnamed (issue 16: every province labelled at national zoom).
  national: { anchors: ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'], minZoom: 0, fartherEm: [1.4] },
  reform: { anchors: ['center'], minZoom: 0 },
  // A label that would cover another (a district around a city, like Hoa Lư around TP Ninh Bình) moves beside
  // its point instead of being dropped.
  district: { anchors: ['center', 'top', 'bottom', 'left', 'right'], minZoom: 0 },
  commune: { anchors: ['center'], minZoom: 9.5 },
  // Today's communes (from 1 July 2025): as many as fit at the province's zoom, more as one zooms in.
  commune2025: { anchors: ['center'], minZoom: 0 },
};
/** Room between a moved label and its point, in ems of the label's text. */
const OFFSET_EM = 0.6;

interface Entry {
  label: MapLabel;
  element: HTMLDivElement;
  width: number;
  height: number;
  fontSize: number;
}

/** A label as drawn on screen, for exports (position in CSS px from the map's top-left corner). */
export interface DrawnLabel {
  kind: LabelKind;
  text: string;
  left: number;
  top: number;
  width: number;
  element: HTMLElement;
}

export class LabelOverlay {
  private readonly root: HTMLDivElement;
  private readonly sets = new Map<LabelKind, Entry[]>();
  private readonly shown = new Set<LabelKind>();
  private drawn: DrawnLabel[] = [];
  /** Labels placed first of their kind (the selected district's name is never the one left out). */
  private readonly first = new Map<LabelKind, string>();
  private readonly update = () => this.place();
  private readonly remeasure = () => {
    this.measure();
    this.place();
  };

  constructor(private readonly map: MapLibreMap) {
    this.root = document.createElement('div');
    this.root.className = 'map-labels';
    this.root.setAttribute('aria-hidden', 'true');
    const container = map.getContainer();
    container.insertBefore(this.root, container.querySelector('.maplibregl-control-container'));
    map.on('move', this.update);
    // The labels' size changes with the container's (presentation mode) and when the web font arrives.
    map.on('resize', this.remeasure);
    document.fonts?.addEventListener('loadingdone', this.remeasure);
  }

  /** Replaces the labels of one kind. */
  set(kind: LabelKind, labels: readonly MapLabel[]): void {
    for (const entry of this.sets.get(kind) ?? []) entry.element.remove();
    const entries = labels.map((label) => {
      const element = document.createElement('div');
      element.className = `map-label ${kind}`;
      element.textContent = label.text;
      element.dataset.id = label.id;
      return { label, element, width: 0, height: 0, fontSize: 0 };
    });
    this.root.append(...entries.map((e) => e.element));
    this.sets.set(kind, entries);
    this.measure(entries);
    this.place();
  }

  /** Shows or hides the labels of one kind. */
  show(kind: LabelKind, visible: boolean): void {
    if (this.shown.has(kind) === visible) return;
    if (visible) this.shown.add(kind);
    else this.shown.delete(kind);
    this.place();
  }

  /** Places this label first among its kind (null: none first). */
  prioritise(kind: LabelKind, id: string | null): void {
    if ((this.first.get(kind) ?? null) === id) return;
    if (id === null) this.first.delete(kind);
    else this.first.set(kind, id);
    this.place();
  }

  /** The point a label of this kind is placed around, if there is such a label. */
  pointOf(kind: LabelKind, id: string): [number, number] | null {
    return this.sets.get(kind)?.find((entry) => entry.label.id === id)?.label.lngLat ?? null;
  }

  /** Places the labels again (something drawn over the map moved, ./layers/islands.ts). */
  refresh(): void {
    this.place();
  }

  /** The labels on screen now, in drawing order. */
  drawnLabels(): readonly DrawnLabel[] {
    return this.drawn;
  }

  remove(): void {
    this.map.off('move', this.update);
    this.map.off('resize', this.remeasure);
    document.fonts?.removeEventListener('loadingdone', this.remeasure);
    this.root.remove();
  }

  /** Reads the text boxes' sizes (one layout for all of them). */
  private measure(entries: Entry[] = [...this.sets.values()].flat()): void {
    for (const entry of entries) {
      const box = entry.element.getBoundingClientRect();
      entry.width = box.width;
      entry.height = box.height;
      entry.fontSize = parseFloat(getComputedStyle(entry.element).fontSize) || 12;
    }
  }

  private place(): void {
    const container = this.map.getContainer();
    const view = { width: container.clientWidth, height: container.clientHeight };
    const zoom = this.map.getZoom();
    const candidates: LabelToPlace[] = [];
    const byId = new Map<string, { kind: LabelKind; entry: Entry }>();
    for (const kind of ORDER) {
      if (!this.shown.has(kind) || zoom < KINDS[kind].minZoom) continue;
      const first = this.first.get(kind);
      const entries = this.sets.get(kind) ?? [];
      const ordered = first === undefined ? entries : [...entries.filter((e) => e.label.id === first), ...entries.filter((e) => e.label.id !== first)];
      for (const entry of ordered) {
        const point = this.map.project(entry.label.lngLat);
        const id = `${kind}:${entry.label.id}`;
        byId.set(id, { kind, entry });
        candidates.push({
          id,
          x: point.x,
          y: point.y,
          width: entry.width,
          height: entry.height,
          anchors: KINDS[kind].anchors,
          offset: entry.fontSize * OFFSET_EM,
          fartherOffsets: KINDS[kind].fartherEm?.map((em) => entry.fontSize * em),
        });
      }
    }
    // What is drawn over the map inside it (the islands inset, ./layers/islands.ts) hides the labels under it.
    const c = container.getBoundingClientRect();
    const obstacles = [...container.querySelectorAll<HTMLElement>('.islands-inset:not([hidden])')].map((el) => {
      const r = el.getBoundingClientRect();
      return { minX: r.left - c.left, minY: r.top - c.top, maxX: r.right - c.left, maxY: r.bottom - c.top };
    });
    const placed = placeLabels(candidates, view, 2, obstacles);
    const visible = new Set<HTMLElement>();
    this.drawn = placed.map((p) => {
      const { kind, entry } = byId.get(p.id)!;
      entry.element.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
      visible.add(entry.element);
      return { kind, text: entry.label.text, left: p.left, top: p.top, width: entry.width, element: entry.element };
    });
    for (const entries of this.sets.values()) for (const entry of entries) entry.element.classList.toggle('placed', visible.has(entry.element));
  }
}

/** Labels from label points (src/geo/labels.ts). */
export function mapLabels(points: FeatureCollection<Point, { code: string; label: string }>): MapLabel[] {
  return points.features.map((f) => ({ id: f.properties.code, text: f.properties.label, lngLat: f.geometry.coordinates as [number, number] }));
}
