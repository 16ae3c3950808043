/**
 * Vite plugin (issue 19): d3-scale-chromatic's prebuilt module makes each ColorBrewer scheme by a top-level
 * `new Array(3).concat(…).map(colors)`, which the bundler cannot tell is free of side effects, so all 27 of them
 * (with their colour strings) stayed in the first load although the app uses four (src/ui/sequential-scale.ts).
 * Each is wrapped in a function call marked pure: the schemes the app does not import are left out.
 */
import type { Plugin } from 'vite';

const MODULE = /node_modules[\\/]d3-scale-chromatic[\\/]dist[\\/]d3-scale-chromatic\.mjs$/;

export function pureSchemes(code: string): string {
  const opened = code.replaceAll('new Array(3).concat(', '/* @__PURE__ */ (() => new Array(3).concat(');
  const closed = opened.replaceAll(').map(colors);', ').map(colors))();');
  const count = (s: string, part: string) => s.split(part).length - 1;
  // Every scheme opened must be closed: a different d3-scale-chromatic build is left as it is.
  if (count(code, 'new Array(3).concat(') !== count(code, ').map(colors);')) return code;
  return closed;
}

export function pureColourSchemes(): Plugin {
  return {
    name: 'ntm-pure-colour-schemes',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id.replace(/\?.*$/, ''))) return null;
      return { code: pureSchemes(code), map: null };
    },
  };
}
