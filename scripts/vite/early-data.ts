/**
 * Vite plugin: a few lines of script in index.html start fetching the data the link asks for (the province
 * index, and a plan province's units, boundaries and plan module, or the national layer) while the app's
 * JavaScript is still downloading and compiling. src/data/load.ts takes these responses instead of fetching
 * again. The plan provinces' codes come from data/plan-provinces.json; other provinces wait for the index.
 * In the build, the interface font's regular files are preloaded too: the map is created once the label font is in,
 * and the stylesheet alone would ask for them only after the app's script has run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';
import { REFORM_DATE } from '../../src/domain/history';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** The first screen's font files (src/fonts.css: weight 400, Latin and Vietnamese subsets; 600 comes after the first view). */
const FIRST_SCREEN_FONT = /(^|\/)be-vietnam-pro-(latin|vietnamese)-400-normal-[^/]*\.woff2$/;
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

/** The 2025 province each plan province became part of (public/generated/new-provinces.json, written by npm run generate). */
function newProvinceCodes(root: string, codes: Record<string, string>): Record<string, string> {
  const path = resolve(root, 'public/generated/new-provinces.json');
  if (!existsSync(path)) return {};
  const list = JSON.parse(readFileSync(path, 'utf8')) as { code: string; members: string[] }[];
  const out: Record<string, string> = {};
  for (const old of Object.values(codes)) {
    const np = list.find((p) => p.members.includes(old));
    if (np) out[old] = np.code;
  }
  return out;
}

/**
 * Runs in the page, before any module: kept in plain ES5 so it needs no transform. With units from 1 July 2025
 * (units=YYYY-MM-DD ≥ ${REFORM_DATE}) it fetches that scene's files instead of the districts: for a plan province its
 * history and its 2025 province's communes (with the old provinces' outlines); for the national overview's "Xã" tier (tier=commune) all of today's
 * communes and the plans' paint of them instead of the old national layer.
 */
function earlyScript(codes: Record<string, string>, plans: Record<string, string>, nationalSlug: string, newCodes: Record<string, string>): string {
  return `(function () {
  var codes = ${JSON.stringify(codes)};
  var plans = ${JSON.stringify(plans)};
  var newCodes = ${JSON.stringify(newCodes)};
  var early = (window.__ntmEarly = {});
  var get = function (path) { early[path] = fetch('generated/' + path); };
  var query = new URLSearchParams(location.search);
  var slug = query.get('province');
  var units = query.get('units') || '';
  var reform = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(units) && units >= ${JSON.stringify(REFORM_DATE)};
  get('provinces.json');
  if (slug === ${JSON.stringify(nationalSlug)}) {
    if (reform && query.get('tier') === 'commune') { get('2025/communes.topo.json'); get('2025/plan-paint.json'); get('new-provinces.json'); }
    else get('national.topo.json');
  } else if (slug && codes[slug]) {
    var code = codes[slug];
    get('units/' + code + '.json');
    if (!reform) get('boundaries/' + code + '.topo.json');
    if (reform) {
      get('history/' + code + '.json');
      get('new-provinces.json');
      get('2025/index.json');
      if (newCodes[code]) get('2025/communes/' + newCodes[code] + '.topo.json');
    }
  }
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
        { tag: 'script', children: earlyScript(codes, planChunks(context.bundle), nationalSlug, newProvinceCodes(root, codes)), injectTo: 'head-prepend' },
        ...fontPreloads(context.bundle),
      ];
    },
  };
}
