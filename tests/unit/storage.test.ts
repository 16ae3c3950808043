/**
 * Browser storage (on fake-indexeddb): validate, apply, then save; revision checks between tabs; quarantine of
 * stored records that fail validation when read back.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyOverlay, makeChangeSet, type Overlay } from '../../src/domain/overlay';
import { listQuarantined, loadOverlay, OverlayConflictError, saveOverlay, loadSetting, discardQuarantined, loadBoundaries } from '../../src/io/storage';
import { commitChangeSet, commitOverlay, OverlayInvalidError } from '../../src/state/overlay-commit';
import { useNotices } from '../../src/state/notices';
import { loadProvinceModel } from '../../scripts/lib/province-model';
import { KHANH_HONG, KHANH_PHU } from '../fixtures/hostile';

const nb = loadProvinceModel('ninh-binh');
const meta = (id: string) => ({ id, at: '2025-03-01T08:00:00.000Z', by: 'A', origin: 'import' as const, label: id });

async function rawPut(store: 'overlays' | 'boundaries', key: string, value: unknown): Promise<void> {
  await loadSetting('x'); // creates the database at the app's version
  const db = await openDB('ntm-map');
  await db.put(store, value, key);
  db.close();
}

describe('storage', () => {
  it('an overlay that fails validation is refused before anything is written', async () => {
    const bad = { ...emptyOverlay('37'), history: [null] } as unknown as Overlay;
    await expect(commitOverlay(nb, bad)).rejects.toBeInstanceOf(OverlayInvalidError);
    expect(await loadOverlay('37')).toBeUndefined();
  });

  it('two tabs: the stale write is refused in its transaction, and an import is merged, not lost', async () => {
    const start = emptyOverlay('37');
    const tabA = await commitChangeSet(nb, start, makeChangeSet(start, [{ code: KHANH_PHU, facts: { level: 'ntm' } }], meta('a')));
    expect(tabA.overlay.revision).toBeGreaterThan(0);
    // Tab B still holds the empty overlay it loaded before A saved.
    await expect(saveOverlay({ ...start, units: { [KHANH_HONG]: { level: 'ntm' } } })).rejects.toBeInstanceOf(OverlayConflictError);
    const tabB = await commitChangeSet(nb, start, makeChangeSet(start, [{ code: KHANH_HONG, facts: { level: 'ntm-advanced' } }], meta('b')));
    expect(useNotices.getState().notices.map((n) => n.key)).toContain('storage.merged');
    const reloaded = await loadOverlay('37');
    expect(reloaded?.units).toEqual({ [KHANH_PHU]: { level: 'ntm' }, [KHANH_HONG]: { level: 'ntm-advanced' } });
    expect(reloaded?.history.map((h) => h.id)).toEqual(['a', 'b']);
    expect(reloaded?.revision).toBe(tabB.overlay.revision);
    // A restore (whole replacement) from a stale tab is refused rather than merged.
    await expect(commitOverlay(nb, tabA.overlay)).rejects.toBeInstanceOf(OverlayConflictError);
  });

  it('a stored record that fails validation is quarantined, not drawn; it can be discarded', async () => {
    await rawPut('overlays', '38', { ...emptyOverlay('38'), units: { '15000': { level: 'ntm' } }, history: [null] });
    expect(await loadOverlay('38')).toBeUndefined();
    const q = (await listQuarantined()).filter((r) => r.provinceCode === '38');
    expect(q.map((r) => [r.key, r.reason.key])).toEqual([['overlay:38', 'overlay.error.history']]);
    expect((q[0].record as { history: unknown[] }).history).toEqual([null]); // kept as it was, for export
    expect(await loadOverlay('38')).toBeUndefined(); // moved, not read again
    await discardQuarantined('overlay:38');
    expect((await listQuarantined()).filter((r) => r.provinceCode === '38')).toEqual([]);
  });

  it('stored boundaries with a vertex out of range are quarantined', async () => {
    const square = [
      [
        [106, 20],
        [106.01, 20],
        [999, 20.01],
        [106, 20],
      ],
    ];
    await rawPut('boundaries', '37:commune', {
      provinceCode: '37',
      tier: 'commune',
      fileName: 'x.geojson',
      importedAt: '2025-03-01T08:00:00.000Z',
      importedBy: 'A',
      features: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: KHANH_PHU }, geometry: { type: 'Polygon', coordinates: square } }],
      },
    });
    expect(await loadBoundaries('37', 'commune')).toBeUndefined();
    expect((await listQuarantined()).map((r) => r.key)).toContain('boundaries:37:commune');
  });
});
