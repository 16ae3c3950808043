/**
 * Nothing lost: a backup that fails validation is refused and nothing is stored (the province still draws after a
 * reload); a stored record that fails validation is quarantined with export and discard, never a blank map; two
 * tabs importing one after the other both keep their change (merged, or refreshed through BroadcastChannel).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badBackups, KHANH_HONG, KHANH_PHU } from '../fixtures/hostile';
import { startSession, waitForMap, type Session } from './harness';

let session: Session;
const dir = mkdtempSync(join(tmpdir(), 'ntm-durability-'));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function openData(page: Page): Promise<void> {
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${session.baseUrl}?province=ninh-binh`);
  await waitForMap(page, 'ninh-binh:level:2024');
  await page.click('#tab-data');
  await page.fill('#user-name', 'Kiểm thử');
}

const historyItems = (page: Page) => page.locator('ol.history li').allTextContents();

async function importTable(page: Page, path: string): Promise<void> {
  await page.setInputFiles('#import-table', path);
  await page.waitForSelector('.import-dialog .import-summary');
  await page.click('#import-apply');
  await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('data.saved');
}

describe('data durability', () => {
  it('a backup with a broken history entry is refused, nothing is stored, and the province still draws after reload', async () => {
    const { page } = session;
    await openData(page);
    for (const name of ['history-null.json', 'history-no-changes.json']) {
      await page.setInputFiles('#import-json', file(name, badBackups[name]));
      await expect.poll(() => page.getAttribute('[data-message]', 'data-message')).toBe('overlay.error.history');
      expect(await page.textContent('[data-message]')).toContain('Mục thứ 1 trong lịch sử thay đổi không hợp lệ');
    }
    await page.reload();
    await waitForMap(page, 'ninh-binh:level:2024');
    expect(await page.getAttribute('.app', 'data-status')).toBe('ready');
    expect(await page.locator('[data-quarantined]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('a stored record that fails validation is quarantined: the map draws, the user can export or discard it', async () => {
    const { page } = session;
    await page.evaluate(
      (units) =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('ntm-map');
          req.onsuccess = () => {
            const tx = req.result.transaction('overlays', 'readwrite');
            tx.objectStore('overlays').put({ format: 'ntm-map-overlay', version: 1, provinceCode: '37', units, history: [null] }, '37');
            tx.oncomplete = () => {
              req.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      { [KHANH_PHU]: { level: 'ntm' } },
    );
    await page.reload();
    await waitForMap(page, 'ninh-binh:level:2024');
    const notice = page.locator('[data-quarantined="overlay:37"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('Mục thứ 1 trong lịch sử thay đổi không hợp lệ');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('[data-action="export-quarantined"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.history).toEqual([null]);
    expect(exported.units[KHANH_PHU]).toEqual({ level: 'ntm' });
    await notice.locator('[data-action="discard-quarantined"]').click();
    await expect.poll(() => page.locator('[data-quarantined]').count()).toBe(0);
    await page.reload();
    await waitForMap(page, 'ninh-binh:level:2024');
    expect(await page.locator('[data-quarantined]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('two tabs: import in A, import in B, reload A — both changes are kept; other tabs refresh; a stale undo is refused', async () => {
    const a = session.page;
    await openData(a);
    // Tab B cannot hear other tabs (no BroadcastChannel): it must rely on the revision check in the transaction.
    const b = await session.context.newPage();
    await b.addInitScript(() => {
      delete (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    await openData(b);
    const csv = (code: string, level: string) => `\uFEFFMã xã;Mức độ\r\n${code};${level}\r\n`;
    await importTable(a, file('tab-a.csv', csv(KHANH_PHU, 'NTM nâng cao')));
    await importTable(b, file('tab-b.csv', csv(KHANH_HONG, 'Đạt chuẩn NTM')));
    await expect.poll(() => b.locator('[data-notice="storage.merged"]').count()).toBe(1);
    expect((await historyItems(b)).map((t) => t.match(/tab-[ab]\.csv/)?.[0])).toEqual(['tab-b.csv', 'tab-a.csv']);
    await a.reload();
    await waitForMap(a, 'ninh-binh:level:2024');
    await a.click('#tab-data');
    // The Data tab's code loads when the tab is first opened (issue 19): its list is polled for.
    await expect.poll(async () => (await historyItems(a)).map((t) => t.match(/tab-[abc]\.csv/)?.[0])).toEqual(['tab-b.csv', 'tab-a.csv']);
    // A third tab that can broadcast imports: A shows it at once, without a reload.
    const c = await session.context.newPage();
    await openData(c);
    await importTable(c, file('tab-c.csv', csv(KHANH_HONG, 'NTM nâng cao')));
    await expect.poll(() => a.locator('[data-notice="storage.refreshed"]').count()).toBe(1);
    await expect.poll(async () => (await historyItems(a)).map((t) => t.match(/tab-[abc]\.csv/)?.[0])).toEqual(['tab-c.csv', 'tab-b.csv', 'tab-a.csv']);
    // B, still stale, tries to undo: refused (it would undo C's import), and B is reloaded with the latest data.
    await b.click('#undo');
    await expect.poll(() => b.getAttribute('[data-message]', 'data-message')).toBe('storage.conflict');
    await expect.poll(async () => (await historyItems(b)).length).toBe(3);
    await a.reload();
    await waitForMap(a, 'ninh-binh:level:2024');
    await a.click('#tab-data');
    await expect.poll(async () => (await historyItems(a)).length).toBe(3);
    await c.close();
    await b.close();
    expect(session.pageErrors).toEqual([]);
  });
});
