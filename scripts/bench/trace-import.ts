/**
 * Where the Data tab's import of the 3,000-polygon file spends its time (the benchmark's import row, ./import.ts):
 * loads Thanh Hóa as the benchmark does, records a Chromium trace (tasks and the V8 sampling profiler) from the
 * file's choice to the drawn map's idle, and prints the page's main thread and MapLibre's workers as a timeline:
 * every task over `--min` ms (default 3) with its top slices and functions, and the gaps where the main thread waited.
 *
 *   npx tsx scripts/bench/trace-import.ts [--dir dist] [--min 3] [--save trace.json] [--load trace.json]
 *
 * Build with `VITE_TEST_HOOKS=1 npx vite build --minify false --outDir /tmp/x` and pass `--dir /tmp/x` for
 * readable function names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { REGIONAL } from '../../tests/fixtures/regional-communes';
import { importFixture, importInto } from './import';
import type { Browser, BrowserContext } from 'playwright-core';
import { appLoad, bareLoad, freshContext, launch, serve } from './pages';
import { outerTasks, type TraceEvent } from './switch-trace';
import { threadProfile } from './trace-profile';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const MIN = Number(arg('min', '3'));
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

async function main() {
  const LOAD = arg('load', '');
  if (LOAD) return analyse(JSON.parse(readFileSync(LOAD, 'utf8')).traceEvents as TraceEvent[]);
  const app = await serve(arg('dir', 'dist'));
  const browser = await launch();
  try {
    const context = await freshContext(browser);
    if (argv.includes('--bare')) return await traceBare(context, browser, app.url);
    const target = `${REGIONAL.provinceSlug}:level:2024`;
    const { page } = await appLoad(context, app.url, `?province=${REGIONAL.provinceSlug}&view=level`, target);
    const run = await importInto(page, importFixture(), 120_000, () =>
      browser.startTracing(page, {
        categories: CATEGORIES,
      }),
    );
    await page.waitForTimeout(200);
    const buffer = await browser.stopTracing();
    if (arg('save', '')) writeFileSync(arg('save', ''), buffer);
    console.log(`import ${run.t.toFixed(0)} ms, ${run.drawn} drawn`);
    analyse(JSON.parse(buffer.toString()).traceEvents as TraceEvent[]);
    await context.close();
  } finally {
    await browser.close();
    await app.server.close();
  }
}

/** --bare: the bare page's same import (bench/bare.ts; build it with vite.bench.config.ts into dist-bench, pass --dir dist-bench). */
async function traceBare(context: BrowserContext, browser: Browser, base: string) {
  const { page } = await bareLoad(context, base, `?code=${REGIONAL.provinceCode}&import=${REGIONAL.provinceCode}`);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.setInputFiles('#bare-file', importFixture());
  await page.waitForFunction(() => window.bare?.importedAt !== undefined, undefined, { timeout: 120_000 });
  const t = await page.evaluate(() => window.bare!.importedAt! - window.bare!.importStart!);
  await page.waitForTimeout(200);
  const buffer = await browser.stopTracing();
  console.log(`bare import ${t.toFixed(0)} ms`);
  analyse(JSON.parse(buffer.toString()).traceEvents as TraceEvent[]);
}

const dur = (e: TraceEvent) => (e.dur ?? 0) / 1000;

/** Top self and inclusive functions of one thread between two times (µs). */
function profile(events: TraceEvent[], pid: number, tid: number) {
  const { samples, stack } = threadProfile(events, pid, tid);
  return (from: number, to: number, top = Number(arg('top', '6'))) => {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let prev = from;
    for (const s of samples.filter((x) => x.ts >= from && x.ts <= to)) {
      const w = (s.ts - prev) / 1000;
      prev = s.ts;
      const st = stack(s.node);
      if (!st.length || /^\((idle|program|root)\)/.test(st[0])) continue;
      self.set(st[0], (self.get(st[0]) ?? 0) + w);
      for (const f of new Set(st)) incl.set(f, (incl.get(f) ?? 0) + w);
    }
    const fmt = (m: Map<string, number>) =>
      [...m]
        .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' | ');
    return { self: fmt(self), incl: fmt(incl) };
  };
}

function analyse(events: TraceEvent[]) {
  const mark = (n: string) => events.find((e) => e.name === n && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'i'));
  const chosen = mark('import:chosen');
  const drawn = mark('import:drawn');
  const painted = mark('import:painted');
  if (!chosen || !drawn) throw new Error('no import marks in the trace');
  const { pid, tid } = chosen;
  const t0 = chosen.ts;
  const at = (ts: number) => `+${((ts - t0) / 1000).toFixed(0)}`;
  console.log(`painted at ${painted ? at(painted.ts) : '-'} ms, drawn (idle) at ${at(drawn.ts)} ms`);
  const threads = new Map<number, string>();
  for (const e of events.filter((x) => x.ph === 'M' && x.name === 'thread_name' && x.pid === pid))
    threads.set(e.tid, String((e.args as { name: string }).name));
  const shown = [tid, ...[...threads].filter(([, n]) => /Worker/i.test(n)).map(([t]) => t)];
  for (const thread of shown) {
    const tasks = outerTasks(events, pid, thread).filter((t) => t.ts + (t.dur ?? 0) >= t0 && t.ts <= drawn.ts);
    const busy = tasks.reduce((s, t) => s + dur(t), 0);
    if (busy < 1) continue;
    console.log(`\n### ${threads.get(thread) ?? thread}: ${busy.toFixed(0)} ms busy in ${tasks.length} tasks`);
    const prof = profile(events, pid, thread);
    const slices = events.filter((e) => e.pid === pid && e.tid === thread && e.ph === 'X');
    let small = 0;
    let smallMs = 0;
    for (const task of tasks) {
      if (dur(task) < MIN) {
        small++;
        smallMs += dur(task);
        continue;
      }
      if (small) console.log(`  (${small} short tasks, ${smallMs.toFixed(1)} ms)`);
      small = 0;
      smallMs = 0;
      const end = task.ts + (task.dur ?? 0);
      const inner = slices.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && dur(e) >= 1 && e.name !== 'RunTask');
      const byName = new Map<string, number>();
      for (const e of inner) {
        const data = e.args?.data as Record<string, unknown> | undefined;
        const key = ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame'].includes(e.name)
          ? `${e.name} ${String(data?.type ?? data?.functionName ?? '')}`
          : e.name;
        byName.set(key, Math.max(byName.get(key) ?? 0, dur(e)));
      }
      const p = prof(task.ts, end);
      console.log(
        `  ${at(task.ts)} ms: ${dur(task).toFixed(1)} ms  [${[...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')}]`,
      );
      if (p.self) console.log(`      self: ${p.self}\n      incl: ${p.incl}`);
    }
    if (small) console.log(`  (${small} short tasks, ${smallMs.toFixed(1)} ms)`);
  }
}

void main();
