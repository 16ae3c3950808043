/**
 * Screenshots of every view of each seed province (issue 15): `npm run build:test`, then
 * `npx tsx scripts/screenshots.ts [outDir] [width]x[height] [slug...]`. Writes <slug>-<view>-<year>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { startSession, waitForMap } from '../tests/e2e/harness';
import type { ViewSummary } from '../src/domain/first-sight';

const summaries = (JSON.parse(readFileSync('public/generated/view-summary.json', 'utf8')) as { provinces: ViewSummary[] }).provinces;
/** The year a view shows most for in the province (the latest when equal). */
function yearFor(slug: string, view: string): number {
  const counts = summaries.find((s) => s.slug === slug)?.counts.filter((c) => c.view === (view === 'indicator' ? 'targets' : view)) ?? [];
  return [...counts].sort((a, b) => b.withData - a.withData || b.year - a.year)[0]?.year ?? 2024;
}

const [outDir = 'test-artifacts/screens', size = '1366x768', ...only] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const slugs = only.length ? only : ['hai-duong', 'ninh-binh', 'ninh-thuan', 'quang-nam', 'thanh-hoa'];
const views = ['registration', 'targets', 'coverage', 'level', 'progress', 'agency', 'indicator'];
mkdirSync(outDir, { recursive: true });
const session = await startSession({ width, height });
const { page } = session;
try {
  for (const slug of slugs)
    for (const view of views) {
      const year = yearFor(slug, view);
      await page.goto(`${session.baseUrl}?province=${slug}&view=${view}&year=${year}`);
      await waitForMap(page, `${slug}:${view}:${year}`);
      await page.mouse.move(2, height - 2);
      const file = join(outDir, `${slug}-${view}-${year}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
  if (session.pageErrors.length) console.log('page errors:', session.pageErrors);
} finally {
  await session.close();
}
