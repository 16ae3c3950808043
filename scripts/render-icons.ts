/**
 * Renders public/favicon.svg to the PNG icons the web app manifest and iOS ask for, with the same Chromium
 * the e2e tests use (no image library needed). Run after editing the SVG: `npm run icons`; the PNGs are committed.
 * The maskable icon draws the SVG at 80% on the background colour, inside the safe zone of a circle mask.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';
import { repoRoot } from './lib/paths';

const BACKGROUND = '#0b3d5c';
const ICONS: { file: string; size: number; maskable?: boolean }[] = [
  // The page's icon (index.html): PNG, as the browser fetches it again at every history entry the app writes (a
  // view switch), and an SVG icon is parsed as a document each time (5–14 ms of the page's main thread: issue 19).
  { file: 'icons/favicon-32.png', size: 32 },
  { file: 'icons/favicon-64.png', size: 64 },
  { file: 'icons/icon-192.png', size: 192 },
  { file: 'icons/icon-512.png', size: 512 },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
];

const svg = readFileSync(resolve(repoRoot, 'public/favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
    await page.setContent(
      `<body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.maskable ? BACKGROUND : 'transparent'}">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: !icon.maskable, type: 'png' });
    writeFileSync(resolve(repoRoot, 'public', icon.file), png);
    console.log(`${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
