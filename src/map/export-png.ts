/**
 * PNG of the current map for reports: rendered at 2× (or more) with title, legend, date and source line.
 * Uses the live map's canvas (preserveDrawingBuffer) re-rendered at a higher pixel ratio.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendEntry } from '../ui/legend';
import type { InsetDrawing } from '../geo/islands-inset';
import type { DrawnLabel } from './label-overlay';
import { withPngText } from '../io/png-text';
import { reframe } from './camera';

type PngInset = { drawing: InsetDrawing; left: number; top: number };

export interface PngDecorations {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** Date, source and the boundaries' attribution (src/ui/attribution.ts exportFooter). */
  footer: string;
  font: string;
  /**
   * Read once the map is drawn for the export (not before: a resize or reframe meanwhile would move them): the map's
   * labels as on screen (HTML text over the canvas, src/map/label-overlay.ts) and the archipelagos' inset as on
   * screen (src/map/layers/islands.ts; CSS px from the canvas's corner).
   */
  overlays: () => { labels: readonly DrawnLabel[]; inset: PngInset | null };
}

/** The inset of Hoàng Sa / Trường Sa in its on-screen place (CSS px × scale, below `top`). */
function drawInset(ctx: CanvasRenderingContext2D, inset: PngInset, top: number, scale: number, font: string): void {
  const { drawing } = inset;
  ctx.save();
  ctx.translate(inset.left * scale, top + inset.top * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.strokeStyle = '#8a949c';
  ctx.lineWidth = 1;
  ctx.fillRect(0, 0, drawing.width, drawing.height);
  ctx.strokeRect(0.5, 0.5, drawing.width - 1, drawing.height - 1);
  ctx.textAlign = 'center';
  ctx.font = `600 11px "${font}", sans-serif`;
  for (const part of drawing.parts) {
    ctx.beginPath();
    for (const ring of part.rings) {
      ring.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.closePath();
    }
    ctx.fillStyle = '#8a9aa6';
    ctx.fill();
    ctx.strokeStyle = '#2d3a44';
    ctx.lineWidth = 1.6;
    ctx.lineJoin = 'round';
    ctx.stroke();
    ctx.fillStyle = '#1d2b36';
    part.lines.forEach((line, i) => ctx.fillText(line, part.labelAt[0], part.labelAt[1] + i * 13));
  }
  ctx.restore();
}

/** The footer text in lines that fit `maxWidth` (a long plan title and the attribution wrap instead of running off). */
function footerLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  return wrap(ctx, text, maxWidth);
}

/** The label's text in lines no wider than its box on screen (the browser wrapped it the same way). */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && ctx.measureText(`${lines[last]} ${word}`).width <= maxWidth) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Draws the labels with their white halo, in their on-screen places (CSS px × scale, below `top`). */
function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly DrawnLabel[], top: number, scale: number): void {
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    const style = getComputedStyle(label.element);
    const size = parseFloat(style.fontSize);
    const lineHeight = parseFloat(style.lineHeight) || size * 1.15;
    ctx.font = `${style.fontWeight} ${size * scale}px ${style.fontFamily}`;
    const lines = wrap(ctx, label.text, (label.width + 1) * scale);
    const x = (label.left + label.width / 2) * scale;
    lines.forEach((line, i) => {
      const y = top + (label.top + lineHeight * (i + 0.5)) * scale;
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = (parseFloat(style.webkitTextStrokeWidth) || 3) * scale;
      ctx.strokeText(line, x, y);
      ctx.fillStyle = style.color;
      ctx.fillText(line, x, y);
    });
  }
  ctx.restore();
}

