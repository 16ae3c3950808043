/**
 * The shared workspace's database: embedded SQLite by default (file path from NTM_DB_FILE), PostgreSQL when
 * DATABASE_URL is set. One query builder (Kysely) for both; migrations are versioned in server/migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Generated } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  is_admin: number;
  created_at: string;
}

export interface ProvinceRolesTable {
  user_id: number;
  province_code: string;
  role: 'editor';
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database gives no session. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ProvincesTable {
  code: string;
  /** Bumped by every change: a write names the version it was made on (optimistic concurrency). */
  version: number;
  /** JSON: Record<unit code, UnitFacts>. */
  units: string;
  updated_at: string;
}

export interface ChangesTable {
  id: Generated<number>;
  province_code: string;
  /** The province's version this change made. */
  version: number;
  set_id: string;
  at: string;
  by_user_id: number | null;
  by_name: string;
  origin: 'edit' | 'import' | 'undo';
  label: string;
  /** JSON: FieldChange[] (before and after of each field). */
  changes: string;
  /** For an undo: the version of the change it reverts. */
  undoes_version: number | null;
  /** 1 once an undo reverted this change. */
  undone: number;
}

export interface BoundariesTable {
  province_code: string;
  tier: 'district' | 'commune';
  file_name: string;
  imported_at: string;
  imported_by: string;
  features: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  users: UsersTable;
  province_roles: ProvinceRolesTable;
  sessions: SessionsTable;
  provinces: ProvincesTable;
  changes: ChangesTable;
  settings: SettingsTable;
  boundaries: BoundariesTable;
}

export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<DB>;
  dialect: Dialect;
  close: () => Promise<void>;
}

export interface DbOptions {
  /** postgres://… ; else SQLite. */
  databaseUrl?: string;
  /** SQLite file (":memory:" for tests). */
  sqliteFile?: string;
}

export function dbOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DbOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, sqliteFile: env.NTM_DB_FILE || 'var/ntm-map.sqlite' };
}

/** Opens the database and brings its schema up to date. */
export async function openDb(options: DbOptions): Promise<DbHandle> {
  let db: Kysely<DB>;
  let dialect: Dialect;
  if (options.databaseUrl) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the database (restart, failover) is replaced on next use; not a crash.
    pool.on('error', (e) => console.error(`PostgreSQL connection lost: ${e.message}`));
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    const file = options.sqliteFile ?? ':memory:';
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration failed${failed ? ` (${failed})` : ''}: ${(error as Error).message ?? error}`);
  }
  return { db, dialect, close: () => db.destroy() };
}
