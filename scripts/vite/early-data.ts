/**
 * Vite plugin: a few lines of script in index.html start fetching the data the link asks for (the province
 * index, and a plan province's units and boundaries, or the national layer) while the app's JavaScript is
 * still downloading and compiling. src/data/load.ts takes these responses instead of fetching again.
 * The plan provinces' codes come from data/plan-provinces.json; other provinces wait for the index.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Runs in the page, before any module: kept in plain ES5 so it needs no transform. */
function earlyScript(codes: Record<string, string>, nationalSlug: string): string {
  return `(function () {
  var codes = ${JSON.stringify(codes)};
  var early = (window.__ntmEarly = {});
  var get = function (path) { early[path] = fetch('generated/' + path); };
  var slug = new URLSearchParams(location.search).get('province');
  get('provinces.json');
  if (slug === ${JSON.stringify(nationalSlug)}) get('national.topo.json');
  else if (slug && codes[slug]) { get('units/' + codes[slug] + '.json'); get('boundaries/' + codes[slug] + '.topo.json'); }
})();`;
}

export function earlyData(root: string, nationalSlug: string): Plugin {
  return {
    name: 'ntm-early-data',
    transformIndexHtml() {
      const list = JSON.parse(readFileSync(resolve(root, 'data/plan-provinces.json'), 'utf8')) as { provinces: { slug: string; gsoCode: string }[] };
      const codes = Object.fromEntries(list.provinces.map((p) => [p.slug, p.gsoCode]));
      return [{ tag: 'script', children: earlyScript(codes, nationalSlug), injectTo: 'head-prepend' }];
    },
  };
}
