/**
 * The installable, offline app: web app manifest, icons and a Workbox service worker (vite-plugin-pwa,
 * generateSW). The service worker precaches the app shell (HTML, scripts, styles, the interface font's Vietnamese
 * and Latin files, icons) and keeps the data files under generated/ (boundaries, units, history) in a cache-first
 * runtime cache as they are first used, so a meeting room that opened a province once can open it again without
 * the server. The data cache's name carries a hash of the generated files: a deploy with new data starts a new
 * cache instead of serving the old files. The page is asked before a new version takes over (registerType
 * 'prompt', src/components/UpdatePrompt.tsx).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { DATA_URL } from '../../src/pwa/cache-loaded';

/** Enough entries for every generated file (about 230 today); the least recently used go first beyond it. */
export const DATA_MAX_ENTRIES = 400;
/** Font subsets the interface uses (the others are in the build but never asked for with Vietnamese text). */
const UNUSED_FONT_SUBSETS = ['**/be-vietnam-pro-{cyrillic,cyrillic-ext,greek,greek-ext}-*.woff*', '**/*.woff'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Short hash of the generated data's paths and contents (empty folder: a fixed value). */
export function dataVersion(generatedDir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(generatedDir)) {
    hash.update(relative(generatedDir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 10);
}

export function pwaOptions(generatedDir: string): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    injectRegister: false, // registered by src/components/UpdatePrompt.tsx
    includeManifestIcons: false, // public/ icons are precached by the patterns below (once)
    manifest: {
      id: './',
      name: 'Bản đồ Nông thôn mới — NTM Map',
      short_name: 'NTM Map',
      description: 'Bản đồ xã, huyện đạt chuẩn nông thôn mới, đăng ký, chỉ tiêu và sở, ngành phụ trách theo kế hoạch của tỉnh',
      lang: 'vi',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f7f8f9',
      theme_color: '#0b3d5c',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,svg,png}'], // the plugin adds the manifest itself
      globIgnores: ['generated/**', ...UNUSED_FONT_SUBSETS],
      // The map library's chunk is about 1 MB; the default limit (2 MiB) is near.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first version takes the open page at once (nothing to replace); later versions wait for the prompt.
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: DATA_URL,
          handler: 'CacheFirst',
          options: {
            cacheName: `ntm-data-${dataVersion(generatedDir)}`,
            expiration: { maxEntries: DATA_MAX_ENTRIES, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  };
}

export function pwa(generatedDir: string) {
  return VitePWA(pwaOptions(generatedDir));
}
