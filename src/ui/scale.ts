/**
 * Colours of the older category keys (presentation, the 2025 layers): levels from level-colours.ts (the single
 * source, CVD-checked, ordered in lightness for greyscale printing); progress classes on ColorBrewer Blues; agencies on a qualitative palette.
 */
import type { LevelState } from '../domain/levels';
import type { ProvinceModel } from '../domain/model';
import { nameKey } from '../domain/names';
import { provinceAgencies, SEVERAL_AGENCIES, type Category } from '../domain/views';
import { LEVEL_COLOURS, NO_DATA_FILL } from './level-colours';

/** Levels and "no data": the single source is level-colours.ts (CVD-checked); these names stay for older callers. */
export const NO_DATA_COLOR = NO_DATA_FILL;

export const LEVEL_COLORS: Record<LevelState, string> = LEVEL_COLOURS;

/** Okabe–Ito and Tableau-derived qualitative colours for agencies. */
const AGENCY_COLORS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999933',
  '#882255',
  '#44aa99',
  '#117733',
  '#aa4499',
  '#ddcc77',
  '#88ccee',
  '#661100',
  '#6699cc',
  '#aa4466',
  '#332288',
  '#8c564b',
  '#bcbd22',
];

export const SEVERAL_AGENCIES_COLOR = '#5b5b5b';

export function agencyColor(index: number): string {
  return AGENCY_COLORS[index % AGENCY_COLORS.length];
}

/** Progress classes 0–4 (under 20% … 80% and more): ColorBrewer Blues, light = behind, dark = on track. */
export const PROGRESS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/** Colour of a category given the ordered agency keys of the province (levels need none). */
export function categoryColor(category: Category, agencyKeys: readonly string[] = []): string {
  if (category in LEVEL_COLORS) return LEVEL_COLORS[category as LevelState];
  if (category.startsWith('progress:')) return PROGRESS_COLORS[Number(category.slice('progress:'.length))] ?? NO_DATA_COLOR;
  if (category === SEVERAL_AGENCIES) return SEVERAL_AGENCIES_COLOR;
  if (category.startsWith('agency:')) {
    const i = agencyKeys.indexOf(category.slice('agency:'.length));
    return i >= 0 ? agencyColor(i) : NO_DATA_COLOR;
  }
  return NO_DATA_COLOR;
}

const scales = new WeakMap<ProvinceModel, (category: Category) => string>();
/** The province's scale: category → colour (its agencies numbered once per model). */
export function scaleFor(model: ProvinceModel): (category: Category) => string {
  let scale = scales.get(model);
  if (!scale) {
    const agencyKeys = provinceAgencies(model).map((a) => nameKey(a.name));
    scale = (category) => categoryColor(category, agencyKeys);
    scales.set(model, scale);
  }
  return scale;
}

/** Black or white text for a background colour. */
export function textColorOn(background: string): string {
  const n = parseInt(background.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#111' : '#fff';
}

/** The map from 1 July 2025: the old province with the plan, the other old provinces, the new outline. */
export const REFORM_COLORS = { seed: '#2c7fb8', other: '#d9dee2', outline: '#b2182b' } as const;

/** The national overview: provinces with a plan, the others (map and legend). */
export const NATIONAL_COLORS = { seed: '#2c7fb8', other: '#e4e7ea' } as const;
