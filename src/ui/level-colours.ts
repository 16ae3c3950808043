/**
 * Level colours: the single source for the map and the legend (phase 2 of issue 15 makes palette.ts use it).
 * Chosen so every pair stays apart (CIEDE2000 ΔE ≥ 15) for normal vision and for full protanopia, deuteranopia
 * and tritanopia as simulated by culori (tests/unit/level-colours.test.ts keeps that check). The ranked levels
 * get darker as they rise (yellow → green → blue → deep purple), so a greyscale print keeps the order;
 * "hoàn thành nhiệm vụ" (a town's counterpart of "đạt chuẩn") is orange, a hue of its own, not a shade of
 * the "đạt chuẩn" green. "No data" is a light grey that the map and legend draw hatched.
 */
import type { LevelState } from '../domain/levels';

export const LEVEL_COLOURS: Readonly<Record<LevelState, string>> = {
  'no-data': '#d9d9d9',
  none: '#fde725',
  ntm: '#78c679',
  'task-completed': '#d95f0e',
  'ntm-advanced': '#225ea8',
  'ntm-model': '#2d004b',
};

/** "No data" areas are hatched: this colour for the stripes over NO_DATA_FILL. */
export const NO_DATA_FILL = LEVEL_COLOURS['no-data'];
export const NO_DATA_HATCH = '#969696';

/** Minimum CIEDE2000 difference the palette keeps between any two levels, under every simulated deficiency. */
export const MIN_LEVEL_DELTA_E = 15;

/** Colour of a dimmed (filtered-out) area: the fill is drawn at this opacity over the base map. */
export const DIMMED_OPACITY = 0.25;
