/**
 * PNG of the current map for reports: rendered at 2× (or more) with title, legend, date and source line.
 * Uses the live map's canvas (preserveDrawingBuffer) re-rendered at a higher pixel ratio.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendEntry } from '../ui/legend';
import type { InsetDrawing } from '../geo/islands-inset';
import type { DrawnLabel } from './label-overlay';
import { withPngText } from '../io/png-text';

export interface PngDecorations {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** Date, source and the boundaries' attribution (src/ui/attribution.ts exportFooter). */
  footer: string;
  font: string;
  /** The map's labels as on screen (HTML text over the canvas, src/map/label-overlay.ts). */
  labels: readonly DrawnLabel[];
  /** The archipelagos' inset as on screen (src/map/layers/islands.ts): CSS px from the canvas's corner. */
  inset?: { drawing: InsetDrawing; left: number; top: number } | null;
}

/** The inset of Hoàng Sa / Trường Sa in its on-screen place (CSS px × scale, below `top`). */
function drawInset(ctx: CanvasRenderingContext2D, inset: NonNullable<PngDecorations['inset']>, top: number, scale: number, font: string): void {
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

/** Draws the map and its decorations; returns the PNG blob. `scale` is the output pixels per CSS pixel. */
export async function renderMapPng(map: MapLibreMap, d: PngDecorations, scale = 2): Promise<Blob> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(scale);
  await waitForRender(map);
  try {
    const source = map.getCanvas();
    const width = source.width;
    const header = 70 * scale;
    const measure = document.createElement('canvas').getContext('2d');
    if (!measure) throw new Error('2D canvas unavailable');
    measure.font = `400 ${12 * scale}px "${d.font}", sans-serif`;
    const footLines = footerLines(measure, d.footer, width - 32 * scale);
    const lineHeight = 17 * scale;
    const footer = 34 * scale + (footLines.length - 1) * lineHeight;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = source.height + header + footer;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, header);
    drawLabels(ctx, d.labels, header, scale);
    if (d.inset) drawInset(ctx, d.inset, header, scale, d.font);

    ctx.fillStyle = '#0b3d5c';
    ctx.fillRect(0, 0, width, header);
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${26 * scale}px "${d.font}", sans-serif`;
    ctx.fillText(d.title, 16 * scale, 32 * scale);
    ctx.font = `400 ${15 * scale}px "${d.font}", sans-serif`;
    ctx.fillText(d.subtitle, 16 * scale, 56 * scale);

    // Legend box, bottom left of the map area.
    const row = 22 * scale;
    const pad = 10 * scale;
    ctx.font = `400 ${13 * scale}px "${d.font}", sans-serif`;
    const labelWidth = Math.max(...d.legend.map((e) => ctx.measureText(`${e.label} (${e.count})`).width), ctx.measureText(d.legendTitle).width);
    const boxW = labelWidth + 40 * scale + pad * 2;
    const boxH = row * (d.legend.length + 1) + pad * 2;
    const boxX = 12 * scale;
    const boxY = header + source.height - boxH - 12 * scale;
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.strokeStyle = '#888';
    ctx.lineWidth = scale;
    ctx.fillRect(boxX, boxY, boxW, boxH);
    ctx.strokeRect(boxX, boxY, boxW, boxH);
    ctx.fillStyle = '#111';
    ctx.font = `700 ${13 * scale}px "${d.font}", sans-serif`;
    ctx.fillText(d.legendTitle, boxX + pad, boxY + pad + 14 * scale);
    ctx.font = `400 ${13 * scale}px "${d.font}", sans-serif`;
    d.legend.forEach((e, i) => {
      const y = boxY + pad + row * (i + 1);
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
      ctx.fillText(`${e.label} (${e.count})`, boxX + pad + 30 * scale, y + 15 * scale);
    });

    ctx.fillStyle = '#f3f5f7';
    ctx.fillRect(0, header + source.height, width, footer);
    ctx.fillStyle = '#333';
    ctx.font = `400 ${12 * scale}px "${d.font}", sans-serif`;
    footLines.forEach((line, i) => ctx.fillText(line, 16 * scale, header + source.height + 22 * scale + i * lineHeight));

    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    // The title and the footer (with the boundaries' attribution) travel inside the file too.
    const png = withPngText(new Uint8Array(await blob.arrayBuffer()), { Title: d.title, Description: d.footer });
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    map.setPixelRatio(previous);
    map.triggerRepaint();
  }
}
