/**
 * Agency names as plans print them vary ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn",
 * "Sở Lao động, TB và xã hội"). canonicalAgency expands the common abbreviations so the same agency
 * groups together; agencyKey is the comparison key.
 */
import { cleanName, nameKey } from './names';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bPTNT\b/g, 'Phát triển nông thôn'],
  [/\bTB và xã hội\b/gi, 'Thương binh và Xã hội'],
  [/\bTB&XH\b/gi, 'Thương binh và Xã hội'],
  [/\bThể thao và DL\b/g, 'Thể thao và Du lịch'],
  [/\bHTX\b/g, 'Hợp tác xã'],
  [/\bKH&ĐT\b/g, 'Kế hoạch và Đầu tư'],
];

// Both are asked for the same few names over and over (every district's agencies, in every view): each name's
// answer is kept (a plan names a few dozen agencies).
const canonicalNames = new Map<string, string>();
const keys = new Map<string, string>();

export function canonicalAgency(name: string): string {
  let out = canonicalNames.get(name);
  if (out === undefined) {
    out = cleanName(name);
    for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
    canonicalNames.set(name, out);
  }
  return out;
}

export function agencyKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = nameKey(canonicalAgency(name));
    keys.set(name, key);
  }
  return key;
}
