/** npm run publish: checks the office's file like an import and writes the province's published layer. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyOverlay, serializeOverlay } from '../../src/domain/overlay';
import { parsePublished } from '../../src/domain/published';
import { testCatalog } from './server-harness';

const dir = mkdtempSync(join(tmpdir(), 'ntm-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function publish(args: string[]): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/publish.ts', ...args, '--dir', join(dir, 'published')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

describe('npm run publish', () => {
  const nb = testCatalog().bySlugOrCode('ninh-binh')!;
  const unit = [...testCatalog().unitCodes(nb.code)][2];
  const overlay = {
    ...emptyOverlay(nb.code),
    units: { [unit]: { level: 'ntm-advanced' as const, yearRecognised: 2024 } },
    history: [{ id: 'h1', at: '2025-05-10T03:00:00.000Z', by: 'Phòng Điều phối', origin: 'import' as const, label: 'bang.xlsx', changes: [] }],
  };

  it('writes the layer with its date and author; the file is read back as the app reads it', () => {
    const file = join(dir, 'office.json');
    writeFileSync(file, serializeOverlay(overlay));
    const r = publish(['--province', 'ninh-binh', '--overlay', file]);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'published', 'ninh-binh.json'), 'utf8'));
    expect(written).toMatchObject({ format: 'ntm-map-published', provinceCode: nb.code, slug: 'ninh-binh', publishedBy: 'Phòng Điều phối', overlay });
    expect(Date.now() - Date.parse(written.publishedAt)).toBeLessThan(60_000);
    expect(parsePublished(written, nb.code, testCatalog().unitCodes(nb.code))).toEqual({ layer: written });

    expect(publish(['--province', 'ninh-binh', '--overlay', file, '--by', 'Chánh VP']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'published', 'ninh-binh.json'), 'utf8')).publishedBy).toBe('Chánh VP');
  });

  it("refuses another province's file and keeps what was published", () => {
    const before = readFileSync(join(dir, 'published', 'ninh-binh.json'), 'utf8');
    const file = join(dir, 'office.json');
    const r = publish(['--province', 'thanh-hoa', '--overlay', file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/overlay\.error\.province/);
    expect(existsSync(join(dir, 'published', 'thanh-hoa.json'))).toBe(false);
    expect(readFileSync(join(dir, 'published', 'ninh-binh.json'), 'utf8')).toBe(before);
  });

  it('removes a published layer', () => {
    expect(publish(['--province', 'ninh-binh', '--remove']).code).toBe(0);
    expect(existsSync(join(dir, 'published', 'ninh-binh.json'))).toBe(false);
  });
});
