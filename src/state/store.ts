/**
 * The application store (zustand), made of five slices: data & overlay, today's communes (2025), view & filters,
 * selection, ui
 * (./slices). Derived data is read through ./selectors; side effects (URL, document language, IndexedDB
 * settings, workers, background loading) run in ./effects, subscribed to the store.
 */
import { create } from 'zustand';
import { communes2025Slice } from './slices/communes-2025';
import { dataSlice } from './slices/data';
import { selectionSlice } from './slices/selection';
import { uiSlice } from './slices/ui';
import { viewSlice } from './slices/view';
import type { AppState } from './types';

export type { AppState, DataMessage, HoverInfo, PanelTab, PresentOrder, Tier } from './types';
export { defaultYear, todayIso } from './defaults';

/** A fresh store (the app uses one, `useAppStore`; tests make their own). */
export function createAppStore() {
  return create<AppState>()((set, get) => ({
    ...dataSlice(set, get),
    ...communes2025Slice(set, get),
    ...viewSlice(set, get),
    ...selectionSlice(set, get),
    ...uiSlice(set, get),
  }));
}

export const useAppStore = createAppStore();
