/**
 * npm run bench — speed and memory of the built app in headless Chromium, each against a baseline measured
 * in the same run (a bare MapLibre page drawing the same TopoJSON, or the smallest input size), so the
 * ratios hold on a noisy machine. Prints a table and writes bench-results/bench.json. Exits 1 if a target
 * is missed.
 *
 * Notes on the province load (measured, 2 cores, software WebGL). Each frame the page composites costs a read-back of
 * the whole canvas (~120–250 ms here, also for a frame showing only the background), and the map's worker waits on
 * the main thread for anything it needs while cutting tiles (glyphs, pattern images), so frames and main-thread
 * work during the tile cutting decide most of the time. Done, each judged with builds interleaved with the bare
 * page (scripts/bench/compare.ts): map labels are HTML text over the canvas (src/map/label-overlay.ts: no glyphs
 * rasterised on the main thread, no label tiles, no text shader; 1.56× → 1.29× at the time); only the province's
 * districts are in the first style, the other layer groups added when first shown (each GeoJSON source in a
 * style is loaded at once, even empty: one frame); no setLayoutProperty/setPaintProperty/setData that changes
 * nothing (MapLibre redraws after each: two frames); district tiles cut at the view's zoom (cut up to zoom 7
 * only, which helped while labels were drawn by MapLibre, they then took twice as long to arrive: 1.29× → 1.10×);
 * the style handed to the map whole with the province's districts in it, the map created from the store's change
 * once the data is in; feature-state set at style load, then only where it changes; the worker prewarmed; the
 * page fetching the linked province's files, plan module and first-screen fonts before the app's script has
 * loaded (scripts/vite/early-data.ts); no animated framing, fade frames, layout shift or resize on load.
 * Tried and reverted, no measurable gain: hiding the canvas until the first tiles are in (twice), handing the
 * first province's boundaries to the map a frame before the plan (so the map starts before React renders the
 * panels; 1.18× against 1.11× without), creating the map before the data is in (more frames), deferring the side
 * panel until the map is idle.
 * Ratios vary by about ±0.15 from run to run: judge a change with scripts/bench/compare.ts (builds interleaved).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { matchStatusRows, guessMapping } from '../../src/domain/status-import';
import { loadProvinceModel } from '../lib/province-model';
import { repoRoot } from '../lib/paths';
import { appLoad, bareLoad, freshPage, launch, measureProvinceLoad, median, serve } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_ONLY=load,switch,national,memory,join runs some of the benchmarks (all by default). */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const only = (name: string) => ONLY.length === 0 || ONLY.includes(name);
interface Row {
  name: string;
  app: number;
  baseline: number;
  unit: string;
  ratio: number;
  target: string;
  pass: boolean;
  note?: string;
}

/** Scripted pan/zoom; frames per second from MapLibre's render events. */
async function panZoomFps(page: Page, getMap: string): Promise<number> {
  return page.evaluate(async (expr) => {
    const map = (0, eval)(expr) as import('maplibre-gl').Map;
    let frames = 0;
    const onRender = () => frames++;
    map.on('render', onRender);
    const t0 = performance.now();
    const steps: [number, number, number][] = [[105.8, 21.0, 6.5], [108.2, 16.0, 7], [106.7, 10.8, 6.5], [105.9, 19.8, 7.5], [106, 16, 5]];
    for (const [lng, lat, zoom] of steps) {
      await new Promise<void>((r) => {
        map.once('moveend', () => r());
        map.easeTo({ center: [lng, lat], zoom, duration: 700 });
      });
    }
    map.off('render', onRender);
    return frames / ((performance.now() - t0) / 1000);
  }, getMap);
}

