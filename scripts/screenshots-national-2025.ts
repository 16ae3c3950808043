/**
 * Screenshots of the national overview's communes tier (issue 14): `npm run build:test`, then
 * `npx tsx scripts/screenshots-national-2025.ts [WxH,...] [outDir]` (default 1366x768,1920x1080,390x844 into
 * test-artifacts/screens). Writes national-communes-<W>x<H>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSession, waitForMap } from '../tests/e2e/harness';

const [sizes = '1366x768,1920x1080,390x844', outDir = 'test-artifacts/screens'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const size of sizes.split(',')) {
  const [width, height] = size.split('x').map(Number);
  const session = await startSession({ width, height });
  const { page } = session;
  try {
    const t0 = Date.now();
    await page.goto(`${session.baseUrl}?province=toan-quoc&units=2025-07-01&tier=commune`);
    await page.waitForSelector('.map[data-painted^="national:2025:communes:"]', { timeout: 120_000 });
    await waitForMap(page, (await page.getAttribute('.map', 'data-painted'))!);
    console.log(`${size}: painted in ${Date.now() - t0} ms`);
    await page.mouse.move(2, height - 2);
    const file = join(outDir, `national-communes-${size}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    if (session.pageErrors.length) console.log('page errors:', session.pageErrors);
  } finally {
    await session.close();
  }
}
