/** The shared workspace's API: sessions, roles per province, CSRF, validation, limits (SQLite; PostgreSQL too in CI). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../server/auth';
import { changeSet, DIALECTS, startServer, type TestServer } from './server-harness';

describe.each(DIALECTS)('server API on %s', (dialect) => {
  let s: TestServer;
  let nb: string;
  let th: string;
  let nbUnit: string;
  let thUnit: string;
  const path = (code: string) => `/api/provinces/${code}`;

  beforeAll(async () => {
    s = await startServer(dialect);
    nb = s.catalog.bySlugOrCode('ninh-binh')!.code;
    th = s.catalog.bySlugOrCode('thanh-hoa')!.code;
    nbUnit = [...s.catalog.unitCodes(nb)][1];
    thUnit = [...s.catalog.unitCodes(th)][1];
    await s.addUser('admin', 'admin-password-1', { admin: true });
    await s.addUser('nb-editor', 'nb-password-123', { editorOf: [nb], name: 'Văn phòng NTM Ninh Bình' });
    await s.addUser('viewer', 'viewer-password-1');
  });
  afterAll(() => s.close());

  it('gives logged-out visitors no office data unless the admin allows it, and refuses their writes', async () => {
    const anon = s.client();
    expect((await anon.get(path(nb))).status).toBe(401);
    const session = await anon.get('/api/session');
    expect(session.json).toMatchObject({ user: null, csrf: null, anonymousRead: false });
    const write = await anon.post(`${path(nb)}/changes`, { baseVersion: 0, changeSet: changeSet([{ code: nbUnit, field: 'level', after: 'ntm' }]) });
    expect(write.status).toBe(401);

    await s.repo.setSetting('anonymous_read', 'on');
    const read = await anon.get(path(nb));
    expect(read.status).toBe(200);
    expect(read.json.overlay).toMatchObject({ format: 'ntm-map-overlay', provinceCode: nb, units: {}, history: [] });
    expect((await anon.post(`${path(nb)}/changes`, { baseVersion: 0, changeSet: changeSet([{ code: nbUnit, field: 'level', after: 'ntm' }]) })).status).toBe(
      401,
    );
    await s.repo.setSetting('anonymous_read', 'off');
  });

  it('logs in with an HttpOnly, SameSite session cookie and refuses a wrong password', async () => {
    const c = s.client();
    expect((await c.login('nb-editor', 'wrong-password')).status).toBe(401);
    expect((await c.login('nobody', 'whatever-password')).status).toBe(401);
    const ok = await c.login('nb-editor', 'nb-password-123');
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ntm_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(ok.json.user).toEqual({ username: 'nb-editor', displayName: 'Văn phòng NTM Ninh Bình', isAdmin: false, editorOf: [nb] });
    expect((await c.get('/api/session')).json.user.username).toBe('nb-editor');
    expect((await c.get(path(nb))).status).toBe(200);
  });

  it('lets a viewer read but not write', async () => {
    const v = s.client();
    await v.login('viewer', 'viewer-password-1');
    expect((await v.get(path(th))).status).toBe(200);
    const w = await v.post(`${path(th)}/changes`, { baseVersion: 0, changeSet: changeSet([{ code: thUnit, field: 'level', after: 'ntm' }]) });
    expect(w.status).toBe(403);
    expect(w.json.error).toBe('forbidden');
    expect((await v.post(`${path(th)}/undo`, { baseVersion: 0, id: 'x' })).status).toBe(403);
  });

  it("lets Ninh Bình's editor write Ninh Bình, not Thanh Hóa; the admin writes any province", async () => {
    const e = s.client();
    await e.login('nb-editor', 'nb-password-123');
    const before = (await e.get(path(th))).json.version;
    const refused = await e.post(`${path(th)}/changes`, { baseVersion: before, changeSet: changeSet([{ code: thUnit, field: 'level', after: 'ntm' }]) });
    expect(refused.status).toBe(403);
    expect((await e.get(path(th))).json).toMatchObject({ version: before, overlay: { units: {} } });

    const base = (await e.get(path(nb))).json.version;
    const ok = await e.post(`${path(nb)}/changes`, {
      baseVersion: base,
      changeSet: changeSet([{ code: nbUnit, field: 'criteria', after: { met: 15, total: 19 } }], 'Sửa xã'),
    });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(base + 1);
    expect(ok.json.overlay.units[nbUnit]).toEqual({ criteria: { met: 15, total: 19 } });
    const last = ok.json.overlay.history.at(-1);
    expect(last).toMatchObject({
      by: 'Văn phòng NTM Ninh Bình',
      origin: 'edit',
      label: 'Sửa xã',
      changes: [{ code: nbUnit, field: 'criteria', after: { met: 15, total: 19 } }],
    });
    expect(Date.now() - Date.parse(last.at)).toBeLessThan(60_000);

    const a = s.client();
    await a.login('admin', 'admin-password-1');
    const adminWrite = await a.post(`${path(th)}/changes`, { baseVersion: before, changeSet: changeSet([{ code: thUnit, field: 'level', after: 'ntm' }]) });
    expect(adminWrite.status).toBe(200);
    expect(adminWrite.json.overlay.units[thUnit]).toEqual({ level: 'ntm' });
  });

  it('refuses writes without the CSRF token, with a wrong one, from another origin or as a form', async () => {
    const e = s.client();
    await e.login('nb-editor', 'nb-password-123');
    const base = (await e.get(path(nb))).json.version;
    const body = () => ({ baseVersion: base, changeSet: changeSet([{ code: nbUnit, field: 'agency', after: 'Sở Nông nghiệp' }]) });
    const token = e.csrf!;
    e.csrf = null;
    expect((await e.post(`${path(nb)}/changes`, body())).json.error).toBe('csrf');
    expect((await e.post(`${path(nb)}/changes`, body(), { 'x-csrf-token': 'forged' })).status).toBe(403);
    e.csrf = token;
    expect((await e.post(`${path(nb)}/changes`, body(), { origin: 'https://evil.example' })).json.error).toBe('cross-origin');
    expect((await e.post(`${path(nb)}/changes`, body(), { origin: 'null' })).json.error).toBe('cross-origin');
    expect((await e.post(`${path(nb)}/changes`, body(), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await e.post(`${path(nb)}/changes`, 'baseVersion=0', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await e.get(path(nb))).json.version).toBe(base);
    // The same request with the token goes through.
    expect((await e.post(`${path(nb)}/changes`, body(), { origin: 'http://127.0.0.1' })).status).toBe(200);
  });

  it('validates changes with the same rules as file imports', async () => {
    const e = s.client();
    await e.login('nb-editor', 'nb-password-123');
    const base = (await e.get(path(nb))).json.version;
    const send = (changes: { code: string; field: string; after?: unknown }[]) =>
      e.post(`${path(nb)}/changes`, { baseVersion: base, changeSet: changeSet(changes) });
    expect((await send([{ code: thUnit, field: 'level', after: 'ntm' }])).json).toMatchObject({ error: 'invalid', detail: { key: 'overlay.error.unit' } });
    expect((await send([{ code: nbUnit, field: 'level', after: 'gold' }])).json).toMatchObject({ error: 'invalid', detail: { key: 'overlay.error.value' } });
    expect((await send([{ code: nbUnit, field: 'criteria', after: { met: 20, total: 19 } }])).status).toBe(422);
    expect((await send([{ code: nbUnit, field: 'password', after: 'x' }])).status).toBe(422);
    expect((await e.post(`${path(nb)}/changes`, { changeSet: changeSet([{ code: nbUnit, field: 'level', after: 'ntm' }]) })).status).toBe(400);
    expect((await e.get(path(nb))).json.version).toBe(base);
  });

  it('ends the session on logout', async () => {
    const e = s.client();
    await e.login('nb-editor', 'nb-password-123');
    const cookie = e.cookie;
    expect((await e.post('/api/logout', {})).status).toBe(200);
    e.cookie = cookie; // an old cookie, replayed
    const base = (await e.get('/api/session')).json;
    expect(base.user).toBeNull();
    expect((await e.post(`${path(nb)}/changes`, { baseVersion: 0, changeSet: changeSet([{ code: nbUnit, field: 'level', after: 'ntm' }]) })).status).toBe(401);
  });
});

describe.each(DIALECTS)('server limits on %s', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(dialect, { maxBodyBytes: 64 * 1024 });
    await s.addUser('ed', 'editor-password', { admin: true });
  });
  afterAll(() => s.close());

  it('refuses request bodies over the limit', async () => {
    const e = s.client();
    await e.login('ed', 'editor-password');
    const code = s.catalog.bySlugOrCode('thanh-hoa')!.code;
    const unit = [...s.catalog.unitCodes(code)][1];
    const big = changeSet([{ code: unit, field: 'agency', after: 'x'.repeat(100 * 1024) }]);
    const r = await e.post(`/api/provinces/${code}/changes`, { baseVersion: 0, changeSet: big });
    expect(r.status).toBe(413);
    expect((await e.get(`/api/provinces/${code}`)).json.version).toBe(0);
  });

  it('rate-limits failed logins per user, even when the right password comes next', async () => {
    const c = s.client();
    for (let i = 0; i < 5; i++) expect((await c.login('ed', `wrong-${i}`)).status).toBe(401);
    const limited = await c.login('ed', 'editor-password');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets logins through again once the window has passed', () => {
    let now = 0;
    const limiter = new LoginLimiter(1000, 2, 5, () => now);
    limiter.fail('ip', 'u');
    limiter.fail('ip', 'u');
    expect(limiter.retryAfter('ip', 'u')).toBe(1);
    expect(limiter.retryAfter('ip', 'other')).toBe(0);
    now = 1001;
    expect(limiter.retryAfter('ip', 'u')).toBe(0);
  });
});

describe.each(DIALECTS)('shared boundaries on %s', (dialect) => {
  let s: TestServer;
  let nb: string;
  beforeAll(async () => {
    s = await startServer(dialect);
    nb = s.catalog.bySlugOrCode('ninh-binh')!.code;
    await s.addUser('nb-editor', 'nb-password-123', { editorOf: [nb], name: 'VP Ninh Bình' });
    await s.addUser('viewer', 'viewer-password-1');
  });
  afterAll(() => s.close());

  const square = (code: string, x: number) => ({
    type: 'Feature',
    properties: { code, name: `Xã ${code}`, districtCode: '370' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 20],
          [x + 0.01, 20],
          [x + 0.01, 20.01],
          [x, 20.01],
          [x, 20],
        ],
      ],
    },
  });
  const file = (codes: string[]) => ({
    provinceCode: nb,
    tier: 'commune',
    fileName: 'xa.geojson',
    importedAt: '2025-04-01T01:00:00.000Z',
    importedBy: 'someone else',
    features: { type: 'FeatureCollection', features: codes.map((c, i) => square(c, 105 + i * 0.02)) },
  });

  it("stores an editor's commune polygons for every viewer; viewers and other provinces' units are refused", async () => {
    const codes = [...s.catalog.unitCodes(nb)].slice(1, 4);
    const e = s.client();
    await e.login('nb-editor', 'nb-password-123');
    const v = s.client();
    await v.login('viewer', 'viewer-password-1');
    const url = `/api/provinces/${nb}/boundaries/commune`;
    expect((await v.get(url)).status).toBe(404);

    expect((await v.request('PUT', url, file(codes))).status).toBe(403);
    const th = s.catalog.bySlugOrCode('thanh-hoa')!.code;
    expect((await e.request('PUT', url, file([[...s.catalog.unitCodes(th)][1]]))).json).toMatchObject({ error: 'invalid' });
    const notPolygon = file(codes);
    (notPolygon.features.features[0] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [105, 20] };
    expect((await e.request('PUT', url, notPolygon)).status).toBe(422);
    e.csrf = 'forged';
    expect((await e.request('PUT', url, file(codes))).status).toBe(403);
    await e.login('nb-editor', 'nb-password-123');

    expect((await e.request('PUT', url, file(codes))).status).toBe(200);
    const got = await v.get(url);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ provinceCode: nb, tier: 'commune', fileName: 'xa.geojson', importedBy: 'VP Ninh Bình' });
    expect(got.json.features.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(codes);

    expect((await v.request('DELETE', url, {})).status).toBe(403);
    expect((await e.request('DELETE', url, {})).status).toBe(200);
    expect((await v.get(url)).status).toBe(404);
  });
});
