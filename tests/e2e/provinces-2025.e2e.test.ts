/**
 * Every one of the 34 provinces of 1 July 2025 opens on its communes (issue 14), Quảng Ninh included although the
 * app has no pre-2025 files for it (opened from the 2025 files alone: searchable, selectable, no old provinces
 * claimed); and the office's own 2025 status table (5-digit codes) gets what the district maps have: filters dimming
 * the rest with legend counts following them, the lagging list, its export (the same rows as `npm run export`), and
 * presentation stepping through the lagging communes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvince2025Model, communesOfTopology, officeModel2025, type Province2025Entry } from '../../src/domain/communes-2025';
import { lagging2025 } from '../../src/domain/office-2025';
import { parseOverlay2025, applyOverlay2025 } from '../../src/domain/status-import-2025';
import { categoryColor } from '../../src/ui/scale';
import { artifactsDir, repoRoot, startSession, waitForCommunes2025, type Session } from './harness';

const generated = join(repoRoot, 'public/generated');
const index = JSON.parse(readFileSync(join(generated, '2025/index.json'), 'utf8')) as Province2025Entry[];
const national = JSON.parse(readFileSync(join(generated, '2025/communes.topo.json'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
const oldProvinces = JSON.parse(readFileSync(join(generated, 'provinces.json'), 'utf8')) as { code: string; slug: string }[];
const newProvinces = JSON.parse(readFileSync(join(generated, 'new-provinces.json'), 'utf8')) as { code: string; members: string[] }[];
/** The 2025 province a picker value opens: an old province's (the one it is a member of), or a 2025 slug's own. */
const code2025Of = (slug: string) => {
  const old = oldProvinces.find((p) => p.slug === slug);
  return old ? newProvinces.find((n) => n.members.includes(old.code))?.code : index.find((p) => p.slug === slug)?.code;
};
const QN = index.find((p) => p.code === '22')!;
const qnModel = buildProvince2025Model(QN, communesOfTopology(JSON.parse(readFileSync(join(generated, '2025/communes/22.topo.json'), 'utf8')), '22'));

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});
afterAll(async () => {
  await session?.close();
});

async function sourceCodes(): Promise<string[]> {
  return session.page.evaluate(async () => {
    const source = window.ntmMap!.map.getSource('new-communes') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
    const data = await source.getData();
    return [...new Set(data.features.map((f) => String(f.properties?.code)))].sort();
  });
}

const stateOf = (code: string) =>
  session.page.evaluate((id) => window.ntmMap!.map.getFeatureState({ source: 'new-communes', id }) as { fill?: string; dim?: boolean }, code);

const shot = (name: string) => session.page.screenshot({ path: join(artifactsDir, name) });

