/**
 * Size budgets, checked in CI after the build (gzip sizes):
 *   initial JavaScript ≤ 89 KB, not counting maplibre-gl's own chunk (88.3 KB since the import's polygons are handed
 *   to the map while its report is read and the communes' hatching became a WebGL layer, whose code — earcut, the
 *   shaders — loads with the communes, not here: 87.4 KB before; 85.9 KB after issue 19's third pass: the first
 *   load's modules in one chunk, the Vietnamese messages split at build time so that only those the first load's code
 *   can show come with it (scripts/vite/messages-split.ts), tables and the 2025 status import loaded with their first
 *   use, only the four colour schemes the app uses; 98 KB before, 177 KB with react-dom);
 *   the stylesheets index.html links ≤ 10 KB (8.5 KB: maplibre-gl.css without the logo, popups, markers and controls the
 *   app does not add, scripts/vite/maplibre-css.ts; it was 10.2 KB alone);
 *   the first screen's font files (those index.html preloads: weight 400, cut by npm run fonts) ≤ 26 KB (25 KB; the
 *   four files of 400 and 600 from fontsource were 67 KB);
 *   every province's TopoJSON ≤ 120 KB;  the national layer ≤ 400 KB.
 * Exits 1 with a message naming what is over budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generatedDir, repoRoot } from './lib/paths';

export const BUDGETS = { initialJsKb: 89, firstCssKb: 10, firstFontsKb: 26, provinceTopoKb: 120, nationalKb: 400 };

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The chunks the page loads before any user action: the entry and its static imports, recursively. */
export function initialChunks(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(distDir, rel), 'utf8');
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(dir + m[1]);
  };
  entries.forEach(visit);
  return [...seen];
}

/** The stylesheets index.html links (the first screen's). */
export function linkedStylesheets(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);
}

/** The font files index.html preloads (the first screen's). */
export function preloadedFonts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="preload"[^>]+as="font"[^>]+href="\.?\/?([^"]+\.woff2)"/g)].map((m) => m[1]);
}

function main(): void {
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run npm run build first');
  const failures: string[] = [];
  const chunks = initialChunks(dist);
  const counted = chunks.filter((c) => !/maplibre/.test(c));
  const jsKb = counted.reduce((sum, c) => sum + gz(join(dist, c)), 0);
  console.log(`initial JS (gzip, without maplibre-gl): ${jsKb.toFixed(1)} KB  [${counted.join(', ')}]  budget ${BUDGETS.initialJsKb} KB`);
  if (jsKb > BUDGETS.initialJsKb) failures.push(`initial JavaScript is ${jsKb.toFixed(1)} KB gzip, over the ${BUDGETS.initialJsKb} KB budget`);

  const sheets = linkedStylesheets(dist);
  const cssKb = sheets.reduce((sum, c) => sum + gz(join(dist, c)), 0);
  console.log(`first-screen CSS (gzip): ${cssKb.toFixed(1)} KB  [${sheets.join(', ')}]  budget ${BUDGETS.firstCssKb} KB`);
  if (!sheets.length) failures.push('index.html links no stylesheet');
  if (cssKb > BUDGETS.firstCssKb) failures.push(`the first screen's stylesheets are ${cssKb.toFixed(1)} KB gzip, over the ${BUDGETS.firstCssKb} KB budget`);

  const fonts = preloadedFonts(dist);
  const fontKb = fonts.reduce((sum, f) => sum + statSync(join(dist, f)).size / 1024, 0);
  console.log(`first-screen fonts: ${fontKb.toFixed(1)} KB  [${fonts.join(', ')}]  budget ${BUDGETS.firstFontsKb} KB`);
  if (!fonts.length) failures.push('index.html preloads no font file (scripts/vite/early-data.ts)');
  if (fontKb > BUDGETS.firstFontsKb) failures.push(`the first screen's fonts are ${fontKb.toFixed(1)} KB, over the ${BUDGETS.firstFontsKb} KB budget`);

  const dir = join(generatedDir, 'boundaries');
  let largest = { file: '', kb: 0 };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.topo.json'))) {
    const kb = gz(join(dir, f));
    if (kb > largest.kb) largest = { file: f, kb };
    if (kb > BUDGETS.provinceTopoKb) failures.push(`province boundaries ${f} are ${kb.toFixed(1)} KB gzip, over the ${BUDGETS.provinceTopoKb} KB budget`);
  }
  console.log(`largest province TopoJSON: ${largest.file} ${largest.kb.toFixed(1)} KB  budget ${BUDGETS.provinceTopoKb} KB`);
  const national = join(generatedDir, 'national.topo.json');
  if (!existsSync(national)) failures.push('national layer public/generated/national.topo.json is missing (npm run generate)');
  else {
    const kb = gz(national);
    console.log(`national layer: ${kb.toFixed(1)} KB  budget ${BUDGETS.nationalKb} KB`);
    if (kb > BUDGETS.nationalKb) failures.push(`national layer is ${kb.toFixed(1)} KB gzip, over the ${BUDGETS.nationalKb} KB budget`);
  }
  if (failures.length) {
    console.error(`\nSIZE BUDGET EXCEEDED:\n- ${failures.join('\n- ')}\n`);
    process.exit(1);
  }
  console.log('size budgets: all within limits');
}

if (process.argv[1]?.endsWith('check-budgets.ts')) {
  try {
    main();
  } catch (e) {
    console.error(`ERROR (check-budgets): ${(e as Error).message}`);
    process.exit(1);
  }
}
