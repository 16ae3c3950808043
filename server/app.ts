/**
 * The shared workspace's HTTP app (Hono): the built SPA and a small JSON API on the same origin.
 *
 *   GET  /api/session                     who is logged in, the CSRF token, whether anonymous viewers may read
 *   POST /api/login  {username,password}  sets the HttpOnly session cookie (rate-limited)
 *   POST /api/logout
 *   GET  /api/provinces/:code             the province's office data: {version, overlay} (viewers)
 *   GET  /api/provinces/:code/version     its version only (the apps poll this)
 *   POST /api/provinces/:code/changes     {baseVersion, changeSet} → new version, or 409 when stale (editors)
 *   POST /api/provinces/:code/undo        {baseVersion, id} → the last change reverted, as a new change (editors)
 *   GET|PUT|DELETE /api/provinces/:code/boundaries/:tier   the office's imported district/commune polygons
 *
 * Writes need the session's CSRF token in X-CSRF-Token and a same-origin request; bodies are size-limited.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parseBoundaries } from '../src/domain/boundaries-schema';
import { parseChangeSetInput } from '../src/domain/overlay-schema';
import { checkPassword, CSRF_HEADER, LoginLimiter, SESSION_COOKIE, SESSION_TTL_MS } from './auth';
import type { Catalog } from './catalog';
import type { Repo, User, WriteResult } from './repo';

export interface AppOptions {
  repo: Repo;
  catalog: Catalog;
  /** The built app (dist/); omitted: API only. */
  staticDir?: string;
  /** Secure cookies (behind HTTPS). Default: when the request came over HTTPS. */
  secureCookies?: boolean;
  /** Trust X-Forwarded-For / -Proto (behind a reverse proxy). */
  trustProxy?: boolean;
  limiter?: LoginLimiter;
  /** Request body limit for changes, bytes (8 MB). */
  maxBodyBytes?: number;
  /** Request body limit for boundaries, bytes (40 MB: a province's simplified commune polygons). */
  maxBoundaryBytes?: number;
}

export const ANONYMOUS_READ = 'anonymous_read';

type Env = { Variables: { user: User | null; csrf: string | null; token: string | null } };

