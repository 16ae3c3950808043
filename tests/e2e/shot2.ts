import { startSession } from './harness';
const s = await startSession();
const { page } = s;
await page.goto(`${s.baseUrl}?province=toan-quoc`);
await page.waitForSelector('.map[data-painted="national"]', { timeout: 30000 });
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/national.png' });
console.log(s.externalRequests, s.pageErrors);
await s.close();
