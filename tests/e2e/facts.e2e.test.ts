/**
 * A planner checks how complete Ninh Thuận's data is in the Data tab: one row per section of the plan, the
 * section with no fact in bold, and the facts table downloaded from the same place matches the CLI export.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { createTranslator } from '../../src/i18n/i18n';
import { buildTable } from '../../src/domain/tables';
import { tableToCsv } from '../../src/domain/table-files';
import { loadProvinceModel } from '../../scripts/lib/province-model';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('completeness in the Data tab', () => {
  it('shows facts per section, the empty section in bold, and downloads the facts table', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}?province=ninh-thuan`);
    await page.waitForSelector('.app[data-status="ready"]');
    await page.click('#tab-data');
    const table = page.locator('[data-table="facts-summary"]');
    await table.waitFor();
    const model = loadProvinceModel('ninh-thuan');
    const outline = model.plan.document.outline!;
    // One row per section of the plan's outline, then the whole plan.
    expect(await table.locator('tbody tr').count()).toBe(outline.length + 1);
    const headers = await table.locator('tbody th').allTextContents();
    expect(headers.slice(0, outline.length)).toEqual(outline.map((o) => o.section));
    // "Mục I. Mục đích, yêu cầu" carries no fact: it stands out.
    const empty = table.locator('tr[data-empty]');
    expect(await empty.count()).toBe(1);
    expect(await empty.locator('th').getAttribute('title')).toBe('Mục đích, yêu cầu');
    expect(await empty.evaluate((tr) => getComputedStyle(tr).fontWeight)).toBe('700');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="facts-csv"]')]);
    const path = join(mkdtempSync(join(tmpdir(), 'ntm-facts-')), 'facts.csv');
    await download.saveAs(path);
    const t = createTranslator('vi');
    expect(readFileSync(path, 'utf8')).toBe(tableToCsv(buildTable(model, 'facts', { t, language: 'vi' })));
  });
});
