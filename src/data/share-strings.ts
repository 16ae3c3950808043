/**
 * Equal strings of a parsed JSON file made one string (in place). JSON.parse gives every occurrence of a value its
 * own copy: a history repeats its legal basis, dates, tiers and evidence hundreds of times (issue 19, heap).
 */
export function shareStrings<T>(value: T): T {
  const seen = new Map<string, string>();
  const share = (s: string): string => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v === 'string') node[i] = share(v);
        else if (v && typeof v === 'object') stack.push(v);
      }
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const v = record[key];
        if (typeof v === 'string') record[key] = share(v);
        else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return value;
}
