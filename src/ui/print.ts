/**
 * Printing: whether the page is being printed (lists and tables then show all their rows, not the first few),
 * and the map sized for paper before the browser lays the page out for print.
 *
 * The print stylesheet (src/styles.css, @media print) gives the map a fixed box on the page: 277 × 150 mm on A4
 * landscape, 400 × 225 mm on A3. The map library draws into a canvas of the size it last measured, so the canvas
 * must be re-measured in that box: `html.printing` gives the box on screen too, for as long as the print lasts, and
 * the map is resized and drawn at once (beforeprint runs before the print layout; a print started from the app's
 * button waits for the map to be drawn). Which area the map frames on paper is the camera's business
 * (src/map/camera.ts resizes the map on beforeprint and fits the scene when the print media applies).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useSyncExternalStore } from 'react';

const PRINTING_CLASS = 'printing';
const printMedia = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null;
let printing = printMedia?.matches ?? false;
const listeners = new Set<() => void>();

function setPrinting(next: boolean): void {
  if (next === printing) return;
  printing = next;
  for (const listener of listeners) listener();
}

/** The on-screen map re-measures its box and draws now (the print layout is taken right after). */
export function fitMapToBox(map: MapLibreMap): void {
  map.resize();
  map.redraw();
}

function beforePrint(): void {
  document.documentElement.classList.add(PRINTING_CLASS);
  setPrinting(true);
}

function afterPrint(): void {
  document.documentElement.classList.remove(PRINTING_CLASS);
  setPrinting(false);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  // Print emulation (and some browsers' print preview) switch the media without the events.
  printMedia?.addEventListener('change', (e) => (e.matches ? beforePrint() : afterPrint()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the page is printed: collapsed lists show everything. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** The app's print button: the map is sized for paper and drawn, then the print dialog opens. */
export async function printPage(map: MapLibreMap | null): Promise<void> {
  beforePrint();
  if (map) {
    fitMapToBox(map);
    await Promise.race([new Promise((done) => map.once('idle', done)), new Promise((done) => setTimeout(done, 3000))]);
  }
  window.print();
  // Browsers that return from print() before printing send afterprint themselves.
  if (!printMedia?.matches) {
    afterPrint();
    map?.resize();
  }
}
