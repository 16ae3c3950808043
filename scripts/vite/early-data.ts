/**
 * Vite plugin: a few lines of script in index.html start fetching the data the link asks for (the province
 * index, and a plan province's units, boundaries and plan module, or the national layer) while the app's
 * JavaScript is still downloading and compiling. src/data/load.ts takes these responses instead of fetching
 * again. The plan provinces' codes come from data/plan-provinces.json; other provinces wait for the index.
 * In the build, the interface font's files are preloaded too: the map is created once the label font is in,
 * and the stylesheet alone would ask for them only after the app's script has run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** The self-hosted font's files (src/fonts.css: weights 400 and 600, Latin and Vietnamese subsets): four files. */
const FIRST_SCREEN_FONT = /(^|\/)be-vietnam-pro-(latin|vietnamese)-(400|600)-normal-[^/]*\.woff2$/;
/** A plan's module, by slug (data/plans/<slug>.json is imported on demand, src/data/load.ts). */
const PLAN_MODULE = /\/data\/plans\/([^/]+)\.json$/;

function planChunks(bundle: OutputBundle | undefined): Record<string, string> {
  const chunks: Record<string, string> = {};
  for (const file of Object.values(bundle ?? {})) {
    const slug = file.type === 'chunk' ? PLAN_MODULE.exec(file.facadeModuleId ?? '')?.[1] : undefined;
    if (slug) chunks[slug] = file.fileName;
  }
  return chunks;
}

function fontPreloads(bundle: OutputBundle | undefined): HtmlTagDescriptor[] {
  return Object.values(bundle ?? {})
    .filter((file) => file.type === 'asset' && FIRST_SCREEN_FONT.test(file.fileName))
    .map((file) => ({
      tag: 'link',
      attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${file.fileName}` },
      injectTo: 'head' as const,
    }));
}

/** Runs in the page, before any module: kept in plain ES5 so it needs no transform. */
function earlyScript(codes: Record<string, string>, plans: Record<string, string>, nationalSlug: string): string {
  return `(function () {
  var codes = ${JSON.stringify(codes)};
  var plans = ${JSON.stringify(plans)};
  var early = (window.__ntmEarly = {});
  var get = function (path) { early[path] = fetch('generated/' + path); };
  var slug = new URLSearchParams(location.search).get('province');
  get('provinces.json');
  if (slug === ${JSON.stringify(nationalSlug)}) get('national.topo.json');
  else if (slug && codes[slug]) { get('units/' + codes[slug] + '.json'); get('boundaries/' + codes[slug] + '.topo.json'); }
  if (slug && plans[slug]) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = './' + plans[slug];
    document.head.appendChild(link);
  }
})();`;
}

export function earlyData(root: string, nationalSlug: string): Plugin {
  return {
    name: 'ntm-early-data',
    transformIndexHtml(_html, context) {
      const list = JSON.parse(readFileSync(resolve(root, 'data/plan-provinces.json'), 'utf8')) as { provinces: { slug: string; gsoCode: string }[] };
      const codes = Object.fromEntries(list.provinces.map((p) => [p.slug, p.gsoCode]));
      // The bundle exists only in a build: the dev server has no chunk names to preload.
      return [
        { tag: 'script', children: earlyScript(codes, planChunks(context.bundle), nationalSlug), injectTo: 'head-prepend' },
        ...fontPreloads(context.bundle),
      ];
    },
  };
}
