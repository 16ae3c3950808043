import { appLoad, freshContext, heapMB, launch, serve } from './pages';
async function main() {
  const server = await serve(process.argv[2]);
  const browser = await launch();
  const context = await freshContext(browser);
  const load = await appLoad(context, server.url, '?province=thanh-hoa', 'thanh-hoa:level:2024');
  const page = load.page;
  console.log('heap', load.heap.toFixed(2));
  const keys = await page.evaluate(() => {
    const s = (window as any).__store.getState();
    return Object.keys(s).filter((k) => typeof s[k] !== 'function' && s[k] && typeof s[k] === 'object');
  });
  console.log('object keys', keys.join(','));
  const steps: string[][] = [['topology'], ['baseModel'], ['overlay'], ['provinces'], ['nationalTopology', 'history', 'newProvinces']];
  let prev = load.heap;
  for (const step of steps) {
    await page.evaluate((ks) => {
      const st = (window as any).__store;
      const patch: Record<string, null> = {};
      for (const k of ks) patch[k] = null;
      st.setState(patch);
    }, step);
    await page.waitForTimeout(300);
    const h = await heapMB(page);
    console.log(`without ${step.join('+')}: ${h.toFixed(2)} (−${(prev - h).toFixed(2)})`);
    prev = h;
  }
  await browser.close();
  await server.server.close();
}
void main();
