/** Two editors on one province: a stale write is refused with the current data, never lost; undo is a new change. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changeSet, DIALECTS, startServer, type TestClient, type TestServer } from './server-harness';

describe.each(DIALECTS)('versions and undo on %s', (dialect) => {
  let s: TestServer;
  let code: string;
  let units: string[];
  let a: TestClient;
  let b: TestClient;
  const url = (suffix = '') => `/api/provinces/${code}${suffix}`;

  beforeAll(async () => {
    s = await startServer(dialect);
    code = s.catalog.bySlugOrCode('ninh-binh')!.code;
    units = [...s.catalog.unitCodes(code)].slice(1, 4);
    await s.addUser('an', 'password-of-an', { editorOf: [code], name: 'An' });
    await s.addUser('binh', 'password-of-binh', { editorOf: [code], name: 'Bình' });
  });
  afterAll(() => s.close());
  beforeEach(async () => {
    a = s.client();
    b = s.client();
    await a.login('an', 'password-of-an');
    await b.login('binh', 'password-of-binh');
  });

  it("refuses the second editor's stale write with the data as it now is; re-sent on that version, both changes are kept", async () => {
    const start = (await a.get(url())).json.version;
    const seenByB = (await b.get(url())).json.version;
    expect(seenByB).toBe(start);

    const first = await a.post(url('/changes'), { baseVersion: start, changeSet: changeSet([{ code: units[0], field: 'level', after: 'ntm' }], 'An sửa') });
    expect(first.status).toBe(200);

    const stale = await b.post(url('/changes'), {
      baseVersion: seenByB,
      changeSet: changeSet([{ code: units[1], field: 'level', after: 'ntm-advanced' }], 'Bình sửa'),
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toBe('stale');
    expect(stale.json.version).toBe(start + 1);
    expect(stale.json.overlay.units[units[0]]).toEqual({ level: 'ntm' });
    expect(stale.json.overlay.units[units[1]]).toBeUndefined();

    const merged = await b.post(url('/changes'), {
      baseVersion: stale.json.version,
      changeSet: changeSet([{ code: units[1], field: 'level', after: 'ntm-advanced' }], 'Bình sửa'),
    });
    expect(merged.status).toBe(200);
    expect(merged.json.version).toBe(start + 2);
    expect(merged.json.overlay.units).toMatchObject({ [units[0]]: { level: 'ntm' }, [units[1]]: { level: 'ntm-advanced' } });
    expect(merged.json.overlay.history.slice(-2).map((h: { by: string; label: string }) => `${h.by}:${h.label}`)).toEqual(['An:An sửa', 'Bình:Bình sửa']);
  });

  it('lets exactly one of two simultaneous writes on the same version through', async () => {
    const base = (await a.get(url())).json.version;
    const results = await Promise.all([
      a.post(url('/changes'), { baseVersion: base, changeSet: changeSet([{ code: units[2], field: 'agency', after: 'Sở A' }]) }),
      b.post(url('/changes'), { baseVersion: base, changeSet: changeSet([{ code: units[2], field: 'agency', after: 'Sở B' }]) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const now = (await a.get(url())).json;
    expect(now.version).toBe(base + 1);
    const winner = results.find((r) => r.status === 200)!;
    expect(now.overlay.units[units[2]].agency).toBe(winner.json.overlay.units[units[2]].agency);
  });

  it('records a change sent twice (a retry) once', async () => {
    const base = (await a.get(url())).json.version;
    const set = changeSet([{ code: units[0], field: 'yearRecognised', after: 2023 }]);
    const once = await a.post(url('/changes'), { baseVersion: base, changeSet: set });
    const twice = await a.post(url('/changes'), { baseVersion: base, changeSet: set });
    expect(once.status).toBe(200);
    expect(twice.status).toBe(200);
    expect(twice.json).toMatchObject({ version: base + 1, duplicate: true });
    expect(twice.json.overlay.history.filter((h: { id: string }) => h.id === set.id)).toHaveLength(1);
  });

  it('undoes the last change as a new change, then the one before; a stale undo is refused', async () => {
    const start = (await a.get(url())).json;
    const before = start.overlay.units[units[0]];
    const edit = await a.post(url('/changes'), {
      baseVersion: start.version,
      changeSet: changeSet([{ code: units[0], field: 'level', after: 'ntm-model' }], 'mẫu'),
    });
    expect(edit.json.overlay.units[units[0]].level).toBe('ntm-model');

    expect((await b.post(url('/undo'), { baseVersion: start.version, id: 'undo-stale' })).status).toBe(409);

    const undo = await b.post(url('/undo'), { baseVersion: edit.json.version, id: `undo-${dialect}-1` });
    expect(undo.status).toBe(200);
    expect(undo.json.version).toBe(edit.json.version + 1);
    expect(undo.json.overlay.units[units[0]]).toEqual(before);
    const last = undo.json.overlay.history.at(-1);
    expect(last).toMatchObject({ origin: 'undo', by: 'Bình', label: '↶ mẫu' });
    expect(undo.json.overlay.history).toHaveLength(edit.json.overlay.history.length + 1);

    // The next undo reverts the change before (the yearRecognised of the retry test), not the undo itself.
    const again = await b.post(url('/undo'), { baseVersion: undo.json.version, id: `undo-${dialect}-2` });
    expect(again.status).toBe(200);
    expect(again.json.overlay.units[units[0]]?.yearRecognised).toBeUndefined();
    expect(again.json.overlay.units[units[0]]?.level).toBe(before.level);
  });

  it('undoes back to "not registered" (null), not to no value', async () => {
    const start = (await a.get(url())).json.version;
    const set1 = await a.post(url('/changes'), { baseVersion: start, changeSet: changeSet([{ code: units[2], field: 'registration', after: null }]) });
    const set2 = await a.post(url('/changes'), {
      baseVersion: set1.json.version,
      changeSet: changeSet([{ code: units[2], field: 'registration', after: { targetLevel: 'ntm', targetYear: 2025 } }]),
    });
    expect(set2.json.overlay.units[units[2]].registration).toEqual({ targetLevel: 'ntm', targetYear: 2025 });
    const undo = await a.post(url('/undo'), { baseVersion: set2.json.version, id: `undo-null-${dialect}` });
    expect(undo.json.overlay.units[units[2]]).toHaveProperty('registration', null);
  });

  it('records only the fields that change; a change of nothing makes no new version', async () => {
    const start = (await a.get(url())).json;
    const facts = start.overlay.units[units[1]];
    const same = await a.post(url('/changes'), { baseVersion: start.version, changeSet: changeSet([{ code: units[1], field: 'level', after: facts.level }]) });
    expect(same.json).toMatchObject({ version: start.version, unchanged: true });
    const mixed = await a.post(url('/changes'), {
      baseVersion: start.version,
      changeSet: changeSet([
        { code: units[1], field: 'level', after: facts.level },
        { code: units[1], field: 'agency', after: 'Sở Tài chính' },
      ]),
    });
    expect(mixed.json.version).toBe(start.version + 1);
    expect(mixed.json.overlay.history.at(-1).changes).toEqual([{ code: units[1], field: 'agency', after: 'Sở Tài chính' }]);
  });
});
