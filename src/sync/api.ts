/** The shared workspace's API (server/app.ts), same origin. No server (a static host): `probe` says so. */
import type { Overlay } from '../domain/overlay';
import type { ChangeSetInput } from '../domain/overlay-schema';
import type { SharedBoundaries } from '../domain/boundaries-schema';

export interface SessionUser {
  username: string;
  displayName: string;
  isAdmin: boolean;
  editorOf: string[];
}

export interface SessionInfo {
  user: SessionUser | null;
  csrf: string | null;
  anonymousRead: boolean;
}

export interface RemoteState {
  version: number;
  overlay: Overlay;
  /** Changes when the shared boundaries do (GET only). */
  boundaries?: string;
}

/** The server answered with an error status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; [k: string]: unknown },
  ) {
    super(body.error ?? `HTTP ${status}`);
  }
}

/** No answer at all (offline, server down). */
export class NetworkError extends Error {}

const url = (path: string) => `${import.meta.env.BASE_URL}api/${path}`;

async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, csrf?: string | null): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path), {
      method,
      credentials: 'same-origin',
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new NetworkError((e as Error).message);
  }
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  const data = isJson ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data ?? {});
  if (!isJson) throw new ApiError(404, { error: 'no-server' });
  return data as T;
}

/** The session, or null when this origin has no server (a static host answers with the app or a 404). */
export async function probe(): Promise<SessionInfo | null> {
  try {
    return await call<SessionInfo>('GET', 'session');
  } catch (e) {
    if (e instanceof ApiError) return null;
    throw e;
  }
}

export const login = (username: string, password: string) => call<SessionInfo>('POST', 'login', { username, password });
export const logout = (csrf: string | null) => call<{ ok: true }>('POST', 'logout', {}, csrf);
export const fetchRemote = (code: string) => call<RemoteState>('GET', `provinces/${code}`);
export const fetchVersion = (code: string) => call<{ version: number; boundaries: string }>('GET', `provinces/${code}/version`);
export const postChanges = (code: string, baseVersion: number, changeSet: ChangeSetInput, csrf: string | null) =>
  call<RemoteState>('POST', `provinces/${code}/changes`, { baseVersion, changeSet }, csrf);
export const postUndo = (code: string, baseVersion: number, id: string, csrf: string | null) =>
  call<RemoteState>('POST', `provinces/${code}/undo`, { baseVersion, id }, csrf);

/** The shared boundaries of a tier, or null when the office has none on the server. */
export async function fetchBoundaries(code: string, tier: 'district' | 'commune'): Promise<SharedBoundaries | null> {
  try {
    return await call<SharedBoundaries>('GET', `provinces/${code}/boundaries/${tier}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
export const putBoundaries = (b: SharedBoundaries, csrf: string | null) =>
  call<{ ok: true }>('PUT', `provinces/${b.provinceCode}/boundaries/${b.tier}`, b, csrf);
export const deleteBoundaries = (code: string, tier: 'district' | 'commune', csrf: string | null) =>
  call<{ ok: true }>('DELETE', `provinces/${code}/boundaries/${tier}`, {}, csrf);
