/**
 * Reads a zip's central directory (names, compressed and uncompressed sizes) without inflating anything, so
 * limits can be enforced before unpacking: a 1 MB zip bomb announcing 2 × 512 MB is refused at once.
 * Sizes come from the directory; the unpacker is only run when they are within the limits.
 */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export class ZipDirectoryError extends Error {}

/** Zip64 and other entries whose sizes cannot be read are reported as Infinity (refused by any limit). */
export function zipEntries(data: ArrayBuffer | Uint8Array): ZipEntryInfo[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipDirectoryError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ZipDirectoryError('broken central directory');
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({
      name,
      compressedSize: compressed === 0xffffffff ? Infinity : compressed,
      uncompressedSize: uncompressed === 0xffffffff ? Infinity : uncompressed,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export const totalUncompressed = (entries: readonly ZipEntryInfo[]) => entries.reduce((n, e) => n + e.uncompressedSize, 0);

export class ZipLimitError extends Error {
  constructor(readonly limit: number) {
    super(`unzipped data over ${limit} bytes`);
  }
}

/**
 * Unzips the entries whose names match `wanted`, stopping as soon as the bytes produced pass `limit`, whatever
 * the directory announced (a zip that lies about its sizes is cut off while inflating, not after).
 * Returns the entries by lower-cased name.
 */
export async function unzipCapped(bytes: Uint8Array, limit: number, wanted: RegExp): Promise<Map<string, Uint8Array>> {
  const { iter } = await import('but-unzip');
  let total = 0;
  const inflate = async (raw: Uint8Array): Promise<Uint8Array> => {
    const reader = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const parts: Uint8Array[] = [];
    let produced = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.length;
      if (total + produced > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ZipLimitError(limit);
      }
      parts.push(value);
    }
    const out = new Uint8Array(produced);
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  };
  const files = new Map<string, Uint8Array>();
  for (const entry of iter(bytes, inflate)) {
    const name = entry.filename.toLowerCase();
    if (name.startsWith('__macosx/') || !wanted.test(name)) continue;
    const data = await entry.read();
    total += data.length;
    if (total > limit) throw new ZipLimitError(limit);
    files.set(name, data);
  }
  return files;
}
