/**
 * Dates as users type them: day/month/year, whatever the browser's locale ("07/01/2025" is 7 January), with
 * real calendar validation (no 31/02, 29/02 only in leap years). Dates travel in the app as ISO "yyyy-mm-dd".
 * No date library here: the checks are the calendar's own arithmetic (isRealDate), and date-fns's parser
 * weighed about 10 KB (gzip) of the first visit's script; the calendar widget's chunk brings date-fns itself.
 */

/** d/m/yyyy with "/", "." or "-" between (one separator throughout), or ISO yyyy-mm-dd (pasted from a file). */
const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** "01/07/2025" → "2025-07-01"; null when the text is not a date of the calendar. */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  const iso = dmy ? `${dmy[4]}-${pad(dmy[3])}-${pad(dmy[1])}` : ISO.test(trimmed) ? trimmed : null;
  return iso && isRealDate(iso) ? iso : null;
}

/** True when the text has all its parts (a four-digit year): an error can be shown without interrupting typing. */
export function looksComplete(text: string): boolean {
  return /\d{4}\s*$/.test(text) || ISO.test(text.trim());
}

/** ISO date → local Date at noon (for a calendar widget): a time zone shift never moves it to another day. */
export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** Local Date → ISO date. */
export function dateToIso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type DateCheck = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'invalid' | 'range' };

/** Reads typed text as a date between min and max (ISO, both included). */
export function checkDate(text: string, min?: string, max?: string): DateCheck {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  const iso = parseDayMonthYear(text);
  if (!iso) return { ok: false, reason: 'invalid' };
  if ((min && iso < min) || (max && iso > max)) return { ok: false, reason: 'range' };
  return { ok: true, iso };
}

/** ISO dates that files and links give (URL, CLI, backups) checked against the calendar: "2025-02-28" → true;
 * "2025-13-45", "2025-02-30", "2025-2-3" → false. */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** An ISO date-time as the app writes it ("2025-03-01T08:15:00.000Z"), with a real calendar date and time. */
export function isRealDateTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m || !isRealDate(m[1])) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}
