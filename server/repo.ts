/**
 * What the server stores, over Kysely (SQLite or PostgreSQL alike): users and roles, sessions, and per province the
 * current facts with a version and every change (who, when, what). A write names the version it was made on; a
 * stale one is refused, never merged silently.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { OVERLAY_FORMAT, OVERLAY_VERSION, type ChangeSet, type FieldChange, type Overlay, type UnitFacts } from '../src/domain/overlay';
import { applyChanges, invalidUnits, type ChangeSetInput } from '../src/domain/overlay-schema';
import type { SharedBoundaries } from '../src/domain/boundaries-schema';
import type { DB } from './db';

export interface User {
  id: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
  /** Province codes the user may edit (all, for an admin). */
  editorOf: string[];
}

export type { SharedBoundaries };

export interface ProvinceState {
  version: number;
  overlay: Overlay;
}

export type WriteResult =
  | { ok: true; state: ProvinceState; duplicate?: boolean; unchanged?: boolean }
  | { ok: false; reason: 'stale'; state: ProvinceState }
  | { ok: false; reason: 'invalid'; codes: string[] }
  | { ok: false; reason: 'nothing-to-undo' };

const nowIso = () => new Date().toISOString();
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export class Repo {
  constructor(readonly db: Kysely<DB>) {}

  // ---- users and roles

  async createUser(u: { username: string; displayName?: string; passwordHash: string; isAdmin?: boolean }): Promise<number> {
    const row = await this.db
      .insertInto('users')
      .values({
        username: u.username,
        display_name: u.displayName || u.username,
        password_hash: u.passwordHash,
        is_admin: u.isAdmin ? 1 : 0,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async userRow(username: string) {
    return this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    const r = await this.db.updateTable('users').set({ password_hash: passwordHash }).where('username', '=', username).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    // A new password ends every session of the user.
    const user = await this.userRow(username);
    await this.db.deleteFrom('sessions').where('user_id', '=', user!.id).execute();
    return true;
  }

  async setAdmin(username: string, isAdmin: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('users')
      .set({ is_admin: isAdmin ? 1 : 0 })
      .where('username', '=', username)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async grantEditor(username: string, provinceCode: string): Promise<boolean> {
    const user = await this.userRow(username);
    if (!user) return false;
    await this.db
      .insertInto('province_roles')
      .values({ user_id: user.id, province_code: provinceCode, role: 'editor' })
      .onConflict((oc) => oc.columns(['user_id', 'province_code']).doNothing())
      .execute();
    return true;
  }

  async revokeEditor(username: string, provinceCode: string): Promise<boolean> {
    const user = await this.userRow(username);
    if (!user) return false;
    await this.db.deleteFrom('province_roles').where('user_id', '=', user.id).where('province_code', '=', provinceCode).execute();
    return true;
  }

  async deleteUser(username: string): Promise<boolean> {
    const r = await this.db.deleteFrom('users').where('username', '=', username).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async user(id: number): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const roles = await this.db.selectFrom('province_roles').select('province_code').where('user_id', '=', id).where('role', '=', 'editor').execute();
    return { id: row.id, username: row.username, displayName: row.display_name, isAdmin: !!row.is_admin, editorOf: roles.map((r) => r.province_code).sort() };
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').select('id').orderBy('username').execute();
    return (await Promise.all(rows.map((r) => this.user(r.id)))).filter((u): u is User => !!u);
  }

  // ---- sessions

  async createSession(userId: number, ttlMs: number): Promise<{ token: string; csrf: string; expires: Date }> {
    const token = newToken();
    const csrf = newToken();
    const expires = new Date(Date.now() + ttlMs);
    await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).execute();
    await this.db
      .insertInto('sessions')
      .values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrf, created_at: nowIso(), expires_at: expires.toISOString() })
      .execute();
    return { token, csrf, expires };
  }

  async session(token: string): Promise<{ user: User; csrf: string } | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at <= nowIso()) {
      await this.deleteSession(token);
      return undefined;
    }
    const user = await this.user(row.user_id);
    return user ? { user, csrf: row.csrf_token } : undefined;
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  }

  // ---- settings

  async setting(key: string): Promise<string | undefined> {
    return (await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  // ---- provinces' data

  async provinceState(code: string, db: Kysely<DB> = this.db): Promise<ProvinceState> {
    const row = await db.selectFrom('provinces').selectAll().where('code', '=', code).executeTakeFirst();
    const changes = await db.selectFrom('changes').selectAll().where('province_code', '=', code).orderBy('version').execute();
    const history: ChangeSet[] = changes.map((c) => ({
      id: c.set_id,
      at: c.at,
      by: c.by_name,
      origin: c.origin,
      label: c.label,
      changes: JSON.parse(c.changes) as FieldChange[],
    }));
    const units = row ? (JSON.parse(row.units) as Record<string, UnitFacts>) : {};
    return { version: row?.version ?? 0, overlay: { format: OVERLAY_FORMAT, version: OVERLAY_VERSION, provinceCode: code, units, history } };
  }

  /** Records a change set made on `baseVersion`; refused if the province has moved on since. */
  async applyChangeSet(code: string, baseVersion: number, input: ChangeSetInput, by: { id: number | null; name: string }): Promise<WriteResult> {
    return this.write(code, baseVersion, input.id, async (_trx, current) => {
      // Fields stated with the value they already have are not changes.
      const changes: FieldChange[] = input.changes
        .map((c) => ({ code: c.code, field: c.field, before: current[c.code]?.[c.field], after: c.after }))
        .filter((c) => JSON.stringify(c.before ?? null) !== JSON.stringify(c.after ?? null) || (c.before === undefined) !== (c.after === undefined));
      if (changes.length === 0) return { unchanged: true };
      return { set: { id: input.id, origin: input.origin, label: input.label, changes }, by };
    });
  }

  /** Reverts the latest change not yet reverted, as a new change. */
  async undo(code: string, baseVersion: number, setId: string, by: { id: number | null; name: string }): Promise<WriteResult> {
    return this.write(code, baseVersion, setId, async (trx, current) => {
      const target = await trx
        .selectFrom('changes')
        .selectAll()
        .where('province_code', '=', code)
        .where('origin', '!=', 'undo')
        .where('undone', '=', 0)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!target) return { nothing: true };
      const reverted = (JSON.parse(target.changes) as FieldChange[]).reverse();
      const changes: FieldChange[] = reverted.map((c) => ({ code: c.code, field: c.field, before: current[c.code]?.[c.field], after: c.before }));
      await trx.updateTable('changes').set({ undone: 1 }).where('id', '=', target.id).execute();
      // The history shows it as an undo of that change, in any language.
      return { set: { id: setId, origin: 'undo' as const, label: `↶ ${target.label}`, changes }, by, undoes: target.version };
    });
  }

  /** Replaces a province's data and history wholesale (restore from a backup); the version moves on. */
  async restore(code: string, overlay: Overlay): Promise<ProvinceState> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('provinces').select('version').where('code', '=', code).executeTakeFirst();
      // Versions move on past the old ones: an app holding an older version is told its data is stale.
      let version = (row?.version ?? 0) + 1;
      await trx.deleteFrom('changes').where('province_code', '=', code).execute();
      for (const s of overlay.history) {
        await trx
          .insertInto('changes')
          .values({
            province_code: code,
            version: version++,
            set_id: s.id,
            at: s.at,
            by_user_id: null,
            by_name: s.by,
            origin: s.origin,
            label: s.label,
            changes: JSON.stringify(s.changes),
            undoes_version: null,
            undone: 0,
          })
          .execute();
      }
      const units = JSON.stringify(overlay.units);
      if (row) await trx.updateTable('provinces').set({ version, units, updated_at: nowIso() }).where('code', '=', code).execute();
      else await trx.insertInto('provinces').values({ code, version, units, updated_at: nowIso() }).execute();
    });
    return this.provinceState(code);
  }

  // ---- boundaries (the last import of each tier; no history)

  async boundaries(code: string, tier: 'district' | 'commune'): Promise<SharedBoundaries | undefined> {
    const row = await this.db.selectFrom('boundaries').selectAll().where('province_code', '=', code).where('tier', '=', tier).executeTakeFirst();
    return (
      row && { provinceCode: code, tier, fileName: row.file_name, importedAt: row.imported_at, importedBy: row.imported_by, features: JSON.parse(row.features) }
    );
  }

  async saveBoundaries(b: SharedBoundaries): Promise<void> {
    // Stamped with the time it reached the server: a file imported again with the same date still shows as new.
    const values = { file_name: b.fileName, imported_at: new Date().toISOString(), imported_by: b.importedBy, features: JSON.stringify(b.features) };
    await this.db
      .insertInto('boundaries')
      .values({ province_code: b.provinceCode, tier: b.tier, ...values })
      .onConflict((oc) => oc.columns(['province_code', 'tier']).doUpdateSet(values))
      .execute();
  }

  async deleteBoundaries(code: string, tier: 'district' | 'commune'): Promise<void> {
    await this.db.deleteFrom('boundaries').where('province_code', '=', code).where('tier', '=', tier).execute();
  }

  /** Changes when either tier's boundaries are replaced or removed (the apps poll it with the version). */
  async boundaryStamp(code: string): Promise<string> {
    const rows = await this.db.selectFrom('boundaries').select(['tier', 'imported_at']).where('province_code', '=', code).orderBy('tier').execute();
    return rows.map((r) => `${r.tier}:${r.imported_at}`).join('|');
  }

  async provinceVersion(code: string): Promise<number> {
    return (await this.db.selectFrom('provinces').select('version').where('code', '=', code).executeTakeFirst())?.version ?? 0;
  }

  async provinceCodes(): Promise<string[]> {
    const rows = await this.db.selectFrom('provinces').select('code').orderBy('code').execute();
    return rows.map((r) => r.code);
  }

  private async write(
    code: string,
    baseVersion: number,
    setId: string,
    build: (
      trx: Kysely<DB>,
      current: Record<string, UnitFacts>,
    ) => Promise<{ nothing: true } | { unchanged: true } | { set: Omit<ChangeSet, 'at' | 'by'>; by: { id: number | null; name: string }; undoes?: number }>,
  ): Promise<WriteResult> {
    type Outcome =
      { kind: 'done' } | { kind: 'stale' } | { kind: 'duplicate' } | { kind: 'unchanged' } | { kind: 'nothing' } | { kind: 'invalid'; codes: string[] };
    let outcome: Outcome;
    try {
      outcome = await this.db.transaction().execute(async (trx): Promise<Outcome> => {
        await trx
          .insertInto('provinces')
          .values({ code, version: 0, units: '{}', updated_at: nowIso() })
          .onConflict((oc) => oc.column('code').doNothing())
          .execute();
        const row = await trx.selectFrom('provinces').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
        // The same change sent again (a retry after a lost answer): recorded once.
        const known = await trx.selectFrom('changes').select('version').where('province_code', '=', code).where('set_id', '=', setId).executeTakeFirst();
        if (known) return { kind: 'duplicate' };
        if (row.version !== baseVersion) return { kind: 'stale' };
        const current = JSON.parse(row.units) as Record<string, UnitFacts>;
        const built = await build(trx, current);
        if ('nothing' in built) return { kind: 'nothing' };
        if ('unchanged' in built) return { kind: 'unchanged' };
        const next = applyChanges(current, built.set.changes);
        const invalid = invalidUnits(
          next,
          built.set.changes.map((c) => c.code),
        );
        if (invalid.length) throw new Rollback({ kind: 'invalid', codes: invalid });
        const version = baseVersion + 1;
        const at = nowIso();
        // Only if nobody wrote in between (a concurrent writer waits here, then finds the version moved on).
        const updated = await trx
          .updateTable('provinces')
          .set({ version, units: JSON.stringify(next), updated_at: at })
          .where('code', '=', code)
          .where('version', '=', baseVersion)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new Rollback({ kind: 'stale' });
        await trx
          .insertInto('changes')
          .values({
            province_code: code,
            version,
            set_id: built.set.id,
            at,
            by_user_id: built.by.id,
            by_name: built.by.name,
            origin: built.set.origin,
            label: built.set.label,
            changes: JSON.stringify(built.set.changes),
            undoes_version: built.undoes ?? null,
            undone: 0,
          })
          .execute();
        return { kind: 'done' };
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
      outcome = e.outcome as Outcome;
    }
    if (outcome.kind === 'invalid') return { ok: false, reason: 'invalid', codes: outcome.codes };
    if (outcome.kind === 'nothing') return { ok: false, reason: 'nothing-to-undo' };
    const state = await this.provinceState(code);
    if (outcome.kind === 'stale') return { ok: false, reason: 'stale', state };
    return { ok: true, state, ...(outcome.kind === 'duplicate' ? { duplicate: true } : {}), ...(outcome.kind === 'unchanged' ? { unchanged: true } : {}) };
  }
}

/** Thrown inside a transaction to undo its writes and report why. */
class Rollback extends Error {
  constructor(readonly outcome: { kind: string; codes?: string[] }) {
    super(outcome.kind);
  }
}
