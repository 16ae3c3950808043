/**
 * Where a view switch's main-thread time goes: loads the Thanh Hóa page as `npm run bench` does, records a Chromium
 * trace (tasks and the V8 sampling profiler) over the benchmark's four view switches, and prints every task over
 * `--min` ms (default 30) on the page's main thread with its top functions (self time) and the app's call sites.
 *
 *   npx tsx scripts/bench/trace-switch.ts [--dir dist] [--min 30] [--rounds 2] [--save trace.json] [--bare] [--other] [--gpu]
 *
 * --bare: the bare page's same repaints; --other: list only the tasks that are not a frame's canvas read-back; --gpu:
 * also the GPU process's decoding (ANGLE): the read-back's wait is ContextVk::finishImpl, SwiftShader executing the
 * frame's WebGL commands, not the copy of the pixels itself (a few ms).
 *
 * Build with `VITE_TEST_HOOKS=1 npx vite build --minify false --outDir /tmp/x` and pass `--dir /tmp/x` for
 * readable function names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { appLoad, bareLoad, freshContext, launch, serve } from './pages';
import { switchPlan } from './switch-plan';
import { outerTasks, switchWork, type TraceEvent } from './switch-trace';
import { threadProfile } from './trace-profile';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const DIR = arg('dir', 'dist');
const MIN = Number(arg('min', '30'));
const ROUNDS = Number(arg('rounds', '2'));
const SAVE = arg('save', '');
/** --bare: the bare page's repaint loop instead (bench/bare.html; build it with vite.bench.config.ts into dist-bench). */
const BARE = argv.includes('--bare');

async function main() {
  const LOAD = arg('load', '');
  if (LOAD) return analyse(JSON.parse(readFileSync(LOAD, 'utf8')).traceEvents as TraceEvent[]);
  const app = await serve(BARE ? 'dist-bench' : DIR);
  const browser = await launch();
  try {
    const context = await freshContext(browser);
    const load = BARE
      ? await bareLoad(context, app.url, '?code=38')
      : await appLoad(context, app.url, '?province=thanh-hoa&view=level', 'thanh-hoa:level:2024');
    const page = load.page;
    await page.waitForTimeout(500);
    await browser.startTracing(page, {
      categories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink',
        'cc',
        'gpu',
        'viz',
        // --gpu: the GPU process's command decoding (which GL call of the WebGL command buffer takes the time).
        ...(argv.includes('--gpu')
          ? ['disabled-by-default-gpu.service', 'disabled-by-default-gpu.decoder', 'gpu.angle', 'disabled-by-default-gpu.device']
          : []),
      ],
    });
    const results = await page.evaluate(switchPlan, { rounds: ROUNDS, bare: BARE });
    const buffer = await browser.stopTracing();
    if (SAVE) writeFileSync(SAVE, buffer);
    console.log('switch ms', results.map((r) => Math.round(r.ms)).join(' / '));
    console.log('long tasks (observer)', results.map((r) => r.tasks.map(Math.round).join('+') || '-').join(' / '));
    analyse(JSON.parse(buffer.toString()).traceEvents as TraceEvent[]);
    await context.close();
  } finally {
    await browser.close();
    await app.server.close();
  }
}

/** Per switch: the longest task and its canvas read-back wait, and the switch's own work (./switch-trace). */
function summary(events: TraceEvent[]) {
  const f = (x: number) => x.toFixed(0);
  console.log('\nper switch: longest task (its read-back wait) | all tasks less read-back waits (own work) | longest task less its wait');
  switchWork(events).forEach((w, i) =>
    console.log(`  ${i}: ${f(w.longest)} ms (${f(w.longestReadback)}) | ${f(w.own)} ms in ${w.tasks} tasks | ${f(w.ownLongest)} ms`),
  );
}

function analyse(events: TraceEvent[]) {
  // The renderer main thread: where the user-timing marks of the switches are.
  const mark = events.find((e) => e.name.startsWith('switch:'));
  if (!mark) throw new Error('no switch marks in the trace');
  const { pid, tid } = mark;
  const marks = events
    .filter((e) => e.pid === pid && e.name.startsWith('switch:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n'))
    .sort((a, b) => a.ts - b.ts);
  // Outermost tasks only (a RunTask nests in a ThreadControllerImpl::RunTask).
  const outer = outerTasks(events, pid, tid);
  const tasks = outer.filter((e) => (e.dur ?? 0) / 1000 >= MIN);
  // CPU profile (sampling) of the main thread.
  const { samples, nodeCount, stack: stackOf } = threadProfile(events, pid, tid);
  const slices = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const dur = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const t0 = marks[0]?.ts ?? 0;
  summary(events);
  console.log(`\nmain thread tasks ≥ ${MIN} ms (pid ${pid} tid ${tid}), ${samples.length} samples, ${nodeCount} nodes`);
  const readPixels = slices.filter((e) => e.name === 'GLES2::ReadPixels');
  const isReadback = (t: TraceEvent) =>
    readPixels.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0)).reduce((sum, e) => sum + (e.dur ?? 0), 0) >= (t.dur ?? 0) / 2;
  // --other: the listing leaves out the frames whose time is the canvas read-back.
  for (const task of argv.includes('--other') ? tasks.filter((t) => !isReadback(t)) : tasks) {
    const end = task.ts + (task.dur ?? 0);
    const before = marks.filter((m) => m.ts <= task.ts).pop();
    console.log(`\n=== task ${dur(task).toFixed(1)} ms at +${((task.ts - t0) / 1000).toFixed(0)} ms (after ${before?.name ?? '-'})`);
    // Top-level slices inside the task.
    const inner = slices.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && dur(e) >= 2);
    const byName = new Map<string, number>();
    for (const e of inner) {
      const key =
        e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame'
          ? `${e.name} ${JSON.stringify((e.args?.data as Record<string, unknown>)?.type ?? (e.args?.data as Record<string, unknown>)?.functionName ?? '')}`
          : e.name;
      byName.set(key, (byName.get(key) ?? 0) + dur(e));
    }
    console.log(
      '  slices:',
      [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' | '),
    );
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let prev = task.ts;
    for (const s of inTask) {
      const w = (s.ts - prev) / 1000;
      prev = s.ts;
      const stack = stackOf(s.node);
      if (!stack.length) continue;
      const top = stack[0];
      self.set(top, (self.get(top) ?? 0) + w);
      for (const name of new Set(stack)) incl.set(name, (incl.get(name) ?? 0) + w);
    }
    console.log(
      '  self:',
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' | '),
    );
    console.log(
      '  inclusive:',
      [...incl]
        .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(arg('top', '40')))
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join('\n    '),
    );
  }
}

void main();
