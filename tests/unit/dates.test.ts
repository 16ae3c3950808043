/** Typed dates are day/month/year, checked against the real calendar. */
import { describe, expect, it } from 'vitest';
import { checkDate, dateToIso, isoToDate, looksComplete, parseDayMonthYear } from '../../src/domain/dates';
import { formatDate, formatNumber, formatPercent } from '../../src/i18n/i18n';

describe('parseDayMonthYear', () => {
  it('reads day first: 07/01/2025 is 7 January', () => {
    expect(parseDayMonthYear('07/01/2025')).toBe('2025-01-07');
    expect(parseDayMonthYear('1/7/2025')).toBe('2025-07-01');
    expect(parseDayMonthYear(' 31.12.2024 ')).toBe('2024-12-31');
    expect(parseDayMonthYear('30-11-2024')).toBe('2024-11-30');
    expect(parseDayMonthYear('2025-07-01')).toBe('2025-07-01');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseDayMonthYear('31/02/2025')).toBeNull();
    expect(parseDayMonthYear('29/02/2025')).toBeNull();
    expect(parseDayMonthYear('29/02/2024')).toBe('2024-02-29');
    expect(parseDayMonthYear('29/02/1900')).toBeNull();
    expect(parseDayMonthYear('00/01/2025')).toBeNull();
    expect(parseDayMonthYear('15/13/2025')).toBeNull();
    expect(parseDayMonthYear('2025-02-30')).toBeNull();
  });

  it('refuses incomplete or mixed text', () => {
    expect(parseDayMonthYear('01/07/25')).toBeNull();
    expect(parseDayMonthYear('01/07')).toBeNull();
    expect(parseDayMonthYear('01/07-2025')).toBeNull();
    expect(parseDayMonthYear('ngày 1/7/2025')).toBeNull();
    expect(parseDayMonthYear('')).toBeNull();
  });
});

describe('checkDate', () => {
  it('says why a date is refused', () => {
    expect(checkDate('01/07/2025', '2020-01-01', '2030-12-31')).toEqual({ ok: true, iso: '2025-07-01' });
    expect(checkDate('31/12/2019', '2020-01-01', '2030-12-31')).toEqual({ ok: false, reason: 'range' });
    expect(checkDate('01/01/2031', '2020-01-01', '2030-12-31')).toEqual({ ok: false, reason: 'range' });
    expect(checkDate('31/04/2025')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkDate('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('waits for the year before calling text wrong', () => {
    expect(looksComplete('01/07/2')).toBe(false);
    expect(looksComplete('31/02/2025')).toBe(true);
  });
});

describe('ISO and calendar dates', () => {
  it('round-trip through a local Date', () => {
    for (const iso of ['2024-02-29', '2025-07-01', '2025-12-31', '2026-03-29']) expect(dateToIso(isoToDate(iso))).toBe(iso);
  });
});

describe('formatting is the app language’s, not the browser’s', () => {
  it('shows dates as dd/mm/yyyy in both languages', () => {
    expect(formatDate('2025-01-07', 'vi')).toBe('07/01/2025');
    expect(formatDate('2025-01-07', 'en')).toBe('07/01/2025');
    // A formatted date reads back as the same date.
    expect(parseDayMonthYear(formatDate('2024-11-30', 'vi'))).toBe('2024-11-30');
  });

  it('uses Vietnamese separators for numbers in Vietnamese', () => {
    expect(formatNumber(1307.608, 'vi')).toBe('1.307,608');
    expect(formatNumber(3321, 'vi')).toBe('3.321');
    expect(formatPercent(0.546, 'vi')).toMatch(/^54,6\s?%$/);
  });
});
