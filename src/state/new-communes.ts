/**
 * The 2025 communes of the open province with their predecessors and summaries, in reading order, derived once
 * from the store for the map, the panel, the tooltip and the presentation (one object per plan model and history).
 */
import { inReadingOrder, newCommuneSummaries, type NewCommuneSummary } from '../domain/crosswalk';
import type { AppState } from './store';

export const NONE: NewCommuneSummary[] = [];
let last: { model: unknown; history: unknown; result: NewCommuneSummary[] } | null = null;

export function newCommuneSummariesOf(s: Pick<AppState, 'planModel' | 'history'>): NewCommuneSummary[] {
  if (!s.planModel || !s.history) return NONE;
  if (last && last.model === s.planModel && last.history === s.history) return last.result;
  last = { model: s.planModel, history: s.history, result: inReadingOrder(newCommuneSummaries(s.planModel, s.history)) };
  return last.result;
}
