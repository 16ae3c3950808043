/**
 * "Validate, apply, then save" for the office's overlay. The store calls these in place of saving first:
 * the new overlay is validated and applied to the plan model (a bad one throws before anything is stored),
 * then written with the revision check of src/io/storage.ts. When another tab changed the province meanwhile,
 * an edit or import is merged onto the stored record (and the user told); a restore or undo is refused.
 */
import type { ProvinceModel } from '../domain/model';
import { applyChangeSet, applyOverlay, emptyOverlay, type ChangeSet, type Overlay } from '../domain/overlay';
import { rebaseChangeSet } from '../domain/overlay-merge';
import { validateOverlay } from '../domain/overlay-validate';
import { OverlayConflictError, saveOverlay } from '../io/storage';
import { pushNotice } from './notices';

export class OverlayInvalidError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

/** Validates and applies; throws OverlayInvalidError before anything is stored. */
function prepare(baseModel: ProvinceModel, overlay: Overlay): ProvinceModel {
  const check = validateOverlay(overlay, baseModel.province.code);
  if ('error' in check) throw new OverlayInvalidError(check.error.key, 'params' in check.error ? check.error.params : {});
  return applyOverlay(baseModel, overlay);
}

export interface Committed {
  overlay: Overlay;
  planModel: ProvinceModel;
}

/** Called with the province code when a write lost to another tab (src/state/cross-tab.ts reloads it). */
export const onConflict = new Set<(provinceCode: string) => void>();

/** Saves `overlay` over the record at `overlay.revision`; conflicts throw OverlayConflictError (and reload the tab's data). */
export async function commitOverlay(baseModel: ProvinceModel, overlay: Overlay): Promise<Committed> {
  const planModel = prepare(baseModel, overlay);
  try {
    return { overlay: await saveOverlay(overlay), planModel };
  } catch (error) {
    if (error instanceof OverlayConflictError) for (const hook of onConflict) hook(overlay.provinceCode);
    throw error;
  }
}

/** The message for a failed save: refused as invalid, lost to another tab, or storage unavailable. */
export function saveErrorMessage(e: unknown): { kind: 'error'; key: string; params: Record<string, string | number> } {
  if (e instanceof OverlayConflictError) return { kind: 'error', key: 'storage.conflict', params: {} };
  if (e instanceof OverlayInvalidError) return { kind: 'error', key: e.key, params: e.params };
  return { kind: 'error', key: 'data.storageError', params: { message: String((e as Error)?.message ?? e) } };
}

/** Applies a change set to `overlay` and saves it; if another tab saved first, merges onto its record. */
export async function commitChangeSet(baseModel: ProvinceModel, overlay: Overlay, set: ChangeSet): Promise<Committed> {
  try {
    const planModel = prepare(baseModel, applyChangeSet(overlay, set));
    return { overlay: await saveOverlay(applyChangeSet(overlay, set)), planModel };
  } catch (error) {
    if (!(error instanceof OverlayConflictError)) throw error;
    const fresh = error.stored ?? { ...emptyOverlay(overlay.provinceCode), revision: 0 };
    const check = validateOverlay(fresh, overlay.provinceCode);
    if ('error' in check) throw error;
    const base = { ...check.overlay, revision: fresh.revision ?? 0 };
    const rebased = rebaseChangeSet(base, set);
    if (rebased.changes.length === 0) return { overlay: base, planModel: prepare(baseModel, base) }; // the other tab made the same change
    const committed = await commitOverlay(baseModel, applyChangeSet(base, rebased));
    pushNotice({ kind: 'warn', key: 'storage.merged', params: { label: set.label } });
    return committed;
  }
}