function waitForRender(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/** Legend boxes narrower than this (CSS px) go below the map: on a phone's map the box would cover a third of it. */
const LEGEND_BELOW_UNDER = 600;

/** The legend's lines: its title wrapped, then each row's text wrapped (the row's swatch beside its first line). */
function legendLayout(ctx: CanvasRenderingContext2D, d: PngDecorations, maxText: number, scale: number) {
  ctx.font = `700 ${13 * scale}px "${d.font}", sans-serif`;
  const title = wrap(ctx, d.legendTitle, maxText);
  const titleWidth = Math.max(...title.map((l) => ctx.measureText(l).width));
  ctx.font = `400 ${13 * scale}px "${d.font}", sans-serif`;
  const rows = d.legend.map((e) => wrap(ctx, `${e.label} (${e.count})`, maxText - 30 * scale));
  const rowsWidth = Math.max(0, ...rows.flat().map((l) => ctx.measureText(l).width + 30 * scale));
  return { title, rows, textWidth: Math.max(titleWidth, rowsWidth) };
}

/** Draws the map and its decorations; returns the PNG blob. `scale` is the output pixels per CSS pixel. */
export async function renderMapPng(map: MapLibreMap, d: PngDecorations, scale = 2): Promise<Blob> {
  // The map in its box as laid out now (a sheet just opened or the window just resized) and framed for it, so the
  // picture and the labels read after the render below are of the same frame.
  map.resize();
  reframe(map);
  const previous = map.getPixelRatio();
  map.setPixelRatio(scale);
  await waitForRender(map);
  try {
    const { labels, inset } = d.overlays();
    const source = map.getCanvas();
    const width = source.width;
    const measure = document.createElement('canvas').getContext('2d');
    if (!measure) throw new Error('2D canvas unavailable');
    const textWidth = width - 32 * scale;
    // Title at 26 px, smaller (down to 18 px) where a long name does not fit a narrow map; the subtitle wraps.
    let titleSize = 26;
    measure.font = `700 ${titleSize * scale}px "${d.font}", sans-serif`;
    while (titleSize > 18 && measure.measureText(d.title).width > textWidth) {
      titleSize -= 1;
      measure.font = `700 ${titleSize * scale}px "${d.font}", sans-serif`;
    }
    measure.font = `400 ${15 * scale}px "${d.font}", sans-serif`;
    const subLines = wrap(measure, d.subtitle, textWidth);
    const subLineHeight = 19 * scale;
    const header = 70 * scale + (subLines.length - 1) * subLineHeight;
    measure.font = `400 ${12 * scale}px "${d.font}", sans-serif`;
    const footLines = footerLines(measure, d.footer, textWidth);
    const lineHeight = 17 * scale;
    const footer = 34 * scale + (footLines.length - 1) * lineHeight;

    // Legend box, bottom left of the map area (below the map on a narrow one).
    const row = 22 * scale;
    const line = 17 * scale;
    const pad = 10 * scale;
    const below = width / scale < LEGEND_BELOW_UNDER;
    const legend = legendLayout(measure, d, width - 24 * scale - pad * 2 - 10 * scale, scale);
    const boxW = legend.textWidth + 10 * scale + pad * 2;
    const rowHeights = legend.rows.map((lines) => row + (lines.length - 1) * line);
    const boxH = row + (legend.title.length - 1) * line + rowHeights.reduce((a, b) => a + b, 0) + pad * 2;
    const legendBand = below ? boxH + 24 * scale : 0;

    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = header + source.height + legendBand + footer;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, header);
    drawLabels(ctx, labels, header, scale);
    if (inset) drawInset(ctx, inset, header, scale, d.font);

    ctx.fillStyle = '#0b3d5c';
    ctx.fillRect(0, 0, width, header);
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${titleSize * scale}px "${d.font}", sans-serif`;
    ctx.fillText(d.title, 16 * scale, 32 * scale);
    ctx.font = `400 ${15 * scale}px "${d.font}", sans-serif`;
    subLines.forEach((l, i) => ctx.fillText(l, 16 * scale, 56 * scale + i * subLineHeight));

    const boxX = 12 * scale;
    const boxY = below ? header + source.height + 12 * scale : header + source.height - boxH - 12 * scale;
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.strokeStyle = '#888';
    ctx.lineWidth = scale;
    ctx.fillRect(boxX, boxY, boxW, boxH);
    ctx.strokeRect(boxX, boxY, boxW, boxH);
    ctx.fillStyle = '#111';
    ctx.font = `700 ${13 * scale}px "${d.font}", sans-serif`;
    legend.title.forEach((l, i) => ctx.fillText(l, boxX + pad, boxY + pad + 14 * scale + i * line));
    ctx.font = `400 ${13 * scale}px "${d.font}", sans-serif`;
    let rowTop = boxY + pad + row + (legend.title.length - 1) * line;
    d.legend.forEach((e, i) => {
      const y = rowTop;
      rowTop += rowHeights[i];
      ctx.fillStyle = e.color;
      ctx.fillRect(boxX + pad, y + 3 * scale, 22 * scale, 14 * scale);
      ctx.strokeStyle = '#555';
      ctx.strokeRect(boxX + pad, y + 3 * scale, 22 * scale, 14 * scale);
      if (e.key === 'no-data') {
        ctx.save();
        ctx.beginPath();
        ctx.rect(boxX + pad, y + 3 * scale, 22 * scale, 14 * scale);
        ctx.clip();
        ctx.strokeStyle = 'rgba(0,0,0,0.35)';
        for (let k = -14; k < 30; k += 4) {
          ctx.beginPath();
          ctx.moveTo(boxX + pad + k * scale, y + 17 * scale);
          ctx.lineTo(boxX + pad + (k + 14) * scale, y + 3 * scale);
          ctx.stroke();
        }
        ctx.restore();
      }
      ctx.fillStyle = '#111';
      legend.rows[i].forEach((l, j) => ctx.fillText(l, boxX + pad + 30 * scale, y + 15 * scale + j * line));
    });

    const footTop = header + source.height + legendBand;
    ctx.fillStyle = '#f3f5f7';
    ctx.fillRect(0, footTop, width, footer);
    ctx.fillStyle = '#333';
    ctx.font = `400 ${12 * scale}px "${d.font}", sans-serif`;
    footLines.forEach((l, i) => ctx.fillText(l, 16 * scale, footTop + 22 * scale + i * lineHeight));

    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    // The title and the footer (with the boundaries' attribution) travel inside the file too.
    const png = withPngText(new Uint8Array(await blob.arrayBuffer()), { Title: d.title, Description: d.footer });
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    map.setPixelRatio(previous);
    map.triggerRepaint();
  }
}
