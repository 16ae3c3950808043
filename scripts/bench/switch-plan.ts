/**
 * The benchmark's view switches, run in the page (page.evaluate), on the app and on the bare page:
 *
 * - the app: the loaded Thanh Hóa page (level → registration → targets → agency → level; the year picker offers
 *   each view only its own years, and Thanh Hóa registers for 2024 only), each switch a click on the view's radio
 *   until the map is idle with the new view painted;
 * - `bare`: the bare page (bench/bare.html?code=38) making the same paint change on the same districts with
 *   feature-state (the benchmark's colours) until its map is idle.
 *
 * Per switch: its time until idle, and the main-thread long tasks (PerformanceObserver 'longtask') that ran during it:
 * from the switch's start (the task that runs the click counts, though it began just before) until 60 ms after the
 * idle (work deferred past the idle, such as the panels' transition, counts too). User Timing marks "switch:<n>"
 * and "switch-settled:<n>" bound each switch for traces (./switch-trace).
 */
export interface SwitchResult {
  ms: number;
  tasks: number[];
}

/** One function (page.evaluate sends its source alone): `bare` picks the bare page's repaints. */
export async function switchPlan({ rounds, bare }: { rounds: number; bare: boolean }): Promise<SwitchResult[]> {
  const w = window as unknown as { __long: number[]; __longAt: number[]; ntmMap?: { map: import('maplibre-gl').Map } };
  const settle = () => new Promise((r) => setTimeout(r, 60));
  const appStep = (value: string, painted: string) => () =>
    new Promise<void>((resolve, reject) => {
      const map = w.ntmMap!.map;
      const el = document.querySelector('.map')!;
      const timer = setTimeout(() => reject(new Error(`no "${painted}" painted`)), 15_000);
      const obs = new MutationObserver(() => {
        if (el.getAttribute('data-painted')?.startsWith(painted)) {
          obs.disconnect();
          clearTimeout(timer);
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }
      });
      obs.observe(el, { attributes: true });
      (document.querySelector(`input[name=view][value=${value}]`) as HTMLInputElement).click();
    });
  const bareStep = (colours: string[]) => async () => void (await window.bare!.repaint(colours));
  const plan = bare
    ? [['#a1dab4', '#2c7fb8', '#253494'], ['#2c7fb8', '#d4d4d4'], ['#e69f00', '#56b4e9', '#009e73', '#f0e442'], ['#d4d4d4']].map(bareStep)
    : [
        appStep('registration', 'thanh-hoa:registration:'),
        appStep('targets', 'thanh-hoa:targets:'),
        appStep('agency', 'thanh-hoa:agency:'),
        appStep('level', 'thanh-hoa:level:'),
      ];
  const out: SwitchResult[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const act of plan) {
      await settle();
      const n = out.length;
      performance.mark(`switch:${n}`);
      const t0 = performance.now();
      await act();
      const ms = performance.now() - t0;
      await settle();
      performance.mark(`switch-settled:${n}`);
      const t1 = performance.now();
      // Entries arrive late: read after the settle. A task overlapping the switch counts (the click's own task).
      out.push({ ms, tasks: w.__long.filter((d, i) => w.__longAt[i] + d >= t0 && w.__longAt[i] <= t1) });
    }
  }
  return out;
}
