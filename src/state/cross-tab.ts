/**
 * Keeps this tab in step with the others: when another tab saves the open province's overlay or boundaries,
 * they are read back from storage and shown, with a notice. Also keeps the list of quarantined records current.
 * Reads and writes the main store from outside it, through its public state only.
 */
import { emptyOverlay } from '../domain/overlay';
import type { Tier } from '../domain/units';
import { listQuarantined, loadBoundaries, loadOverlay, onStorageChange, type StorageChange } from '../io/storage';
import { pushNotice, useNotices } from './notices';
import { onConflict } from './overlay-commit';
import { useAppStore } from './store';

async function refreshQuarantine(): Promise<void> {
  try {
    useNotices.setState({ quarantined: await listQuarantined() });
  } catch {
    // no storage: nothing can be quarantined either
  }
}

async function refreshOverlay(provinceCode: string): Promise<void> {
  const overlay = (await loadOverlay(provinceCode)) ?? emptyOverlay(provinceCode);
  const s = useAppStore.getState();
  if (!s.baseModel || s.baseModel.province.code !== provinceCode || s.national) return;
  // The model shown follows from the overlay (selectors.ts).
  useAppStore.setState({ overlay });
  pushNotice({ kind: 'info', key: 'storage.refreshed' });
}

async function refreshBoundaries(provinceCode: string, tier: Tier): Promise<void> {
  const b = (await loadBoundaries(provinceCode, tier)) ?? null;
  const s = useAppStore.getState();
  if (s.baseModel?.province.code !== provinceCode) return;
  useAppStore.setState(tier === 'commune' ? { communeBoundaries: b, newCommuneBoundaries: null } : { districtBoundaries: b });
  pushNotice({ kind: 'info', key: 'storage.refreshed' });
}

export async function onChange(change: StorageChange, remote: boolean): Promise<void> {
  if (change.kind === 'quarantine') return refreshQuarantine();
  if (!remote) return;
  const s = useAppStore.getState();
  if (s.baseModel?.province.code !== change.provinceCode) return;
  if (change.kind === 'overlay') {
    if (change.revision !== null && s.overlay?.revision === change.revision) return;
    await refreshOverlay(change.provinceCode);
  } else await refreshBoundaries(change.provinceCode, change.tier);
}

/** Started once from main.tsx. */
export function startCrossTabSync(): () => void {
  void refreshQuarantine();
  const conflict = (code: string) => void refreshOverlay(code).catch(() => undefined);
  onConflict.add(conflict);
  const stop = onStorageChange((change, remote) => void onChange(change, remote).catch(() => undefined));
  return () => {
    onConflict.delete(conflict);
    stop();
  };
}
