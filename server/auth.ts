/** Passwords (argon2id), the session cookie, CSRF tokens and the login rate limit. */
import { hash, verify } from '@node-rs/argon2';

export const SESSION_COOKIE = 'ntm_session';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
export const PASSWORD_MIN = 10;

export function hashPassword(password: string): Promise<string> {
  // argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum).
  return hash(password);
}

/** A hash to check against when the user does not exist, so that the answer takes as long either way. */
let dummyHash: Promise<string> | null = null;

export async function checkPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('not a password of anyone');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `at least ${PASSWORD_MIN} characters`;
  if (password.length > 512) return 'at most 512 characters';
  return null;
}

/**
 * Failed logins per client and per client+user in a sliding window: past the limit, logins are refused (429)
 * until the window has moved on. In memory: one server process.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();
  constructor(
    readonly windowMs = 15 * 60 * 1000,
    readonly perUser = 5,
    readonly perClient = 20,
    private now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait, or 0 when a login may be tried. */
  retryAfter(client: string, username: string): number {
    const checks: [string, number][] = [
      [`c:${client}`, this.perClient],
      [`u:${client}|${username.toLowerCase()}`, this.perUser],
    ];
    let wait = 0;
    for (const [key, limit] of checks) {
      const list = this.recent(key);
      if (list.length >= limit) wait = Math.max(wait, Math.ceil((list[list.length - limit] + this.windowMs - this.now()) / 1000));
    }
    return wait;
  }

  fail(client: string, username: string): void {
    // Many names tried from many places: forget what is past the window, so that memory stays bounded.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of [`c:${client}`, `u:${client}|${username.toLowerCase()}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(client: string, username: string): void {
    this.failures.delete(`u:${client}|${username.toLowerCase()}`);
  }
}
