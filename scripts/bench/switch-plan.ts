/**
 * The benchmark's view switches on the loaded Thanh Hóa page (level → registration → targets → agency → level; the
 * year picker offers each view only its own years, and Thanh Hóa registers for 2024 only), run
 * in the page (page.evaluate): each switch's time until the map is idle with the new view painted, and the
 * main-thread long tasks that started during it. Each switch is marked "switch:<n>" (User Timing) for traces.
 */
export async function switchPlan(rounds: number) {
  const w = window as unknown as { __long: number[]; __longAt: number[]; ntmMap: { map: import('maplibre-gl').Map } };
  const map = w.ntmMap.map;
  const el = document.querySelector('.map')!;
  const settle = () => new Promise((r) => setTimeout(r, 60));
  const step = (act: () => void, painted: string) =>
    new Promise<void>((resolve, reject) => {
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
      act();
    });
  const radio = (v: string) => (document.querySelector(`input[name=view][value=${v}]`) as HTMLInputElement).click();
  const plan: [() => void, string][] = [
    [() => radio('registration'), 'thanh-hoa:registration:'],
    [() => radio('targets'), 'thanh-hoa:targets:'],
    [() => radio('agency'), 'thanh-hoa:agency:'],
    [() => radio('level'), 'thanh-hoa:level:'],
  ];
  const out: { ms: number; tasks: number[] }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [act, painted] of plan) {
      await settle();
      performance.mark(`switch:${out.length}`);
      const t0 = performance.now();
      await step(act, painted);
      const ms = performance.now() - t0;
      await settle();
      // Tasks that started during the switch (entries arrive late: the earlier switch's trailing ones are not counted).
      out.push({ ms, tasks: w.__long.filter((_, i) => w.__longAt[i] >= t0 && w.__longAt[i] <= t0 + ms) });
    }
  }
  return out;
}
