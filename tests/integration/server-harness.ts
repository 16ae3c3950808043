/**
 * The server under test, in process (Hono's app.request): a fresh database per suite, SQLite always and PostgreSQL
 * too when NTM_TEST_DATABASE_URL is set (.ci/postgres.sh starts one). The PostgreSQL database is emptied first:
 * never point this variable at a database you care about.
 */
import pg from 'pg';
import { createApp, ANONYMOUS_READ } from '../../server/app';
import { hashPassword, LoginLimiter } from '../../server/auth';
import { loadCatalog, type Catalog } from '../../server/catalog';
import { openDb, type DbHandle } from '../../server/db';
import { Repo } from '../../server/repo';

export const DIALECTS: ('sqlite' | 'postgres')[] = process.env.NTM_TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

let catalog: Catalog | null = null;
export const testCatalog = () => (catalog ??= loadCatalog());

async function emptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}

export interface TestServer {
  handle: DbHandle;
  repo: Repo;
  app: ReturnType<typeof createApp>;
  catalog: Catalog;
  addUser(username: string, password: string, roles?: { admin?: boolean; editorOf?: string[]; name?: string }): Promise<void>;
  client(): TestClient;
  close(): Promise<void>;
}

export async function startServer(
  dialect: 'sqlite' | 'postgres',
  opts: { anonymousRead?: boolean; maxBodyBytes?: number; limiter?: LoginLimiter } = {},
): Promise<TestServer> {
  const url = dialect === 'postgres' ? process.env.NTM_TEST_DATABASE_URL! : undefined;
  if (url) await emptyPostgres(url);
  const handle = await openDb(url ? { databaseUrl: url } : { sqliteFile: ':memory:' });
  const repo = new Repo(handle.db);
  if (opts.anonymousRead) await repo.setSetting(ANONYMOUS_READ, 'on');
  const cat = testCatalog();
  const app = createApp({ repo, catalog: cat, maxBodyBytes: opts.maxBodyBytes, limiter: opts.limiter });
  const server: TestServer = {
    handle,
    repo,
    app,
    catalog: cat,
    async addUser(username, password, roles = {}) {
      await repo.createUser({ username, displayName: roles.name, passwordHash: await hashPassword(password), isAdmin: roles.admin });
      for (const code of roles.editorOf ?? []) await repo.grantEditor(username, code);
    },
    client: () => new TestClient(app),
    close: () => handle.close(),
  };
  return server;
}

/** One browser: keeps the session cookie and the CSRF token the server gave it. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private app: ReturnType<typeof createApp>) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (body !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await this.app.request(`http://127.0.0.1${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = /=$/.test(pair) || /Max-Age=0/i.test(setCookie) ? null : pair;
    }
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  }

  async login(username: string, password: string) {
    const r = await this.request('POST', '/api/login', { username, password });
    if (r.status === 200) this.csrf = r.json.csrf;
    return r;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
}

let counter = 0;
export const setId = () => `test-${process.pid}-${++counter}`;

/** A change set as the app sends it. */
export function changeSet(changes: { code: string; field: string; after?: unknown }[], label = 'test') {
  return { id: setId(), origin: 'edit', label, changes };
}
