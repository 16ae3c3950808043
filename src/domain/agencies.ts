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

export function canonicalAgency(name: string): string {
  let out = cleanName(name);
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

export function agencyKey(name: string): string {
  return nameKey(canonicalAgency(name));
}
