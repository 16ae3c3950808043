/**
 * Dates are typed and shown day/month/year even in a browser set to American English, where the native date
 * input would read 07/01/2025 as 7 July; the calendar speaks the app's language and works from the keyboard.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startSession, waitForMap, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 }, 'en-US');
});

afterAll(async () => {
  await session?.close();
});

const iso = (id: string) => session.page.getAttribute(id, 'data-iso');

describe('date field (browser in en-US)', () => {
  it('takes 07/01/2025 as 7 January, refuses 31/02/2025, and picks days on a Vietnamese calendar by keyboard', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?province=ninh-binh`);
    await waitForMap(page, 'ninh-binh:level:2024');
    // Numbers too are the app language's: "16,7%" (Vietnamese), not "16.7%" (the browser's).
    expect(await page.textContent('.side')).toMatch(/\(\d+,\d\s?%\)/);
    expect(await page.getAttribute('#units-date', 'type')).toBe('text');
    expect(await page.getAttribute('#units-date', 'placeholder')).toBe('nn/tt/nnnn');

    await page.click('#units-date');
    await page.keyboard.type('07/01/2025');
    await expect.poll(() => iso('#units-date')).toBe('2025-01-07');
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('units'))).toBe('2025-01-07');

    // Not a calendar date: said so, and the date in force does not change.
    await page.fill('#units-date', '31/02/2025');
    expect(await page.getAttribute('#units-date', 'aria-invalid')).toBe('true');
    expect(await page.textContent('.date-error')).toContain('Ngày không hợp lệ');
    expect(await iso('#units-date')).toBe('2025-01-07');
    // Out of the field's range.
    await page.fill('#units-date', '01/01/2019');
    expect(await page.textContent('.date-error')).toBe('Ngày phải từ 01/01/2020 đến 31/12/2030');
    await page.fill('#units-date', '07/01/2025');
    expect(await page.$('.date-error')).toBeNull();

    // The calendar: Alt+↓ opens it on the chosen day, in Vietnamese, weeks from Monday.
    await page.focus('#units-date');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForSelector('.date-popover .rdp-root');
    const weekdays = await page.$$eval('.date-popover .rdp-weekday', (cells) => cells.map((c) => c.textContent));
    expect(weekdays[0]).toMatch(/^(T2|Th 2)$/); // thứ Hai
    expect(await page.textContent('.date-popover')).toContain('Tháng Một 2025');
    expect(await page.evaluate(() => document.activeElement?.closest('.rdp-day')?.getAttribute('data-day'))).toBe('2025-01-07');
    await page.screenshot({ path: join(artifactsDir, 'date-calendar-vi-1366.png') });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => iso('#units-date')).toBe('2025-01-15');
    expect(await page.inputValue('#units-date')).toBe('15/01/2025');
    expect(await page.$('.date-popover')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('units-date');

    // Escape closes without changing the date.
    await page.click('#units-date + .date-button');
    await page.waitForSelector('.date-popover .rdp-root');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    expect(await page.$('.date-popover')).toBeNull();
    expect(await iso('#units-date')).toBe('2025-01-15');

    // In English the field still reads day/month/year and the calendar is in English.
    await page.selectOption('#language-picker', 'en');
    // English is fetched on demand: the page turns English once its messages are in.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.inputValue('#units-date')).toBe('15/01/2025');
    expect(await page.getAttribute('#units-date', 'placeholder')).toBe('dd/mm/yyyy');
    await page.click('#units-date + .date-button');
    await page.waitForSelector('.date-popover .rdp-root');
    expect(await page.textContent('.date-popover')).toContain('January');
    await page.keyboard.press('Escape');

    // The deadlines' date too.
    await page.click('#tab-deadlines');
    const asOf = await page.inputValue('#as-of');
    expect(asOf).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.fill('#as-of', '30/06/2025');
    await expect.poll(() => iso('#as-of')).toBe('2025-06-30');
    expect(await page.textContent('[data-past-due]')).toContain('30/06/2025');
    // Emptied, the required field comes back to its date when left.
    await page.fill('#as-of', '');
    await page.keyboard.press('Tab');
    expect(await page.inputValue('#as-of')).toBe('30/06/2025');

    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the calendar within the screen at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = session;
      await page.setViewportSize(viewport);
      if (await page.$('.date-popover')) await page.keyboard.press('Escape');
      // On a phone the pickers are in the header's menu.
      const phone = viewport.width <= 480;
      if (phone) await page.click('#menu-toggle');
      await page.selectOption('#language-picker', 'vi');
      await page.click('#units-date + .date-button');
      await page.waitForSelector('.date-popover .rdp-root');
      const box = (await page.locator('.date-popover').boundingBox())!;
      await page.screenshot({ path: join(artifactsDir, `date-calendar-vi-${viewport.width}.png`) });
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press('Escape');
      if (phone) await page.click('#menu-toggle');
    });
  }
});
