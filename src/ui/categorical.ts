/**
 * Categorical colours (issue 15 §4): at most 8 categories, each its own colour from d3-scale-chromatic's
 * Tableau 10 (the first eight: no two alike). More categories than that are not coloured by category: the
 * caller colours a count instead (agency-pick.ts categoricalAllowed).
 */
import { schemeTableau10 } from 'd3-scale-chromatic';
import { MAX_CATEGORIES } from '../domain/agency-pick';

export const CATEGORICAL_COLOURS: readonly string[] = schemeTableau10.slice(0, MAX_CATEGORIES);

/** One distinct colour per key, in the keys' order; null when there are too many keys to tell apart. */
export function categoricalColours(keys: readonly string[]): Map<string, string> | null {
  if (keys.length > MAX_CATEGORIES) return null;
  return new Map(keys.map((k, i) => [k, CATEGORICAL_COLOURS[i]]));
}

/** The picked agency's areas and the others: one strong colour, one pale (issue 15 §4, "light up"). */
export const AGENCY_PICK_COLOURS = { picked: '#e15759', other: '#f2f2f2' } as const;
