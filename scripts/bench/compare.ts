/**
 * Compares builds of the app on the province load, each load in a fresh browser context (cold), interleaved with
 * the bare page, so that a change is judged on a noisy machine:
 *
 *   VITE_TEST_HOOKS=1 npx vite build --outDir scratch/builds/a   # one build per variant, with the test hook (window.ntmMap)
 *   VITE_TEST_HOOKS=1 npx vite build --outDir scratch/builds/b
 *   npx tsx scripts/bench/compare.ts scratch/builds/a scratch/builds/b     # BENCH_RUNS=11 by default
 *
 * Needs dist-bench/ (`vite build --config vite.bench.config.ts`). Prints each build's median load-to-idle,
 * transfer and heap, and the median and spread of its paired ratio to the bare page.
 */
import { appLoad, bareLoad, coldAndWarm, launch, median, serve, type Load } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const builds = process.argv.slice(2);
if (builds.length === 0) {
  console.error('usage: tsx scripts/bench/compare.ts <build dir> [<build dir> ...]');
  process.exit(2);
}

const servers = await Promise.all(builds.map((dir) => serve(dir)));
const bare = await serve('dist-bench');
const browser = await launch();
const loads: Load[][] = builds.map(() => []);
const bareLoads: Load[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // The order rotates from run to run so that no build always follows the same one.
    const order = [...builds.keys(), -1].map((_, i, all) => all[(i + run) % all.length]);
    for (const i of order) {
      if (i < 0) bareLoads.push((await coldAndWarm(browser, (c) => bareLoad(c, bare.url, '?code=38'), false)).cold);
      else loads[i].push((await coldAndWarm(browser, (c) => appLoad(c, servers[i].url, '?province=thanh-hoa&view=level', 'thanh-hoa:level:2024'), false)).cold);
    }
  }
} finally {
  await browser.close();
  await Promise.all([...servers, bare].map((s) => s.server.close()));
}
const med = (ls: Load[], k: 't' | 'bytes' | 'requests' | 'heap') => median(ls.map((l) => l[k]));
for (let i = 0; i < builds.length; i++) {
  const ratios = loads[i].map((l, run) => l.t / bareLoads[run].t).sort((a, b) => a - b);
  console.log(
    `${builds[i].padEnd(32)} ${Math.round(med(loads[i], 't')).toString().padStart(6)} ms  ratio ${median(ratios).toFixed(2)}× (${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)})  ${Math.round(med(loads[i], 'bytes') / 1024)} KB in ${med(loads[i], 'requests')} requests  heap ${med(loads[i], 'heap').toFixed(1)} MB`,
  );
}
console.log(
  `${'bare page'.padEnd(32)} ${Math.round(med(bareLoads, 't')).toString().padStart(6)} ms  ${Math.round(med(bareLoads, 'bytes') / 1024)} KB in ${med(bareLoads, 'requests')} requests  heap ${med(bareLoads, 'heap').toFixed(1)} MB`,
);
