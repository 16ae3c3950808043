/**
 * Vite plugin (issue 19): maplibre-gl.css without the rules of the parts of MapLibre the app never creates. Most of
 * the file is the MapLibre logo as SVG (the app shows no logo: create-map.ts leaves maplibreLogo off) and the icons
 * of controls it does not add (geolocate, fullscreen, terrain, globe, compass: only the zoom buttons and the
 * attribution are added, MapCanvas.tsx and ./attribution); popups, markers, the scale bar and cooperative gestures are
 * not used either. A selector list keeps the selectors of parts in use; a rule left with none is dropped.
 */
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** Class names of MapLibre parts the app does not use. */
export const UNUSED_MAPLIBRE_PARTS = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-scale',
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-cooperative-gesture',
];

const unused = (selector: string) => UNUSED_MAPLIBRE_PARTS.some((part) => new RegExp(`\\.${part}(?![\\w-])|\\.${part}-`).test(selector));

/** The stylesheet without the rules (and keyframes) that only style unused parts. */
export function trimMaplibreCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((s) => !unused(s));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // The geolocate button's spinner.
  root.walkAtRules(/keyframes$/, (at) => {
    if (at.params === 'maplibregl-spin') at.remove();
  });
  root.walkAtRules((at) => {
    if (at.name !== 'keyframes' && at.nodes && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}

export function maplibreCss(): Plugin {
  return {
    name: 'ntm-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(id.replace(/\?.*$/, ''))) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
