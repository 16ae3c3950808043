/** The admin and backup CLIs on a SQLite file: a user created from the CLI logs in; a backup restores the same data. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDb } from '../../server/db';
import { Repo } from '../../server/repo';
import { changeSet, TestClient, testCatalog } from './server-harness';

const dir = mkdtempSync(join(tmpdir(), 'ntm-cli-'));
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
function cli(script: string, args: string[], dbFile: string, input = ''): { out: string; code: number } {
  try {
    const out = execFileSync(tsx, [join('scripts', script), ...args], {
      env: { ...process.env, NTM_DB_FILE: dbFile, DATABASE_URL: '' },
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return { out, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { out: `${err.stdout}${err.stderr}`, code: err.status };
  }
}
async function serverOn(dbFile: string) {
  const handle = await openDb({ sqliteFile: dbFile });
  return { handle, app: createApp({ repo: new Repo(handle.db), catalog: testCatalog() }) };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('admin and backup CLIs', () => {
  const db = join(dir, 'a.sqlite');
  const nb = () => testCatalog().bySlugOrCode('ninh-binh')!.code;

  it('creates the first admin with a typed password (no default, short ones refused) who then logs in and edits', async () => {
    expect(cli('admin.ts', ['create-user', 'chief', '--admin'], db, 'short\n')).toMatchObject({ code: 1 });
    expect(cli('admin.ts', ['create-user', 'chief', '--admin'], db, '')).toMatchObject({ code: 1 });
    const made = cli('admin.ts', ['create-user', 'chief', '--admin', '--name', 'Chánh văn phòng'], db, 'a-long-secret-phrase\n');
    expect(made.code).toBe(0);
    expect(cli('admin.ts', ['create-user', 'nb', '--editor', 'ninh-binh'], db, 'another-long-secret\n').code).toBe(0);
    expect(cli('admin.ts', ['list-users'], db).out).toMatch(new RegExp(`nb\\tnb\\t-\\t${nb()}`));

    const { handle, app } = await serverOn(db);
    try {
      const c = new TestClient(app);
      expect((await c.login('chief', 'a-long-secret-phrase')).json.user).toMatchObject({ displayName: 'Chánh văn phòng', isAdmin: true });
      const unit = [...testCatalog().unitCodes(nb())][1];
      const r = await c.post(`/api/provinces/${nb()}/changes`, { baseVersion: 0, changeSet: changeSet([{ code: unit, field: 'level', after: 'ntm' }], 'CLI') });
      expect(r.status).toBe(200);
      expect(r.json.overlay.history[0].by).toBe('Chánh văn phòng');
    } finally {
      await handle.close();
    }
  });

  it('backs a province up in the app’s backup format and restores it into another database', async () => {
    const file = join(dir, 'nb.json');
    expect(cli('backup.ts', ['--province', 'ninh-binh', '--out', file], db).code).toBe(0);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'ntm-map-overlay', version: 1, provinceCode: nb() });
    expect(backup.history).toHaveLength(1);

    const other = join(dir, 'b.sqlite');
    const restored = cli('backup.ts', ['restore', file], other);
    expect(restored.code).toBe(0);
    const { handle } = await serverOn(other);
    try {
      const state = await new Repo(handle.db).provinceState(nb());
      expect(state.overlay).toEqual(backup);
      expect(state.version).toBeGreaterThan(1);
    } finally {
      await handle.close();
    }

    // A file naming a unit of another province is refused whole.
    const bad = join(dir, 'bad.json');
    const th = testCatalog().bySlugOrCode('thanh-hoa')!.code;
    writeFileSync(bad, JSON.stringify({ ...backup, units: { [[...testCatalog().unitCodes(th)][1]]: { level: 'ntm' } } }));
    const refused = cli('backup.ts', ['restore', bad], other);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/overlay\.error\.unit/);
  });
});
