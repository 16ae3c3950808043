import { startSession, waitForMap } from '../tests/e2e/harness';
const sizes = (process.argv[2] ?? '1366x768').split(',');
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  const session = await startSession({ width, height });
  const { page } = session;
  try {
    const t0 = Date.now();
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=2025-07-01&tier=commune`);
    await waitForMap(page, 'national:2025:communes:level');
    console.log(size, 'painted in', Date.now() - t0, 'ms');
    const n = await page.evaluate(() => (window as any).ntmMap.map.querySourceFeatures('national-communes').length);
    console.log('source features (tiles)', n);
    await page.mouse.move(2, height - 2);
    await page.screenshot({ path: `/tmp/nat25-shots/national-communes-${size}.png` });
    if (session.pageErrors.length) console.log('page errors:', session.pageErrors);
  } finally {
    await session.close();
  }
}