/** The host of an Origin header; null for "null" or anything unparsable. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

const json = (c: Context, status: number, error: string, extra: Record<string, unknown> = {}) => c.json({ error, ...extra }, status as 400);

export function createApp(options: AppOptions): Hono<Env> {
  const { repo, catalog } = options;
  const limiter = options.limiter ?? new LoginLimiter();
  const maxBody = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const app = new Hono<Env>();

  const clientOf = (c: Context): string => {
    if (options.trustProxy) {
      const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (fwd) return fwd;
    }
    try {
      return getConnInfo(c).remote.address ?? 'local';
    } catch {
      return 'local';
    }
  };
  const isHttps = (c: Context) =>
    options.secureCookies ?? (new URL(c.req.url).protocol === 'https:' || (!!options.trustProxy && c.req.header('x-forwarded-proto') === 'https'));

  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    const session = token ? await repo.session(token) : undefined;
    c.set('token', session ? token : null);
    c.set('user', session?.user ?? null);
    c.set('csrf', session?.csrf ?? null);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Same origin only: a page elsewhere cannot post here, even with the user's cookie.
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin && hostOf(origin) !== c.req.header('host')) return json(c, 403, 'cross-origin');
      if (c.req.header('sec-fetch-site') === 'cross-site') return json(c, 403, 'cross-origin');
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return json(c, 415, 'json-only');
      // Logged in: every write carries the session's CSRF token (a header a form on another site cannot set).
      if (c.req.path !== '/api/login' && (!session || c.req.header(CSRF_HEADER) !== session.csrf))
        return json(c, session ? 403 : 401, session ? 'csrf' : 'login-required');
    }
    await next();
  });
  app.use('/api/login', bodyLimit({ maxSize: 16 * 1024, onError: (c) => json(c, 413, 'too-large') }));
  const limit = (maxSize: number) => bodyLimit({ maxSize, onError: (c) => json(c, 413, 'too-large') });
  app.use('/api/provinces/:code/changes', limit(maxBody));
  app.use('/api/provinces/:code/undo', limit(64 * 1024));
  app.use('/api/provinces/:code/boundaries/:tier', limit(options.maxBoundaryBytes ?? 40 * 1024 * 1024));

  const body = async (c: Context): Promise<Record<string, unknown> | null> => {
    try {
      const b = await c.req.json();
      return b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const anonymousRead = async () => (await repo.setting(ANONYMOUS_READ)) === 'on';
  const publicUser = (u: User | null) => (u ? { username: u.username, displayName: u.displayName, isAdmin: u.isAdmin, editorOf: u.editorOf } : null);

  app.get('/api/session', async (c) => c.json({ user: publicUser(c.get('user')), csrf: c.get('csrf'), anonymousRead: await anonymousRead() }));

  app.post('/api/login', async (c) => {
    const b = await body(c);
    const username = typeof b?.username === 'string' ? b.username.trim() : '';
    const password = typeof b?.password === 'string' ? b.password : '';
    if (!username || !password || username.length > 100 || password.length > 512) return json(c, 400, 'bad-request');
    const client = clientOf(c);
    const wait = limiter.retryAfter(client, username);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return json(c, 429, 'rate-limited', { retryAfter: wait });
    }
    const row = await repo.userRow(username);
    if (!(await checkPassword(row?.password_hash, password)) || !row) {
      limiter.fail(client, username);
      return json(c, 401, 'bad-credentials');
    }
    limiter.succeed(client, username);
    const old = c.get('token');
    if (old) await repo.deleteSession(old);
    const session = await repo.createSession(row.id, SESSION_TTL_MS);
    setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/', expires: session.expires });
    const user = await repo.user(row.id);
    return c.json({ user: publicUser(user ?? null), csrf: session.csrf, anonymousRead: await anonymousRead() });
  });

  app.post('/api/logout', async (c) => {
    const token = c.get('token');
    if (token) await repo.deleteSession(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  const province = (c: Context) => catalog.bySlugOrCode(c.req.param('code') ?? '');

  app.get('/api/provinces/:code', async (c) => {
    const p = province(c);
    if (!p) return json(c, 404, 'unknown-province');
    if (!c.get('user') && !(await anonymousRead())) return json(c, 401, 'login-required');
    const state = await repo.provinceState(p.code);
    return c.json({ version: state.version, overlay: state.overlay, boundaries: await repo.boundaryStamp(p.code) });
  });

  // Cheap, for the apps' polling: they fetch the data only when the version moved on.
  app.get('/api/provinces/:code/version', async (c) => {
    const p = province(c);
    if (!p) return json(c, 404, 'unknown-province');
    if (!c.get('user') && !(await anonymousRead())) return json(c, 401, 'login-required');
    return c.json({ version: await repo.provinceVersion(p.code), boundaries: await repo.boundaryStamp(p.code) });
  });

  /** The user may edit this province, or the reason not. */
  const editCheck = (c: Context<Env>, code: string): Response | null => {
    const user = c.get('user');
    if (!user) return json(c, 401, 'login-required');
    if (!user.isAdmin && !user.editorOf.includes(code)) return json(c, 403, 'forbidden');
    return null;
  };
  const answer = (c: Context, r: WriteResult) => {
    if (r.ok) return c.json({ version: r.state.version, overlay: r.state.overlay, duplicate: r.duplicate ?? false, unchanged: r.unchanged ?? false });
    if (r.reason === 'stale') return json(c, 409, 'stale', { version: r.state.version, overlay: r.state.overlay });
    if (r.reason === 'invalid') return json(c, 422, 'invalid', { codes: r.codes });
    return json(c, 409, 'nothing-to-undo');
  };
  const by = (user: User) => ({ id: user.id, name: user.displayName });

  app.post('/api/provinces/:code/changes', async (c) => {
    const p = province(c);
    if (!p) return json(c, 404, 'unknown-province');
    const denied = editCheck(c, p.code);
    if (denied) return denied;
    const b = await body(c);
    if (!b || !Number.isInteger(b.baseVersion)) return json(c, 400, 'bad-request');
    const parsed = parseChangeSetInput(b.changeSet, catalog.unitCodes(p.code));
    if ('error' in parsed) return json(c, 422, 'invalid', { detail: parsed.error });
    return answer(c, await repo.applyChangeSet(p.code, b.baseVersion as number, parsed.input, by(c.get('user')!)));
  });

  app.post('/api/provinces/:code/undo', async (c) => {
    const p = province(c);
    if (!p) return json(c, 404, 'unknown-province');
    const denied = editCheck(c, p.code);
    if (denied) return denied;
    const b = await body(c);
    if (!b || !Number.isInteger(b.baseVersion) || typeof b.id !== 'string' || !b.id || b.id.length > 100) return json(c, 400, 'bad-request');
    return answer(c, await repo.undo(p.code, b.baseVersion as number, b.id, by(c.get('user')!)));
  });

  const tierOf = (c: Context): 'district' | 'commune' | null => {
    const t = c.req.param('tier');
    return t === 'district' || t === 'commune' ? t : null;
  };

  app.get('/api/provinces/:code/boundaries/:tier', async (c) => {
    const p = province(c);
    const tier = tierOf(c);
    if (!p || !tier) return json(c, 404, 'not-found');
    if (!c.get('user') && !(await anonymousRead())) return json(c, 401, 'login-required');
    const b = await repo.boundaries(p.code, tier);
    return b ? c.json(b) : json(c, 404, 'no-boundaries');
  });

  app.put('/api/provinces/:code/boundaries/:tier', async (c) => {
    const p = province(c);
    const tier = tierOf(c);
    if (!p || !tier) return json(c, 404, 'not-found');
    const denied = editCheck(c, p.code);
    if (denied) return denied;
    const parsed = parseBoundaries(await body(c), p.code, tier, catalog.unitCodes(p.code));
    if ('error' in parsed) return json(c, 422, 'invalid', { detail: parsed.error });
    // Who imported them is the account, whatever the file says.
    await repo.saveBoundaries({ ...parsed.boundaries, importedBy: c.get('user')!.displayName });
    return c.json({ ok: true });
  });

  app.delete('/api/provinces/:code/boundaries/:tier', async (c) => {
    const p = province(c);
    const tier = tierOf(c);
    if (!p || !tier) return json(c, 404, 'not-found');
    const denied = editCheck(c, p.code);
    if (denied) return denied;
    await repo.deleteBoundaries(p.code, tier);
    return c.json({ ok: true });
  });

  app.all('/api/*', (c) => json(c, 404, 'not-found'));

  if (options.staticDir) {
    const root = options.staticDir;
    const indexFile = join(root, 'index.html');
    app.use('/*', serveStatic({ root }));
    // The SPA's own addresses (?province=… is on "/", but any path gets the app).
    app.get('*', (c) => (existsSync(indexFile) ? c.html(readFileSync(indexFile, 'utf8')) : c.text('Build the app first: npm run build', 404)));
  }
  return app;
}
