/** User-facing strings live in vi.json / en.json; this module looks them up and formats numbers and dates. */
import en from './en.json';
import vi from './vi.json';

export type Language = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Record<string, string>> = { vi, en };
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Intl formatters, made once per language and options: making one loads the locale's data (tens of ms the
 * first time) and a new one per call showed up in the first render's profile.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n:${language}:${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALES[language], options)));
  return f;
}
function dateFormat(language: Language): Intl.DateTimeFormat {
  const key = `d:${language}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })));
  return f;
}

export function createTranslator(language: Language): Translate {
  const dict = DICTIONARIES[language];
  return (key, params) => {
    const template = dict[key] ?? vi[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) return `{${name}}`;
      return typeof v === 'number' ? numberFormat(language).format(v) : v;
    });
  };
}

/** 1307.608 → "1.307,608" in Vietnamese. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 3): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

export function formatPercent(ratio: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** "2024-11-30" → "30/11/2024". */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(language).format(new Date(Date.UTC(y, m - 1, d)));
}
