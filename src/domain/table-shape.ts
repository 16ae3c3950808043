/** What a table is (ids, columns, cells), shared by the plan tables (./tables) and the history tables (./history-tables). */
import type { MessageKey, Translate } from '../i18n/i18n';

export const TABLE_IDS = [
  'registrations',
  'targets',
  'coverage',
  'tasks',
  'agencies',
  'budget',
  'facts',
  'facts-summary',
  'districts',
  'communes',
  'data-report',
  'status-template',
  'crosswalk',
  'new-communes',
  'unit-changes',
] as const;
/** Tables about units over time: they need the province's history as well as its model. */
export type TableId = (typeof TABLE_IDS)[number];
export const HISTORY_TABLE_IDS: readonly TableId[] = ['crosswalk', 'new-communes', 'unit-changes'];

export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
}

export interface Table {
  id: TableId;
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

/** Columns labelled from the i18n files (`col.<key>`). */
export function columns(t: Translate, keys: string[]): Column[] {
  return keys.map((key) => ({ key, label: t(`col.${key}` as MessageKey) }));
}
