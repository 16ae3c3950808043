/** The service worker's configuration: what is precached, what is cached at run time, under which name. */
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataVersion, pwaOptions } from '../../scripts/vite/pwa';
import { DATA_URL, uncachedDataUrls } from '../../src/pwa/cache-loaded';

const repoRoot = resolve(__dirname, '../..');

function tempData(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-pwa-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('data cache', () => {
  it('takes the data files wherever the app is served from, and nothing else', () => {
    expect(DATA_URL.test('/generated/boundaries/37.topo.json')).toBe(true);
    expect(DATA_URL.test('/ntm/generated/units/37.json')).toBe(true);
    expect(DATA_URL.test('/generated/2025/communes/08.topo.json')).toBe(true);
    expect(DATA_URL.test('/assets/index-abc.js')).toBe(false);
    expect(DATA_URL.test('/manifest.webmanifest')).toBe(false);
  });

  it('hands the worker only data files it did not serve', () => {
    const entries = [
      { name: 'http://127.0.0.1:4173/generated/units/37.json', entryType: 'resource', workerStart: 0 },
      { name: 'http://127.0.0.1:4173/generated/boundaries/37.topo.json', entryType: 'resource', workerStart: 812.4 },
      { name: 'http://127.0.0.1:4173/assets/index.js', entryType: 'resource', workerStart: 0 },
      { name: 'http://127.0.0.1:4173/generated/provinces.json', entryType: 'resource' },
    ];
    expect(uncachedDataUrls(entries)).toEqual(['http://127.0.0.1:4173/generated/units/37.json', 'http://127.0.0.1:4173/generated/provinces.json']);
  });

  it('is named after the data: new data, new cache', () => {
    const a = tempData({ 'units/37.json': '[1]', 'provinces.json': '[]' });
    const b = tempData({ 'units/37.json': '[2]', 'provinces.json': '[]' });
    const c = tempData({ 'units/37.json': '[1]', 'provinces.json': '[]' });
    expect(dataVersion(a)).not.toBe(dataVersion(b));
    expect(dataVersion(a)).toBe(dataVersion(c));
    const rule = pwaOptions(a).workbox!.runtimeCaching![0];
    expect(rule.handler).toBe('CacheFirst');
    expect(rule.options!.cacheName).toBe(`ntm-data-${dataVersion(a)}`);
    expect(rule.options!.expiration!.maxEntries).toBeGreaterThan(228);
  });
});

describe('app shell and manifest', () => {
  const options = pwaOptions(join(repoRoot, 'public', 'generated'));

  it('precaches the shell but not the data (cached as used)', () => {
    expect(options.workbox!.globPatterns).toEqual(expect.arrayContaining([expect.stringContaining('js'), expect.stringContaining('woff2')]));
    expect(options.workbox!.globIgnores).toContain('generated/**');
    expect(options.workbox!.navigateFallback).toBe('index.html');
    expect(options.registerType).toBe('prompt');
  });

  it('has a manifest whose icons are in public/, relative to the app', () => {
    const manifest = options.manifest as { start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith('/')).toBe(false);
      expect(existsSync(join(repoRoot, 'public', icon.src)), icon.src).toBe(true);
    }
  });
});
