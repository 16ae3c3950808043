/** User-facing strings live in vi.json / en.json; this module looks them up and formats numbers and dates. */
import en from './en.json';
import vi from './vi.json';

export type Language = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Record<string, string>> = { vi, en };
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function createTranslator(language: Language): Translate {
  const dict = DICTIONARIES[language];
  const fmt = new Intl.NumberFormat(LOCALES[language]);
  return (key, params) => {
    const template = dict[key] ?? vi[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) return `{${name}}`;
      return typeof v === 'number' ? fmt.format(v) : v;
    });
  };
}

/** 1307.608 → "1.307,608" in Vietnamese. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** "2024-11-30" → "30/11/2024". */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
