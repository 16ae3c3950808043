/**
 * `npm start` (after the build): the shared workspace server, on 127.0.0.1:4173 by default.
 * Env: HOST, PORT, DATABASE_URL (PostgreSQL; else SQLite at NTM_DB_FILE, default var/ntm-map.sqlite),
 * NTM_STATIC_DIR (default dist), NTM_TRUST_PROXY=1 behind a reverse proxy, NTM_SECURE_COOKIES=1 behind HTTPS.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadCatalog } from './catalog';
import { dbOptionsFromEnv, openDb } from './db';
import { Repo } from './repo';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4173);
const staticDir = resolve(process.env.NTM_STATIC_DIR || 'dist');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error(`No built app in ${staticDir}: run npm run build first.`);
  process.exit(1);
}
const handle = await openDb(dbOptionsFromEnv());
const repo = new Repo(handle.db);
const app = createApp({
  repo,
  catalog: loadCatalog(resolve(staticDir, 'generated')),
  staticDir: process.env.NTM_STATIC_DIR || 'dist',
  trustProxy: process.env.NTM_TRUST_PROXY === '1',
  secureCookies: process.env.NTM_SECURE_COOKIES === '1' ? true : undefined,
});
const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  const users = repo.listUsers().then((u) => u.length);
  void users.then((n) =>
    console.log(
      `NTM Map server on http://${host}:${info.port} (${handle.dialect}${handle.dialect === 'sqlite' ? `: ${process.env.NTM_DB_FILE || 'var/ntm-map.sqlite'}` : ''}; ${n} user(s)${n ? '' : ' — create the first admin: npm run admin -- create-user <name> --admin'})`,
    ),
  );
});
const stop = () => {
  server.close();
  void handle.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
