/**
 * Vietnamese administrative names: normalisation and comparison keys.
 * "Xã Khánh Phú", "khanh phu", "KHÁNH PHÚ" and an NFD-encoded "Khánh Phú" share one key.
 */

/** Unit-type words that may precede a name, longest first, as written (lower case, NFC). */
const UNIT_PREFIXES = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'phường', 'xã', 'tỉnh', 'tp.', 'tp', 'tx.', 'tx', 'tt.'];
/** The same words typed without diacritics. "quan" is left out: "Quan Sơn", "Quan Hóa" are names. */
const ASCII_PREFIXES = ['thanh pho', 'thi xa', 'thi tran', 'huyen', 'phuong', 'xa', 'tinh'];

/** NFC, trimmed, inner whitespace collapsed. What the app stores and displays. */
const vietnamese = new Intl.Collator('vi');
/** Vietnamese alphabetical order (one collator for all comparisons: localeCompare with a locale makes one per call). */
export const compareVi = (a: string, b: string): number => vietnamese.compare(a, b);

export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lower-case, no diacritics, đ → d. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

function stripPrefix(lower: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    const spaced = lower.startsWith(prefix + ' ');
    if (spaced || (prefix.endsWith('.') && lower.startsWith(prefix))) {
      const rest = lower.slice(prefix.length).trim();
      if (rest.length > 0) return rest;
    }
  }
  return lower;
}

/** Any character outside ASCII (every UTF-16 unit from 0x80 up). */
const HAS_DIACRITIC = /[\u0080-\uffff]/;

function withoutPrefix(name: string): string {
  const lower = cleanName(name).toLowerCase();
  const stripped = stripPrefix(lower, UNIT_PREFIXES);
  // Input typed without any diacritics ("xa khanh phu") may carry an unaccented prefix.
  if (stripped === lower && !HAS_DIACRITIC.test(lower)) return stripPrefix(lower, ASCII_PREFIXES);
  return stripped;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Diacritic-sensitive key that ignores where the tone mark sits ("Hòa" = "Hoà") and the unit prefix:
 * "Tam Thanh", "Tam Thạnh" and "Tam Thành" stay three different names.
 */
export function accentKey(name: string): string {
  return withoutPrefix(name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const nfd = word.normalize('NFD');
      const tone = nfd.match(TONE_MARKS)?.[0] ?? '';
      return nfd.replace(TONE_MARKS, '').normalize('NFC') + tone;
    })
    .join(' ');
}

/** Key for comparison without diacritics: folded, prefix-free, punctuation-free. */
export function nameKey(name: string): string {
  return foldDiacritics(withoutPrefix(name))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Looser key for names of ethnic-minority communes whose spelling varies between documents:
 * spaces removed and doubled letters collapsed ("Bhalê" ~ "Bhalêê", "Axan" ~ "A Xan").
 */
export function compactKey(name: string): string {
  return nameKey(name)
    .replace(/ /g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, for reporting near-miss spellings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** URL slug of a province or unit name: "Tỉnh Ninh Bình" → "ninh-binh", "Thành phố Hà Nội" → "ha-noi". */
export function slugify(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}
