/** Every source and layer id of the map, in one place (the style in ./style, the layers in ./layers, the tests). */

/** Sources. */
export const SOURCE = 'districts';
export const COMMUNES = 'communes';
export const NATIONAL_DISTRICTS = 'national-districts';
export const NATIONAL_PROVINCES = 'national-provinces';
export const REFORM_MEMBERS = 'reform-members';
export const REFORM_OUTLINE = 'reform-outline';
export const NEW_COMMUNES = 'new-communes';
/** All of today's communes, and the 34 provinces' outlines from the same file (the national overview's "Xã" tier). */
export const NATIONAL_COMMUNES = 'national-communes';
export const NATIONAL_COMMUNE_PROVINCES = 'national-commune-provinces';

/** Layers, by group (./layer-groups adds a group the first time it is shown). */
export const DISTRICT_FILL_LAYERS = ['district-fill'];
export const PROVINCE_LAYERS = [...DISTRICT_FILL_LAYERS, 'district-line'];
/** The districts' "no data" hatching: a custom layer (./render/hatch-layer.ts) added under their outlines, not in ./style's list. */
export const DISTRICT_HATCH = 'district-hatch';
export const NATIONAL_LAYERS = ['national-province-fill', 'national-district-line', 'national-province-line'];
export const REFORM_LAYERS = ['reform-fill', 'new-commune-fill', 'new-commune-hatch', 'new-commune-line', 'reform-member-line', 'reform-outline'];
/** The communes' "no data" hatching: a custom layer (./render/hatch-layer.ts) added after them, not in ./style's list. */
export const COMMUNE_HATCH = 'commune-hatch';
export const COMMUNE_LAYERS = ['commune-fill', 'commune-line'];
export const NATIONAL_COMMUNE_LAYERS = ['national-commune-fill', 'national-commune-hatch', 'national-commune-line', 'national-commune-province-line'];

/** The layers that answer the pointer (./interactions). */
export const HOVER_LAYERS = {
  province: 'national-province-fill',
  district: 'district-fill',
  commune: 'commune-fill',
  newCommune: 'new-commune-fill',
  nationalCommune: 'national-commune-fill',
} as const;

/** The diagonal hatching drawn over "no data" areas (registered with the map under this name, ./style). */
export const HATCH_IMAGE = 'hatch';
