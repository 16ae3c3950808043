/**
 * User-facing strings live in vi.json / en.json; this module looks them up and formats numbers and dates.
 * Vietnamese is in the app's script; English is a chunk of its own, fetched when it is first asked for
 * (loadLanguage): a first visit in Vietnamese does not download or keep the English messages. In the build the
 * Vietnamese messages are split (issue 19): ./vi-first, those the first load's code can show; each other message comes
 * with the lazily loaded modules that name it, added by addMessages when such a module runs (scripts/vite/messages-split.ts).
 */
import type messages from './vi.json';
import vi from './vi-first';

export type Language = 'vi' | 'en';
export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Dictionary = Record<string, string>;

const DICTIONARIES: Partial<Record<Language, Dictionary>> = { vi };
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  vi: async () => vi,
  en: async () => (await import('./en.json')).default,
};
const loading = new Map<Language, Promise<void>>();

/** Adds messages to a language's dictionary (a lazily loaded module's own): translators made before see them too. */
export function addMessages(language: Language, messages: Dictionary): void {
  const dict = DICTIONARIES[language];
  if (dict) Object.assign(dict, messages);
  else DICTIONARIES[language] = { ...messages };
}

/** Test builds (VITE_TEST_HOOKS=1): every key a translator was asked for and did not have, for the e2e tests. */
function reportMissing(language: Language, key: string): void {
  // import.meta.env is Vite's: the export CLI (tsx) has none.
  if (import.meta.env?.VITE_TEST_HOOKS !== '1' || typeof window === 'undefined') return;
  const w = window as unknown as { ntmMissingMessages?: string[] };
  (w.ntmMissingMessages ??= []).push(`${language}:${key}`);
}

/** True once the language's messages are in (createTranslator can be called). */
export function languageLoaded(language: Language): boolean {
  return DICTIONARIES[language] !== undefined;
}

/** Fetches the language's messages once (later calls share the first). */
export function loadLanguage(language: Language): Promise<void> {
  let p = loading.get(language);
  if (!p) {
    p = LOADERS[language]().then((dict) => void (DICTIONARIES[language] = dict));
    // A failed fetch (offline before the chunk was cached) can be retried by the next call.
    p.catch(() => loading.delete(language));
    loading.set(language, p);
  }
  return p;
}
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

/** The language's translator; its messages must be loaded first (loadLanguage). */
export function createTranslator(language: Language): Translate {
  const dict = DICTIONARIES[language];
  if (!dict) throw new Error(`the ${language} messages are not loaded yet (loadLanguage)`);
  return (key, params) => {
    const template = dict[key] ?? DICTIONARIES.vi?.[key];
    if (template === undefined) {
      reportMissing(language, key);
      return key;
    }
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
