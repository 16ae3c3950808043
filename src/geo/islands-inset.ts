/**
 * The inset of the archipelagos (Hoàng Sa of Đà Nẵng, Trường Sa of Khánh Hòa) drawn when the map's frame leaves
 * them out (a phone's national view, the Đà Nẵng and Khánh Hòa province views): their islands projected into a
 * small box, each with its label. Pure: the same drawing is rendered as SVG on screen and onto the PNG export.
 */
import type { Position } from 'geojson';

export interface Archipelago {
  code: string;
  label: string;
  /** The islands (polygons, lon/lat). */
  polygons: Position[][][];
}

export interface InsetDrawing {
  width: number;
  height: number;
  /** Each archipelago's rings in box pixels (y down), and where its label goes. */
  /** `lines`: the label in lines ("Trường Sa" / "(Khánh Hòa)"), the first one's baseline at `labelAt`. */
  parts: { code: string; label: string; lines: string[]; rings: [number, number][][]; labelAt: [number, number] }[];
}

export type Box = [number, number, number, number];

export function boxOf(polygons: readonly Position[][][]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons)
    for (const [lon, lat] of poly[0]) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

/** Whether `inner` lies inside `outer` (both [west, south, east, north]). */
export const boxWithin = (inner: Box, outer: Box) => inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** Height of a label line under an archipelago (px). */
export const LINE = 13;
const PAD = 8;

/**
 * The archipelagos stacked top to bottom (north first) in a box `width` px wide, each scaled alike (equirectangular,
 * longitudes shrunk by the cosine of the latitude) so that the tallest fits `maxPartHeight`.
 */
export function insetDrawing(archipelagos: readonly Archipelago[], width: number, maxPartHeight: number): InsetDrawing | null {
  const list = archipelagos.filter((a) => a.polygons.length > 0);
  if (!list.length) return null;
  const boxes = list.map((a) => boxOf(a.polygons));
  const kx = (b: Box) => Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
  const inner = width - 2 * PAD;
  // One scale (px per degree) for all parts: the widest fits the width, the tallest the part height.
  const scale = Math.min(...boxes.map((b) => Math.min(inner / Math.max((b[2] - b[0]) * kx(b), 1e-6), maxPartHeight / Math.max(b[3] - b[1], 1e-6))));
  const order = list.map((a, i) => ({ a, b: boxes[i] })).sort((x, y) => y.b[3] - x.b[3]);
  let top = PAD;
  const parts = order.map(({ a, b }) => {
    const k = kx(b);
    const w = (b[2] - b[0]) * k * scale;
    const h = (b[3] - b[1]) * scale;
    const left = PAD + (inner - w) / 2;
    const y0 = top;
    const project = ([lon, lat]: Position): [number, number] => [
      Math.round((left + (lon - b[0]) * k * scale) * 10) / 10,
      Math.round((y0 + (b[3] - lat) * scale) * 10) / 10,
    ];
    // "Trường Sa (Khánh Hòa)" in two lines: the inset stays narrow.
    const lines = a.label.replace(/ \(/u, '\n(').split('\n');
    top += h + LINE * lines.length + 4 + PAD;
    return {
      code: a.code,
      label: a.label,
      lines,
      rings: a.polygons.map((poly) => poly[0].map(project)),
      labelAt: [width / 2, y0 + h + LINE] as [number, number],
    };
  });
  return { width, height: Math.ceil(top), parts };
}

/** An SVG path ("M x y L …Z") of the rings. */
export const ringsPath = (rings: readonly [number, number][][]) => rings.map((r) => `M${r.map(([x, y]) => `${x} ${y}`).join('L')}Z`).join('');
