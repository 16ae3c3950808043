/**
 * Where a view switch's main-thread time goes: loads the Thanh Hóa page as `npm run bench` does, records a Chromium
 * trace (tasks and the V8 sampling profiler) over the benchmark's four view switches, and prints every task over
 * `--min` ms (default 30) on the page's main thread with its top functions (self time) and the app's call sites.
 *
 *   npx tsx scripts/bench/trace-switch.ts [--dir dist] [--min 30] [--rounds 2] [--save trace.json]
 *
 * Build with `VITE_TEST_HOOKS=1 npx vite build --minify false --outDir /tmp/x` and pass `--dir /tmp/x` for
 * readable function names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { appLoad, bareLoad, freshContext, launch, serve } from './pages';
import { switchPlan } from './switch-plan';

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

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

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
      ],
    });
    const results = BARE ? await page.evaluate(bareRepaints, ROUNDS) : await page.evaluate(switchPlan, ROUNDS);
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

/** The bare page's repaints (the benchmark's colours), marked as the switches are. */
async function bareRepaints(rounds: number) {
  const w = window as unknown as { __long: number[]; __longAt: number[] };
  const out: { ms: number; tasks: number[] }[] = [];
  const plan = [['#a1dab4', '#2c7fb8', '#253494'], ['#2c7fb8', '#d4d4d4'], ['#e69f00', '#56b4e9', '#009e73', '#f0e442'], ['#d4d4d4']];
  for (let round = 0; round < rounds; round++) {
    for (const colours of plan) {
      await new Promise((r) => setTimeout(r, 60));
      performance.mark(`switch:${out.length}`);
      const t0 = performance.now();
      const ms = await window.bare!.repaint(colours);
      await new Promise((r) => setTimeout(r, 60));
      out.push({ ms, tasks: w.__long.filter((_, i) => w.__longAt[i] >= t0 && w.__longAt[i] <= t0 + ms) });
    }
  }
  return out;
}

/**
 * Per switch: its main-thread tasks of 50 ms or more, each either a frame whose time is the WebGL canvas read-back
 * (GLES2::ReadPixels: software compositing waits for the software GPU) or anything else (script, style, layout).
 */
function summary(marks: TraceEvent[], tasks: TraceEvent[], slices: TraceEvent[]) {
  const ms = (us: number) => Math.round(us / 1000);
  const rows = marks.map((m, i) => {
    const end = marks[i + 1]?.ts ?? Infinity;
    const long = tasks.filter((t) => t.ts + (t.dur ?? 0) > m.ts && t.ts + (t.dur ?? 0) <= end && (t.dur ?? 0) >= 50_000);
    const readback = (t: TraceEvent) =>
      slices
        .filter((e) => e.name === 'GLES2::ReadPixels' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0))
        .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    const frames = long.filter((t) => readback(t) >= (t.dur ?? 0) / 2);
    const other = long.filter((t) => !frames.includes(t));
    return {
      frames: frames.map((t) => `${ms(t.dur ?? 0)} (read-back ${ms(readback(t))})`),
      other: other.map((t) => ms(t.dur ?? 0)),
      otherLongest: ms(
        Math.max(0, ...tasks.filter((t) => t.ts + (t.dur ?? 0) > m.ts && t.ts + (t.dur ?? 0) <= end && readback(t) < (t.dur ?? 0) / 2).map((t) => t.dur ?? 0)),
      ),
    };
  });
  console.log('\nper switch: tasks ≥ 50 ms that are a frame read-back | other tasks ≥ 50 ms | longest other task');
  rows.forEach((r, i) => console.log(`  ${i}: ${r.frames.join(', ') || '-'} | ${r.other.join(', ') || '-'} | ${r.otherLongest} ms`));
  const others = rows.flatMap((r) => r.other);
  console.log(
    `summary: ${rows.reduce((n, r) => n + r.frames.length, 0)} read-back frames ≥ 50 ms, ${others.length} other tasks ≥ 50 ms, longest other task ${Math.max(0, ...rows.map((r) => r.otherLongest))} ms`,
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
  const outer: TraceEvent[] = [];
  for (const e of events
    .filter((x) => x.pid === pid && x.tid === tid && x.ph === 'X' && (x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = outer[outer.length - 1];
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) outer.push(e);
  }
  const tasks = outer.filter((e) => (e.dur ?? 0) / 1000 >= MIN);
  // CPU profile (sampling) of the main thread.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  let clock = 0;
  for (const e of events.filter((x) => x.name === 'Profile' && profileIds.has(x.id))) clock = (e.args?.data as { startTime: number }).startTime;
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && profileIds.has(x.id))) {
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const s = data.cpuProfile?.samples ?? [];
    const d = data.timeDeltas ?? [];
    s.forEach((node, i) => {
      clock += d[i] ?? 0;
      samples.push({ ts: clock, node });
    });
  }
  const frameName = (n: ProfileNode) => {
    const f = n.callFrame;
    const file =
      (f.url ?? '')
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? '';
    return `${f.functionName || '(anon)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
  };
  const stackOf = (id: number) => {
    const out: ProfileNode[] = [];
    for (let n = nodes.get(id); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) out.push(n);
    return out;
  };
  const slices = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const dur = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const t0 = marks[0]?.ts ?? 0;
  summary(marks, outer, slices);
  console.log(`\nmain thread tasks ≥ ${MIN} ms (pid ${pid} tid ${tid}), ${samples.length} samples, ${nodes.size} nodes`);
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
      const top = frameName(stack[0]);
      self.set(top, (self.get(top) ?? 0) + w);
      for (const name of new Set(stack.map(frameName))) incl.set(name, (incl.get(name) ?? 0) + w);
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
