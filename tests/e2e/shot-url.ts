/** Helper (not a test): screenshot the built app at a query string. npx tsx tests/e2e/shot-url.ts '<query>' <name> [clickSelector] */
import { startSession, waitForMap } from './harness';
const [query, name = 'url', click] = process.argv.slice(2);
const s = await startSession();
const { page } = s;
await page.goto(`${s.baseUrl}${query}`);
await page.waitForSelector('.app[data-status="ready"]');
await page.waitForTimeout(500);
const painted = await page.getAttribute('.map', 'data-painted');
if (painted) await waitForMap(page, painted);
if (click) await page.click(click);
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/shot-${name}.png` });
console.log(painted, s.externalRequests, s.pageErrors);
await s.close();
