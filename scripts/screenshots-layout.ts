/**
 * Screenshots of every layout a review meeting uses (issue 16), to look at after a layout change:
 * `npm run build:test`, then `npx tsx scripts/screenshots-layout.ts [outDir] [WxH...]` (default 1366x768 1920x1080 390x844)
 * writes <scene>-<W>x<H>.png: the district map (Thanh Hóa, Ninh Bình), Thanh Hóa in the 2025 units, the national
 * overview (2024 and 34 provinces), presentation (pre-2025 and 2025 units), print preview (A4 landscape), and on a phone
 * the menu and the bottom sheet.
 * `npx tsx scripts/screenshots-layout.ts --readme` regenerates the README's screenshots in docs/screenshots/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settleMap, startSession } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const positional = args.filter((a) => !a.startsWith('--'));
const outDir = readme ? 'test-artifacts/readme-screens' : (positional.find((a) => !/^\d+x\d+$/.test(a)) ?? 'test-artifacts/layout-screens');
const sizeArgs = positional.filter((a) => /^\d+x\d+$/.test(a));
const sizes = (readme ? ['1366x768', '390x844'] : sizeArgs.length ? sizeArgs : ['1366x768', '1920x1080', '390x844']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width, height };
});

/** The map painted and settled (tests/e2e/harness settleMap), then a further 200 ms, as this script always waited. */
async function settle(page: Page, painted: string): Promise<void> {
  await settleMap(page, painted);
  await page.waitForTimeout(200);
}

interface Scene {
  name: string;
  query: string;
  painted: string;
  /** After the map settles: open a menu, start presenting… (then the map is settled again). */
  then?: (page: Page, phone: boolean) => Promise<void>;
  phoneOnly?: boolean;
  print?: boolean;
}

const present = async (page: Page, phone: boolean) => {
  if (phone) {
    await page.click('#panel-toggle');
    await page.waitForSelector('#present', { state: 'visible' });
  }
  await page.click('#present');
  await page.waitForSelector('.app.presenting .present-side');
};

const SCENES: Scene[] = [
  { name: 'thanh-hoa', query: 'province=thanh-hoa&view=level&district=406', painted: 'thanh-hoa:level' },
  { name: 'ninh-binh', query: 'province=ninh-binh&view=registration&district=374', painted: 'ninh-binh:registration' },
  { name: 'thanh-hoa-2025', query: 'province=thanh-hoa&view=level&units=2025-07-01', painted: 'reform:' },
  { name: 'national', query: 'province=toan-quoc', painted: 'national' },
  { name: 'national-2025', query: 'province=toan-quoc&units=2025-07-01', painted: 'national:2025' },
  { name: 'present', query: 'province=thanh-hoa&view=level&district=406', painted: 'thanh-hoa:level', then: present },
  { name: 'present-ninh-binh', query: 'province=ninh-binh&view=registration&district=374', painted: 'ninh-binh:registration', then: present },
  { name: 'present-2025', query: 'province=thanh-hoa&view=level&units=2025-07-01', painted: 'reform:', then: present },
  { name: 'print-a4', query: 'province=thanh-hoa&view=registration', painted: 'thanh-hoa:registration', print: true },
  {
    name: 'phone-menu',
    query: 'province=thanh-hoa&view=level',
    painted: 'thanh-hoa:level',
    phoneOnly: true,
    then: async (page) => {
      await page.click('#menu-toggle');
      await page.waitForSelector('#province-picker', { state: 'visible' });
    },
  },
  {
    name: 'phone-sheet',
    query: 'province=ninh-binh&view=registration',
    painted: 'ninh-binh:registration',
    phoneOnly: true,
    then: async (page) => {
      await page.click('#panel-toggle');
      await page.waitForSelector('#unit-search', { state: 'visible' });
    },
  },
];

/** The README's files: scene at a size → docs/screenshots/<file>. */
const README: { scene: string; size: string; file: string }[] = [
  { scene: 'present-ninh-binh', size: '1366x768', file: 'presentation-1366x768.png' },
  { scene: 'present-ninh-binh', size: '390x844', file: 'presentation-390x844.png' },
  { scene: 'ninh-binh', size: '390x844', file: 'phone-390x844.png' },
  { scene: 'phone-sheet', size: '390x844', file: 'phone-sheet-390x844.png' },
];

mkdirSync(outDir, { recursive: true });
const mm = (v: number) => Math.round((v * 96) / 25.4);
for (const size of sizes) {
  const tag = `${size.width}x${size.height}`;
  const phone = size.width <= 480;
  const session = await startSession(size);
  const { page } = session;
  try {
    for (const scene of SCENES) {
      if (scene.phoneOnly && !phone) continue;
      if (readme && !README.some((r) => r.scene === scene.name && r.size === tag)) continue;
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(size);
      await page.goto(`${session.baseUrl}?${scene.query}`);
      await settle(page, scene.painted);
      if (scene.then) {
        await scene.then(page, phone);
        await settle(page, scene.painted);
      }
      if (scene.print) {
        // Print preview: the page laid out on A4 landscape's content box (10 mm margins), as the print dialog does.
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: mm(277), height: mm(190) });
        await settle(page, scene.painted);
      }
      await page.mouse.move(2, (scene.print ? mm(190) : size.height) - 2);
      const file = join(outDir, `${scene.name}-${tag}.png`);
      await page.screenshot({ path: file, fullPage: !!scene.print });
      console.log(file);
      const target = README.find((r) => r.scene === scene.name && r.size === tag);
      if (readme && target) {
        copyFileSync(file, join('docs/screenshots', target.file));
        console.log(`→ docs/screenshots/${target.file}`);
      }
    }
    if (session.pageErrors.length) console.log('page errors:', session.pageErrors);
  } finally {
    await session.close();
  }
}