describe('Quảng Ninh as a province of 1 July 2025 (no pre-2025 files)', () => {
  it('opens on its 54 communes, labelled, searchable (NFD, "Hoà"), selectable, and claims no old province', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=${QN.slug}&units=${today}`);
    await waitForCommunes2025(page, '22');
    expect(QN.communeCount).toBe(54);
    expect(await sourceCodes()).toEqual(qnModel.communes.map((c) => c.code).sort());
    expect(await page.getAttribute('.communes-2025', 'data-communes-2025')).toBe('54');
    expect(await page.inputValue('#province-picker')).toBe(QN.slug);
    // No old province outlined or named: the app has none for it.
    const members = await page.evaluate(async () => {
      const source = window.ntmMap!.map.getSource('reform-members') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
      return (await source.getData()).features.length;
    });
    expect(members).toBe(0);
    expect(await page.getAttribute('[data-standalone-2025]', 'data-standalone-2025')).toBe('22');
    expect(await page.textContent('.side')).not.toContain('(cũ)');
    // The link's province was used: no "ignored" notice.
    expect(await page.locator('.side-content').textContent()).not.toContain('province=');
    expect(await page.locator('.map-label.commune2025.placed').count()).toBeGreaterThan(5);
    // Search: "Hải Hoà" written with the older tone placement, decomposed (NFD), finds Xã Hải Hòa.
    await page.fill('#commune-2025-search', 'Hải Hoà'.normalize('NFD'));
    const match = page.locator('[data-commune-2025="06799"]');
    await expect.poll(() => match.count()).toBe(1);
    expect(await match.textContent()).toContain('Xã Hải Hòa');
    await match.click();
    await expect.poll(() => page.locator('[data-new-commune="06799"]').count()).toBe(1);
    expect((await stateOf('06799')) as { focused?: boolean }).toMatchObject({ focused: true });
    // Selectable on the map: clicking a commune opens it.
    const point = await page.evaluate(() => window.ntmMap!.communePoint2025('06712'));
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.locator('[data-new-commune="06712"]').count()).toBe(1);
    // Plans: none of its members has one; "no data", never "not achieved".
    expect((await stateOf('06712')).fill).toBe(categoryColor('no-data'));
    expect(await page.getAttribute('[data-rule="no-plan-2025"]', 'data-rule')).toBe('no-plan-2025');
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${session.baseUrl}?province=${QN.slug}&units=${today}`);
      await waitForCommunes2025(page, '22');
      await shot(`quang-ninh-2025-${size.width}.png`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('every one of the 34 provinces of the picker opens on its communes (the 2025 data’s count for it)', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=thanh-hoa&units=${today}`);
    await waitForCommunes2025(page, '38');
    const options = await page.$$eval('#province-picker optgroup option', (o) => o.map((x) => ({ slug: x.getAttribute('value')!, name: x.textContent })));
    expect(options).toHaveLength(34);
    const counts = new Map<string, number>();
    for (const g of national.objects.communes.geometries as { properties: { province: string } }[])
      counts.set(g.properties.province, (counts.get(g.properties.province) ?? 0) + 1);
    const opened = new Set<string>();
    for (const option of options) {
      await page.selectOption('#province-picker', option.slug);
      const newCode = code2025Of(option.slug)!;
      expect(newCode, option.slug).toBeTruthy();
      await waitForCommunes2025(page, newCode);
      const shown = await sourceCodes();
      expect(shown.length, option.name ?? '').toBe(counts.get(newCode));
      expect(shown.length).toBe(index.find((p) => p.code === newCode)!.communeCount);
      opened.add(newCode);
    }
    expect([...opened].sort()).toEqual(index.map((p) => p.code).sort());
  }, 600_000);
});

describe('the office’s 2025 status table in Quảng Ninh', () => {
  it('imports by 5-digit codes, filters, lists the lagging communes, exports them as npm run export does, presents them', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=${QN.slug}&units=${today}`);
    await waitForCommunes2025(page, '22');
    await page.fill('#user-name-2025', 'Kiểm thử');
    // 5-digit codes (one without its leading zero), one name in NFD with "Hoà"; registrations for 2026–2027.
    const csv = [
      'Mã xã,Tên xã,Mức đạt chuẩn NTM,Năm công nhận,Số tiêu chí đạt,Tổng số tiêu chí,Mức đăng ký,Năm đăng ký',
      '06724,,NTM,2022,17,19,NTM nâng cao,2026',
      '6733,,NTM nâng cao,2024,19,19,NTM kiểu mẫu,2026',
      `,${'Xã Hải Hoà'.normalize('NFD')},NTM,2021,19,19,NTM nâng cao,2026`,
      '06757,,NTM,2020,14,19,,',
      '06838,,NTM,2023,19,19,NTM nâng cao,2027',
    ].join('\n');
    const file = join(artifactsDir, 'status-2025-quang-ninh.csv');
    writeFileSync(file, csv);
    await page.setInputFiles('#import-status-2025', file);
    await waitForCommunes2025(page, '22', 'office');
    expect(await page.getAttribute('.status-2025', 'data-status-2025')).toBe('5');
    expect((await stateOf('06799')).fill).toBe(categoryColor('ntm'));
    // A commune picked on the map shows its facts in the office's table.
    const point = await page.evaluate(() => window.ntmMap!.communePoint2025('06724'));
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.getAttribute('[data-new-commune="06724"] [data-office-facts]', 'data-office-facts')).toBe('ntm');
    expect(await page.textContent('[data-new-commune="06724"]')).toContain('17/19');

    // Filter: level NTM dims the others; the legend counts "shown of total".
    await page.locator('.filters details summary').click();
    await page
      .locator('.filter-levels label', { hasText: /^\s*Đạt chuẩn NTM\s*$/ })
      .locator('input')
      .check();
    await expect.poll(() => page.getAttribute('[data-filter-count]', 'data-filter-count')).toBe('4');
    await expect.poll(async () => (await stateOf('06733')).dim).toBe(true);
    expect((await stateOf('06724')).dim).toBe(false);
    expect((await stateOf('06652')).dim).toBe(true);
    expect(await page.textContent('.office-2025-legend [data-category="ntm"] .legend-count')).toMatch(/^4\/4/);
    expect(await page.textContent('.office-2025-legend [data-category="no-data"] .legend-count')).toMatch(/^0\/49/);

    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.locator('.filters').scrollIntoViewIfNeeded();
      await shot(`quang-ninh-2025-filter-${size.width}.png`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // Lagging by 2026: registered for 2026 and stated below it (Hải Sơn, Hải Ninh, Hải Hòa), in name order.
    await page.selectOption('#lagging-2025-year', '2026');
    const lagging = await page.$$eval('[data-lagging-commune]', (els) => els.map((e) => e.getAttribute('data-lagging-commune')));
    expect(lagging).toEqual(['06799', '06733', '06724']);
    expect(await page.$$eval('[data-below-criteria-commune]', (els) => els.map((e) => e.getAttribute('data-below-criteria-commune')))).toEqual([
      '06757',
      '06724',
    ]);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.locator('.lagging-2025').scrollIntoViewIfNeeded();
      await shot(`quang-ninh-2025-office-${size.width}.png`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // Export: the lagging list's CSV is what npm run export writes from the office's data file.
    const [overlayDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay-2025')]);
    const overlayFile = join(artifactsDir, 'quang-ninh-2025-du-lieu.json');
    await overlayDownload.saveAs(overlayFile);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-lagging-2025-csv')]);
    const downloaded = readFileSync((await csvDownload.path())!, 'utf8');
    expect(downloaded).toContain('06724,Xã Hải Sơn,NTM nâng cao,2026,Đạt chuẩn NTM,17/19');
    expect(downloaded).toContain('06757,Xã Vĩnh Thực');
    const cli = execFileSync(
      'npx',
      ['tsx', 'scripts/export.ts', '--province', QN.slug, '--as-of', '2025-07-01', '--table', 'lagging-2025', '--year', '2026', '--overlay', overlayFile],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(downloaded).toBe(cli);
    // The same lagging rule as the domain's, from the file the app saved.
    const parsed = parseOverlay2025(readFileSync(overlayFile, 'utf8'), qnModel);
    if ('error' in parsed) throw new Error(parsed.error.key);
    expect(lagging2025(applyOverlay2025(officeModel2025(qnModel), parsed.overlay), 2026).behind.map((e) => e.code)).toEqual(lagging);

    // Presentation (the filters folded first): L switches to the lagging communes; the arrows step through them.
    await page.locator('.filters details summary').click();
    await page.click('#present');
    await page.waitForSelector('.app.presenting .present-title');
    // The level filter still dims the map: the title bar says so in words, the legend counts read shown/total.
    expect(await page.textContent('.present-title .present-filter')).toBe(`Đang lọc: Đạt chuẩn NTM — 4/${qnModel.communes.length} xã`);
    expect(await page.textContent('.present-legend')).toContain('(4/4)');
    expect(await page.textContent('.present-legend')).toContain('(0/49)');
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      await shot(`quang-ninh-2025-present-filtered-${size.width}.png`);
    }
    await page.keyboard.press('l');
    await expect.poll(() => page.getAttribute('[data-present-2025]', 'data-present-2025')).toBe('lagging');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#present-commune-2025')).toBe('Xã Hải Hòa');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#present-commune-2025')).toBe('Xã Hải Ninh');
    expect(await page.textContent('.present-side')).toContain('19/19');
    await shot('quang-ninh-2025-present-1366.png');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app:not(.presenting)');
    expect(session.pageErrors).toEqual([]);
  });
});
