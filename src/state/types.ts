/** The store's state: five slices (./slices), each real state and its actions. Derived data lives in ./selectors. */
import type { Communes2025Slice } from './slices/communes-2025';
import type { DataSlice } from './slices/data';
import type { SelectionSlice } from './slices/selection';
import type { UiSlice } from './slices/ui';
import type { ViewSlice } from './slices/view';

export type AppState = DataSlice & Communes2025Slice & ViewSlice & SelectionSlice & UiSlice;
export type { HoverInfo } from './slices/selection';
export type { DataMessage, PanelTab, PresentOrder } from './slices/ui';
export type { Tier } from '../domain/scene';

/** A slice creator: the slice's part of the state, with access to the whole store. */
export type SliceOf<T> = (set: (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void, get: () => AppState) => T;
