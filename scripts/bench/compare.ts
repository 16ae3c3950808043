/**
 * Compares builds of the app on the province load, interleaved with the bare page in the same browser, so that a
 * change is judged on a noisy machine (a single `npm run bench` varies by ±0.15 in ratio from run to run):
 *
 *   VITE_TEST_HOOKS=1 npx vite build --outDir scratch/builds/a   # one build per variant, with the test hook (window.ntmMap)
 *   VITE_TEST_HOOKS=1 npx vite build --outDir scratch/builds/b
 *   npx tsx scripts/bench/compare.ts scratch/builds/a scratch/builds/b     # BENCH_RUNS=11 by default
 *
 * Needs dist-bench/ (built by `npm run bench`, or `vite build --config vite.bench.config.ts`). Prints the median
 * load-to-idle of each build and its ratio to the bare page.
 */
import { launch, measureProvinceLoad, median, serve } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const builds = process.argv.slice(2);
if (builds.length === 0) {
  console.error('usage: tsx scripts/bench/compare.ts <build dir> [<build dir> ...]');
  process.exit(2);
}

const servers = await Promise.all(builds.map((dir) => serve(dir)));
const bare = await serve('dist-bench');
const context = await launch();
let times: number[][];
let bareTimes: number[];
try {
  ({ app: times, bare: bareTimes } = await measureProvinceLoad(context, servers.map((s) => s.url), bare.url, RUNS));
} finally {
  await context.close();
  await Promise.all([...servers, bare].map((s) => s.server.close()));
}
const base = median(bareTimes);
for (let i = 0; i < builds.length; i++) console.log(`${builds[i].padEnd(32)} ${Math.round(median(times[i])).toString().padStart(6)} ms  ${(median(times[i]) / base).toFixed(2)}×`);
console.log(`${'bare page'.padEnd(32)} ${Math.round(base).toString().padStart(6)} ms`);
