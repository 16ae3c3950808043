/**
 * Data files fetched before the service worker controlled the page (the first visit: the page loads while the
 * worker installs) went past its runtime cache. Once the worker is active, this hands it their addresses with
 * Workbox's CACHE_URLS message, and keeps doing so for any later data file that did not go through it, so the
 * province opened on the first visit opens again offline. The worker fetches each through its data route
 * (scripts/vite/pwa.ts), cache-first, so a file already cached is not fetched twice.
 */

/** The data files the app fetches (src/data/load.ts): everything under generated/ is JSON. */
export const DATA_URL = /\/generated\/.+\.json$/;

/** Addresses of data files among resource timing entries that were not served through a service worker. */
export function uncachedDataUrls(entries: readonly { name: string; entryType: string; workerStart?: number }[]): string[] {
  return entries.filter((e) => e.entryType === 'resource' && !e.workerStart && DATA_URL.test(new URL(e.name).pathname)).map((e) => e.name);
}

export function cacheLoadedData(): void {
  if (!('serviceWorker' in navigator) || typeof PerformanceObserver === 'undefined') return;
  void navigator.serviceWorker.ready.then((registration) => {
    const post = (urls: string[]) => {
      if (urls.length) registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
    };
    // buffered: the entries recorded before the worker was ready come first.
    new PerformanceObserver((list) => post(uncachedDataUrls(list.getEntries() as PerformanceResourceTiming[]))).observe({ type: 'resource', buffered: true });
  });
}
