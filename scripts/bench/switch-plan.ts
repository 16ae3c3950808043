/**
 * The benchmark's view switches on the loaded Thanh Hóa page (level → registration → 2025 → agency → level), run
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
  const year = (y: string) => {
    const sel = document.querySelector('#year-picker') as HTMLSelectElement;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(sel, y);
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  };
  // Later rounds go back and forth between the years (2025 in the first).
  const plan = (y: string): [() => void, string][] => [
    [() => radio('registration'), 'thanh-hoa:registration:'],
    [() => year(y), `thanh-hoa:registration:${y}`],
    [() => radio('agency'), `thanh-hoa:agency:${y}`],
    [() => radio('level'), 'thanh-hoa:level:'],
  ];
  const out: { ms: number; tasks: number[] }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [act, painted] of plan(round % 2 ? '2024' : '2025')) {
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
