/** Text in the exported PNG (src/io/png-text.ts): valid chunks (CRC as zlib computes it), read back as written. */
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from '../../src/io/png-text';
import { ATTRIBUTION_2025 } from '../../src/domain/credits';

/** A 1×1 white PNG built by hand (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlibCrc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]),
  );
}

describe('PNG text', () => {
  it('computes the CRC-32 zlib computes', () => {
    const bytes = new TextEncoder().encode('iTXtRanh giới hành chính');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('adds UTF-8 entries after IHDR with valid CRCs and reads them back; the image is unchanged', () => {
    const png = tinyPng();
    const out = withPngText(png, { Title: 'Tỉnh Thanh Hóa', Description: ATTRIBUTION_2025 });
    expect(readPngText(out)).toEqual({ Title: 'Tỉnh Thanh Hóa', Description: ATTRIBUTION_2025 });
    expect(readPngText(png)).toEqual({});
    // Every chunk's CRC checks; the image chunks are the original bytes.
    const buf = Buffer.from(out);
    const types: string[] = [];
    for (let at = 8; at < buf.length;) {
      const length = buf.readUInt32BE(at);
      types.push(buf.toString('ascii', at + 4, at + 8));
      expect(buf.readUInt32BE(at + 8 + length)).toBe(zlibCrc32(buf.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
    expect(types).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(Buffer.from(out.subarray(out.length - 12)).equals(Buffer.from(png.subarray(png.length - 12)))).toBe(true);
  });
});