async function main() {
  const app = await serve('dist');
  const bare = await serve('dist-bench');
  const context = await launch();
  const rows: Row[] = [];
  try {
    const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
    if (only('load')) {
    log('province load');
    // 1. Province view load to idle.
    const load = await measureProvinceLoad(context, [app.url], bare.url, RUNS);
    const [appTimes, longTasks, bareTimes] = [load.app[0], load.longest[0], load.bare];
    const loadRatio = median(appTimes) / median(bareTimes);
    rows.push({ name: 'Province view load to idle (Thanh Hóa)', app: median(appTimes), baseline: median(bareTimes), unit: 'ms', ratio: loadRatio, target: '≤ 1.2×', pass: loadRatio <= 1.2, note: `longest main-thread task ${Math.round(median(longTasks))} ms` });

    }
    if (only('switch')) {
    log('view switching');
    // 2. View switching: level → registration 2025 → agency, against a bare feature-state loop.
    const a = await appLoad(context, app.url, '?province=thanh-hoa', 'thanh-hoa:level:2024');
    const switchApp: number[] = [];
    const reloads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Each run starts from a fresh page showing the current-level view of 2024.
      if (i > 0) {
        await a.page.goto(`${app.url}?province=thanh-hoa`);
        await a.page.waitForSelector('.map[data-painted="thanh-hoa:level:2024"]');
        await a.page.evaluate(
          () =>
            new Promise<void>((r) => {
              window.ntmMap!.map.once('idle', () => r());
              window.ntmMap!.map.triggerRepaint();
            }),
        );
      }
      const r = await a.page.evaluate(async () => {
        const map = window.ntmMap!.map;
        let metadata = 0;
        const onData = (e: { sourceId?: string; sourceDataType?: string }) => {
          if (e.sourceId === 'districts' && e.sourceDataType === 'metadata') metadata++;
        };
        map.on('sourcedata', onData);
        const el = document.querySelector('.map')!;
        const step = (act: () => void, painted: string) =>
          new Promise<void>((resolve) => {
            const obs = new MutationObserver(() => {
              if (el.getAttribute('data-painted')?.startsWith(painted)) {
                obs.disconnect();
                map.once('idle', () => resolve());
                map.triggerRepaint();
              }
            });
            obs.observe(el, { attributes: true });
            act();
          });
        const radio = (v: string) => (document.querySelector(`input[name=view][value=${v}]`) as HTMLInputElement).click();
        const t0 = performance.now();
        await step(() => radio('registration'), 'thanh-hoa:registration:');
        await step(() => {
          const sel = document.querySelector('#year-picker') as HTMLSelectElement;
          const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
          setter.call(sel, '2025');
          sel.dispatchEvent(new Event('change', { bubbles: true }));
        }, 'thanh-hoa:registration:2025');
        await step(() => radio('agency'), 'thanh-hoa:agency:2025');
        const elapsed = performance.now() - t0;
        map.off('sourcedata', onData);
        return { elapsed, metadata };
      });
      switchApp.push(r.elapsed);
      reloads.push(r.metadata);
    }
    await a.page.close();
    const b = await bareLoad(context, bare.url, '?code=38');
    const switchBare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      switchBare.push(
        await b.page.evaluate(async () => {
          let total = 0;
          for (const colours of [['#a1dab4', '#2c7fb8', '#253494'], ['#2c7fb8', '#d4d4d4'], ['#e69f00', '#56b4e9', '#009e73', '#f0e442']]) total += await window.bare!.repaint(colours);
          await window.bare!.repaint(['#d4d4d4']);
          return total;
        }),
      );
    }
    await b.page.close();
    const switchRatio = median(switchApp) / median(switchBare);
    const sourceReloads = Math.max(...reloads);
    rows.push({ name: 'Switch view ×3 (level → registration 2025 → agency)', app: median(switchApp), baseline: median(switchBare), unit: 'ms', ratio: switchRatio, target: '≤ 1.5×, 0 source reloads', pass: switchRatio <= 1.5 && sourceReloads === 0, note: `source reloads: ${sourceReloads}` });

    }
    if (only('national')) {
    log('national overview');
    // 3. National overview: load, then pan/zoom frame rate.
    const natApp: number[] = [];
    const natBare: number[] = [];
    const fpsApp: number[] = [];
    const fpsBare: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const na = await appLoad(context, app.url, '?province=toan-quoc', 'national');
      natApp.push(na.t);
      fpsApp.push(await panZoomFps(na.page, 'window.ntmMap.map'));
      await na.page.close();
      const nb = await bareLoad(context, bare.url, '?national=1');
      natBare.push(nb.t);
      fpsBare.push(await panZoomFps(nb.page, 'window.bare.map'));
      await nb.page.close();
    }
    rows.push({ name: 'National overview load to idle', app: median(natApp), baseline: median(natBare), unit: 'ms', ratio: median(natApp) / median(natBare), target: 'report', pass: true });
    const fpsRatio = median(fpsApp) / median(fpsBare);
    rows.push({ name: 'National pan/zoom frame rate', app: median(fpsApp), baseline: median(fpsBare), unit: 'fps', ratio: fpsRatio, target: '≥ 0.9×', pass: fpsRatio >= 0.9 });

    }
    if (only('memory')) {
    log('memory');
    // 4. Memory: national view, the five plan provinces one after another, back to national.
    const mem = await freshPage(context);
    const cdp = await context.newCDPSession(mem);
    await mem.goto(`${app.url}?province=toan-quoc`);
    await mem.waitForSelector('.map[data-painted="national"]');
    let peak = 0;
    for (const slug of ['ninh-binh', 'hai-duong', 'thanh-hoa', 'ninh-thuan', 'quang-nam', 'toan-quoc']) {
      await mem.selectOption('#province-picker', slug);
      await mem.waitForSelector(slug === 'toan-quoc' ? '.map[data-painted="national"]' : `.map[data-painted^="${slug}:level:"]`, { timeout: 60_000 });
      await mem.waitForTimeout(300);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      peak = Math.max(peak, usedSize / 1024 / 1024);
    }
    await mem.close();
    rows.push({ name: 'JS heap: national + 5 provinces in turn', app: peak, baseline: 300, unit: 'MB', ratio: peak / 300, target: '< 300 MB', pass: peak < 300 });
    }
  } finally {
    await context.close();
    await app.server.close();
    await bare.server.close();
  }

  // 5. Join of commune status rows: time per row as the table grows (node, same domain code as the app).
  if (only('join')) {
  const model = loadProvinceModel('thanh-hoa');
  const mapping = guessMapping(['Tên xã', 'Huyện', 'Mức độ']);
  const districtOf = new Map(model.districts.map((d) => [d.code, d.name]));
  const makeRows = (n: number) => Array.from({ length: n }, (_, i) => {
    const c = model.communes[i % model.communes.length];
    return [c.name, districtOf.get(c.parentCode ?? '') ?? '', 'Đạt chuẩn NTM'];
  });
  const perRow: Record<number, number> = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const rowsN = makeRows(n);
    const times: number[] = [];
    for (let i = 0; i < (n >= 100_000 ? 2 : 5); i++) {
      const t0 = performance.now();
      matchStatusRows(model, rowsN, mapping);
      times.push(performance.now() - t0);
    }
    perRow[n] = (median(times) * 1000) / n; // µs per row
  }
  const growth10k = perRow[10_000] / perRow[1_000];
  const growth100k = perRow[100_000] / perRow[1_000];
  rows.push({ name: 'Join 10,000 status rows (µs/row vs 1,000 rows)', app: perRow[10_000], baseline: perRow[1_000], unit: 'µs/row', ratio: growth10k, target: '≤ 1.5× (linear)', pass: growth10k <= 1.5 });
  rows.push({ name: 'Join 100,000 status rows (µs/row vs 1,000 rows)', app: perRow[100_000], baseline: perRow[1_000], unit: 'µs/row', ratio: growth100k, target: '≤ 1.5× (linear)', pass: growth100k <= 1.5 });
  }

  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
  console.log('\nNTM Map benchmarks (median of runs; ratio = app ÷ baseline measured in the same run)\n');
  console.log(['benchmark'.padEnd(52), 'app'.padStart(10), 'baseline'.padStart(10), 'unit'.padStart(7), 'ratio'.padStart(7), 'target'.padStart(26), ' result'].join(' '));
  for (const r of rows) {
    console.log([r.name.padEnd(52), fmt(r.app).padStart(10), fmt(r.baseline).padStart(10), r.unit.padStart(7), `${r.ratio.toFixed(2)}×`.padStart(7), r.target.padStart(26), r.pass ? ' ok' : ' MISSED', r.note ? `  (${r.note})` : ''].join(' '));
  }
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const out = join(repoRoot, 'bench-results', 'bench.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results: rows }, null, 2));
  console.log(`\nwritten ${out}`);
  if (rows.some((r) => !r.pass)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
