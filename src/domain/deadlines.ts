/**
 * Reads the deadlines Vietnamese plans print ("Quý III", "Tháng 3", "trước ngày 30/10/2024",
 * "Tháng 7/2024 và tháng 01/2025") into the last ISO date they allow.
 * Recurring ("Hàng quý") and conditional ("Sau khi có Nghị quyết ...") deadlines have no date.
 */
import { foldDiacritics } from './names';

export type DeadlineKind = 'date' | 'month' | 'quarter' | 'year' | 'recurring' | 'conditional' | 'unknown';

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** Last day allowed, YYYY-MM-DD. */
  due?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthEnd(year: number, month: number): string {
  return iso(year, month, lastDayOfMonth(year, month));
}

function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** Parses one deadline text; `planYear` supplies the year when the text gives none. */
export function parseDeadline(text: string, planYear: number): ParsedDeadline {
  // A span ("Tháng 10-12/2022", "Quý III-IV") is due when the span ends: keep its last month or quarter.
  const t = foldDiacritics(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(thang|quy) ([0-9]{1,2}|iv|iii|ii|i) ?(?:-|–|den) ?(thang |quy )?([0-9]{1,2}|iv|iii|ii|i)\b/g, '$1 $4');
  if (!t) return { kind: 'unknown' };
  if (/^(sau khi|khi co)/.test(t)) return { kind: 'conditional' };
  if (/^hang (quy|thang|nam)/.test(t) || /^thuong xuyen/.test(t) || /^dinh ky/.test(t)) return { kind: 'recurring' };

  const candidates: { kind: DeadlineKind; due: string }[] = [];

  for (const m of t.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) candidates.push({ kind: 'date', due: iso(y, mo, d) });
  }
  const withoutDates = t.replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, ' ');

  const quarterRe = /quy (iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|nam)\s*(\d{4}))?/g;
  let trailingYear: number | undefined;
  const yearMatch = withoutDates.match(/nam (\d{4})\s*$/);
  if (yearMatch) trailingYear = Number(yearMatch[1]);
  for (const m of withoutDates.matchAll(quarterRe)) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    const y = m[2] ? Number(m[2]) : (trailingYear ?? planYear);
    candidates.push({ kind: 'quarter', due: monthEnd(y, q * 3) });
  }

  for (const m of withoutDates.matchAll(/(truoc )?thang (\d{1,2})(?:\s*\/\s*(\d{4}))?/g)) {
    let month = Number(m[2]);
    let y = m[3] ? Number(m[3]) : (trailingYear ?? planYear);
    if (month < 1 || month > 12) continue;
    if (m[1]) {
      // "trước tháng 6/2025": the last day of the month before.
      month -= 1;
      if (month === 0) {
        month = 12;
        y -= 1;
      }
    }
    candidates.push({ kind: 'month', due: monthEnd(y, month) });
  }

  if (candidates.length === 0) {
    // "đầu năm 2025", "giữa năm": part of a year with no last day the text allows.
    if (/\b(dau|giua) nam\b/.test(withoutDates)) return { kind: 'unknown' };
    const y = withoutDates.match(/(?:nam )?(\d{4})/);
    if (/^ca nam/.test(t)) return { kind: 'year', due: iso(planYear, 12, 31) };
    if (y) return { kind: 'year', due: iso(Number(y[1]), 12, 31) };
    return { kind: 'unknown' };
  }
  // Several deadlines in one cell ("đợt 1 ..., đợt 2 ..."): the item is due at the last one.
  candidates.sort((a, b) => a.due.localeCompare(b.due));
  return candidates[candidates.length - 1];
}

/** Days from `asOf` to the deadline (negative: past due). */
export function daysUntil(due: string, asOf: string): number {
  return Math.round((Date.parse(due + 'T00:00:00Z') - Date.parse(asOf + 'T00:00:00Z')) / 86_400_000);
}
