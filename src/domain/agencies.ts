/**
 * Agency names as plans print them vary ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn",
 * "Sở Lao động, TB và xã hội", "Sở Kế hoạch và đầu tư", "các sở, ngành liên quan"). canonicalAgency expands the
 * common abbreviations and writes the name for reading: the first letter capitalised, the usual acronyms in
 * capitals, the provincial departments as they are officially written (so one agency reads the same on every
 * screen). agencyKey is the comparison key. Citations keep the plan's verbatim text (SourceRef.quote).
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

/** Official spelling of departments whose capitals plans vary (by agencyKey). */
const OFFICIAL: Record<string, string> = {
  'so ke hoach va dau tu': 'Sở Kế hoạch và Đầu tư',
  'so giao duc va dao tao': 'Sở Giáo dục và Đào tạo',
  'so khoa hoc va cong nghe': 'Sở Khoa học và Công nghệ',
  'so thong tin va truyen thong': 'Sở Thông tin và Truyền thông',
  'so giao thong van tai': 'Sở Giao thông vận tải',
  'so tai nguyen va moi truong': 'Sở Tài nguyên và Môi trường',
  'so nong nghiep va phat trien nong thon': 'Sở Nông nghiệp và Phát triển nông thôn',
  'so van hoa va the thao': 'Sở Văn hóa và Thể thao',
  'so cong thuong': 'Sở Công Thương',
  'hoi lien hiep phu nu tinh': 'Hội Liên hiệp Phụ nữ tỉnh',
  'dai phat thanh va truyen hinh': 'Đài Phát thanh và Truyền hình',
  'dai phat thanh va truyen hinh tinh': 'Đài Phát thanh và Truyền hình tỉnh',
};
const ACRONYMS = /(^|[\s,(-])(ubnd|hđnd|mttq|ntm|tp|ocop)(?=$|[\s,.)-])/giu;

/** The name as read: acronyms in capitals, the first letter capitalised, departments officially spelt. */
function forReading(name: string): string {
  const official = OFFICIAL[nameKey(name)];
  if (official) return official;
  const upper = name.replace(ACRONYMS, (_, before: string, word: string) => before + word.toUpperCase());
  return upper.charAt(0).toLocaleUpperCase('vi') + upper.slice(1);
}

// Both are asked for the same few names over and over (every district's agencies, in every view): each name's
// answer is kept (a plan names a few dozen agencies).
const canonicalNames = new Map<string, string>();
const keys = new Map<string, string>();

export function canonicalAgency(name: string): string {
  let out = canonicalNames.get(name);
  if (out === undefined) {
    out = cleanName(name);
    for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
    out = forReading(out);
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
