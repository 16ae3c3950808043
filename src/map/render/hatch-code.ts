/**
 * The hatching layer's code (./hatch-layer.ts and earcut: a chunk of its own, not in the first load's script),
 * fetched once. MapCanvas asks for it as the app starts where the first view is a province's districts (the map is
 * created only once their data is in, so the code is in by then and the first frame draws the hatching: issue 19);
 * the districts' and the communes' layers take it from here.
 */
let code: Promise<typeof import('./hatch-layer')> | null = null;

export function hatchLayerCode(): Promise<typeof import('./hatch-layer')> {
  code ??= import('./hatch-layer');
  return code;
}
