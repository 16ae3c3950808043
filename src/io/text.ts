/**
 * Decodes uploaded text files: UTF-8 with or without BOM, UTF-16 (LE/BE, with BOM or by byte pattern), or Windows-1258.
 * A file mixing UTF-8 lines and Windows-1258 lines (two exports pasted together) is detected: each line is read in its
 * own encoding and the Windows-1258 lines are listed, for a warning.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'utf-8+windows-1258';
  /** For mixed files: the 1-based lines read as Windows-1258. */
  legacyLines?: number[];
}

const utf8Strict = () => new TextDecoder('utf-8', { fatal: true });

/** Per line: valid UTF-8 with non-ASCII letters, or not UTF-8. Mixed when both occur. */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  const strict = utf8Strict();
  const legacy = new TextDecoder('windows-1258');
  const parts: string[] = [];
  const legacyLines: number[] = [];
  let utf8Lines = 0;
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    let text: string;
    if (chunk.some((b) => b >= 0x80)) {
      try {
        text = strict.decode(chunk);
        utf8Lines++;
      } catch {
        text = legacy.decode(chunk);
        legacyLines.push(line);
      }
    } else text = legacy.decode(chunk);
    parts.push(text);
    start = end + 1;
    line++;
  }
  if (utf8Lines === 0 || legacyLines.length === 0) return null;
  return { text: parts.join('\n'), encoding: 'utf-8+windows-1258', legacyLines };
}

function looksUtf16(bytes: Uint8Array, evenZeros: boolean): boolean {
  const n = Math.min(bytes.length, 2000);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = evenZeros ? 0 : 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > n / 2 / 3;
}

export function decodeText(input: ArrayBuffer | Uint8Array): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksUtf16(bytes, false)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (looksUtf16(bytes, true)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8Strict().decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeMixed(bytes) ?? { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

/** True when the bytes are probably not text at all (images, executables, archives). */
export function looksBinary(input: ArrayBuffer | Uint8Array): boolean {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  if (looksUtf16(bytes, false) || looksUtf16(bytes, true)) return false;
  const n = Math.min(bytes.length, 4000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 9 && b !== 0)) control++;
  }
  return control > 0;
}
