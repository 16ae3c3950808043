/**
 * Issue 19, the first load's transfer: the build's split of the Vietnamese messages (scripts/vite/messages-split.ts),
 * the trimmed MapLibre stylesheet (scripts/vite/maplibre-css.ts) and the colour schemes marked pure
 * (scripts/vite/pure-schemes.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appMessageSplit, keysNamed, readModule, splitMessages, staticGraph, type ModuleFacts } from '../../scripts/vite/messages-split';
import { trimMaplibreCss } from '../../scripts/vite/maplibre-css';
import { pureSchemes } from '../../scripts/vite/pure-schemes';

const root = join(__dirname, '../..');
const src = join(root, 'src');

describe('messages split', () => {
  it('reads the strings, template heads and run-time imports of a module', () => {
    const facts = readModule(
      'x.tsx',
      [
        "import type { A } from './types';",
        "import { b } from './b';",
        "export type { C } from './c';",
        "export { d } from './d';",
        "const x = <p title=\"ok\">{t('panel.level')} {t(`level.${l}`)} {t(('tab.' + id) as K)}</p>;",
      ].join('\n'),
    );
    expect(facts.imports).toEqual(['./b', './d']);
    expect(facts.strings).toEqual(expect.arrayContaining(['panel.level', 'ok']));
    expect(facts.prefixes).toEqual(expect.arrayContaining(['level.', 'tab.']));
    expect([...keysNamed(facts, ['panel.level', 'level.ntm', 'level.none', 'tab.data', 'import.title'])].sort()).toEqual([
      'level.none',
      'level.ntm',
      'panel.level',
      'tab.data',
    ]);
  });

  it("keeps what the first load names, and what nothing names, in the first part; the rest's users import it", () => {
    const messages = { 'a.one': 'A', 'b.two': 'B', 'c.three': 'C', 'd.four': 'D' };
    const facts = (strings: string[], prefixes: string[] = []): ModuleFacts => ({ strings, prefixes, imports: [] });
    const modules = new Map<string, ModuleFacts>([
      ['/main.tsx', facts(['a.one'])],
      ['/panel.tsx', facts(['a.one'], ['b.'])],
      ['/dialog.tsx', facts(['b.two', 'c.three'])],
      ['/about.tsx', facts([])],
    ]);
    const split = splitMessages(messages, modules, new Set(['/main.tsx', '/panel.tsx']));
    expect(split.first).toEqual({ 'a.one': 'A', 'b.two': 'B', 'd.four': 'D' });
    expect(split.rest).toEqual({ 'c.three': 'C' });
    expect([...split.restUsers]).toEqual([['/dialog.tsx', ['c.three']]]);
  });

  it('finds the first load by static imports only', () => {
    const main = join(src, 'main.tsx');
    const modules = new Map<string, ModuleFacts>([
      [main, { strings: [], prefixes: [], imports: ['./components/App'] }],
      [join(src, 'components/App.tsx'), { strings: [], prefixes: [], imports: [] }],
    ]);
    expect([...staticGraph(main, modules)]).toEqual([main, join(src, 'components/App.tsx')]);
  });

  it("leaves the lazily loaded parts' messages out of the app's first load", () => {
    const split = appMessageSplit(src);
    const all = JSON.parse(readFileSync(join(src, 'i18n/vi.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(split.first).length + Object.keys(split.rest).length).toBe(Object.keys(all).length);
    // The import dialog's, the lagging list's, the deadlines', the server's and presentation's words.
    for (const key of ['import.title', 'lagging.rule', 'deadlines.title', 'sync.login', 'present.order.all'].filter((k) => k in all))
      expect(split.rest).toHaveProperty([key]);
    // The first screen's words.
    for (const key of ['app.title', 'picker.province', 'tab.data', 'level.ntm', 'search.placeholder']) expect(split.first).toHaveProperty([key]);
    expect(split.firstModules.has(join(src, 'components/DataPanel.tsx'))).toBe(false);
    expect(split.restUsers.has(join(src, 'components/DataPanel.tsx'))).toBe(true);
    expect(Object.keys(split.rest).length).toBeGreaterThan(Object.keys(all).length / 3);
  });
});

describe('maplibre-gl.css trimmed', () => {
  const css = readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.css'), 'utf8');
  const trimmed = trimMaplibreCss(css);

  it('keeps the map, the zoom buttons and the attribution', () => {
    for (const part of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-compact',
      '.maplibregl-ctrl-top-right',
      '.maplibregl-boxzoom',
    ])
      expect(trimmed).toContain(part);
  });

  it('drops the logo, popups, markers and the controls the app does not add', () => {
    for (const part of [
      'maplibregl-ctrl-logo',
      'maplibregl-popup',
      'maplibregl-marker',
      'maplibregl-ctrl-geolocate',
      'maplibregl-ctrl-fullscreen',
      'maplibregl-ctrl-compass',
    ])
      expect(trimmed).not.toContain(part);
    expect(trimmed.length).toBeLessThan(css.length / 4);
  });
});

describe('colour schemes marked pure', () => {
  it('wraps each scheme in a call marked pure, and leaves a module of another shape as it is', () => {
    const code = 'var scheme$1 = new Array(3).concat(\n  "aabbcc"\n).map(colors);\nvar scheme$2 = new Array(3).concat("ddeeff").map(colors);\n';
    const out = pureSchemes(code);
    expect(out.match(/\/\* @__PURE__ \*\/ \(\(\) => new Array\(3\)/g)).toHaveLength(2);
    expect(out).toContain('.map(colors))();');
    const [one, two] = new Function(`function colors(s) { return [s]; }\n${out}\nreturn [scheme$1, scheme$2];`)() as string[][][];
    expect([one.length, one[3], two[3]]).toEqual([4, ['aabbcc'], ['ddeeff']]);
    expect(pureSchemes('new Array(3).concat("aa")')).toBe('new Array(3).concat("aa")');
  });
});
