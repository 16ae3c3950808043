/** `npm run export` given careless or hostile input: one line, a non-zero exit, never a stack trace; CSV cells neutralised. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badBackups, hostileButValidBackup, KHANH_PHU } from '../fixtures/hostile';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ntm-cli-hostile-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: root, encoding: 'utf8' });

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ERROR \(export\): /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('export CLI with bad input', () => {
  it('user mistakes: --out to a missing folder, unreal dates, bad overlays, unknown options', () => {
    const base = ['--province', 'ninh-binh', '--table', 'communes'];
    expectOneLineError(run(...base, '--out', join(dir, 'khong-co', 'x.csv')), /does not exist/);
    expectOneLineError(run(...base, '--format', 'xlsx', '--out', join(dir, 'khong-co', 'x.xlsx')), /does not exist/);
    expectOneLineError(run(...base, '--as-of', '2025-13-45'), /2025-13-45 is not a real date/);
    expectOneLineError(run(...base, '--as-of', '2025-02-30'), /not a real date/);
    const bad = join(dir, 'history-null.json');
    writeFileSync(bad, badBackups['history-null.json']);
    expectOneLineError(run(...base, '--overlay', bad), /overlay\.error\.history/);
    expectOneLineError(run(...base, '--overlay', dir), /cannot read --overlay/);
    expectOneLineError(run(...base, '--bogus', '1'), /unknown option --bogus/);
    expectOneLineError(run('--province', '--table', 'communes'), /--province needs a value/);
    expectOneLineError(run(...base, '--year', '99999'), /--year must be a year/);
  }, 60_000);

  it('neutralises formula cells in CSV, including text from an overlay', () => {
    const file = join(dir, 'hostile-valid.json');
    writeFileSync(file, hostileButValidBackup);
    const r = run('--province', 'ninh-binh', '--table', 'communes', '--overlay', file);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\r\n').find((l) => l.startsWith(KHANH_PHU))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(r.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  }, 30_000);
});
