/**
 * Applying imported boundaries (src/state/slices/data.ts setBoundaries): checked first, then drawn (one store
 * update) while they are written; a write that fails puts back what was there, a record that fails its check is
 * neither drawn nor written.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { emptyOverlay } from '../../src/domain/overlay';
import type { StoredBoundaries } from '../../src/io/storage';
import { createAppStore } from '../../src/state/store';
import { tinyDistrictBoundaries, tinyModel } from '../fixtures/tiny-province';

const writes = vi.hoisted(() => ({ fail: false, count: 0 }));
vi.mock('../../src/io/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/storage')>();
  return {
    ...real,
    saveBoundaries: async () => {
      writes.count++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (writes.fail) throw new Error('QuotaExceededError');
    },
  };
});

const communes = (): StoredBoundaries => ({ ...tinyDistrictBoundaries(), tier: 'commune', fileName: 'xa.geojson' });

function setUp() {
  const store = createAppStore();
  store.setState({ provinceSlug: 'thu', baseModel: tinyModel(), overlay: emptyOverlay('99'), status: 'ready', tier: 'district' });
  const updates: string[] = [];
  store.subscribe((s, before) => {
    if (s.communeBoundaries !== before.communeBoundaries) updates.push(`boundaries ${s.communeBoundaries?.fileName ?? 'none'} tier ${s.tier}`);
  });
  return { store, updates };
}

describe('applying imported boundaries', () => {
  it('draws them in one store update before the write has finished', async () => {
    writes.fail = false;
    const { store, updates } = setUp();
    const b = communes();
    const applying = store.getState().setBoundaries(b);
    expect(store.getState().communeBoundaries).toBe(b);
    expect(updates).toEqual(['boundaries xa.geojson tier commune']);
    await applying;
    expect(updates).toHaveLength(1);
  });

  it('puts back what was there when the write fails', async () => {
    writes.fail = true;
    const { store, updates } = setUp();
    await expect(store.getState().setBoundaries(communes())).rejects.toThrow('QuotaExceededError');
    expect(store.getState().communeBoundaries).toBeNull();
    expect(store.getState().tier).toBe('district');
    expect(updates).toEqual(['boundaries xa.geojson tier commune', 'boundaries none tier district']);
  });

  it('neither draws nor writes a record that fails its check', async () => {
    writes.fail = false;
    writes.count = 0;
    const { store, updates } = setUp();
    const bad = communes();
    (bad.features.features[0].geometry.coordinates[0][0] as number[])[0] = 500; // not a longitude
    await expect(store.getState().setBoundaries(bad)).rejects.toThrow();
    expect(updates).toEqual([]);
    expect(writes.count).toBe(0);
  });
});
