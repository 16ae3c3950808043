/**
 * The app and the shared workspace server. Without a server (a static host) nothing here changes the app: edits
 * stay in this browser (IndexedDB), on top of the published data. With a server, and a session (or anonymous
 * reading allowed), the office's data shown is the server's, polled for changes; an editor's changes are sent to
 * the server with the version they were made on. A stale one is not lost: the merge prompt (SyncStatus) offers to
 * apply it again on the newer data, or to drop it. Offline, an editor's changes wait in this browser and are sent
 * when the server answers again.
 *
 * Installed once (main.tsx, start-sync.ts); the client state is in sync-store.ts.
 */
import { applyChangeSet, emptyOverlay, FACT_FIELDS, makeChangeSet, type Overlay } from '../domain/overlay';
import type { ChangeSetInput } from '../domain/overlay-schema';
import { loadBoundaries, loadOverlay, saveSetting } from '../io/storage';
import { selectT } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import * as api from './api';
import { loadPublished } from './published';
import { canRead, useSyncStore, type PendingChange, type Updates } from './sync-store';

export const PENDING_KEY = 'sync:pending';
/**
 * The server's data last seen per province, for switching provinces offline. In memory only: the shared data is
 * not left in the browser after the page is closed (a logged-out visitor on a shared computer cannot read it).
 */
const lastSeen = new Map<string, api.RemoteState>();

export const currentCode = () => useAppStore.getState().baseModel?.province.code ?? null;
export const newId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Shows an overlay: the store's overlay and models, as its own actions would set them. */
function showOverlay(overlay: Overlay): void {
  const { baseModel } = useAppStore.getState();
  if (!baseModel || baseModel.province.code !== overlay.provinceCode) return;
  // The models shown follow from the overlay (selectors.ts).
  useAppStore.setState({ overlay });
}

/** The server's data, shown, cached for offline use, with the changes still waiting on top. */
export function showRemote(code: string, remote: api.RemoteState): void {
  useSyncStore.setState({ provinceCode: code, version: remote.version });
  lastSeen.set(code, remote);
  let overlay = remote.overlay;
  for (const p of useSyncStore.getState().pending.filter((x) => x.provinceCode === code)) {
    overlay = applyChangeSet(
      overlay,
      makeChangeSet(overlay, p.updates, { id: p.id, at: new Date().toISOString(), by: byName(), origin: p.origin, label: p.label }),
    );
  }
  showOverlay(overlay);
}

/** Back to this browser's own data (logged out, or no right to read the server's). */
async function showLocal(code: string): Promise<void> {
  useSyncStore.setState({ provinceCode: null, version: null, boundaryStamp: null });
  for (const tier of ['commune', 'district'] as const) {
    if (!boundariesFromServer.delete(`${code}:${tier}`)) continue;
    const own = (await loadBoundaries(code, tier).catch(() => undefined)) ?? null;
    useAppStore.setState(tier === 'commune' ? { communeBoundaries: own, newCommuneBoundaries: null } : { districtBoundaries: own });
  }
  const slug = useAppStore.getState().provinces.find((p) => p.code === code)?.slug;
  const overlay =
    (await loadOverlay(code).catch(() => undefined)) ?? (slug ? (await loadPublished(slug).catch(() => null))?.overlay : undefined) ?? emptyOverlay(code);
  showOverlay(overlay);
}

const byName = () => useSyncStore.getState().session?.user?.displayName ?? useAppStore.getState().userName.trim();

function savePending(pending: PendingChange[]): void {
  useSyncStore.setState({ pending });
  void saveSetting(PENDING_KEY, JSON.stringify(pending)).catch(() => undefined);
}

/** Fetches the province's server data when the app should show it; else shows the local data. */
export async function refresh(force = false): Promise<void> {
  const code = currentCode();
  const { session, server, provinceCode, version, conflict } = useSyncStore.getState();
  if (!code || server === 'none' || server === 'probing') return;
  if (!canRead(session)) {
    if (provinceCode === code) await showLocal(code);
    return;
  }
  try {
    if (!force && provinceCode === code && version !== null) {
      const now = await api.fetchVersion(code);
      if (now.boundaries !== useSyncStore.getState().boundaryStamp) await pullBoundaries(code, now.boundaries);
      if (now.version === version) {
        if (useSyncStore.getState().server !== 'online') useSyncStore.setState({ server: 'online' });
        await flush();
        return;
      }
    }
    const remote = await api.fetchRemote(code);
    if (currentCode() !== code) return;
    useSyncStore.setState({ server: 'online' });
    // While the user decides on a conflict, the data under the prompt stays the server's latest.
    showRemote(code, remote);
    if (remote.boundaries !== undefined && remote.boundaries !== useSyncStore.getState().boundaryStamp) await pullBoundaries(code, remote.boundaries);
    if (!conflict) await flush();
  } catch (e) {
    if (e instanceof api.NetworkError) {
      useSyncStore.setState({ server: 'offline' });
      await showCached(code);
    } else if (e instanceof api.ApiError && e.status === 401) {
      // The session ended (or anonymous reading was turned off).
      useSyncStore.setState({ session: await api.probe().catch(() => null) });
      await showLocal(code);
    }
  }
}

/** Tiers whose boundaries on screen came from the server (`code:tier`). */
export const boundariesFromServer = new Set<string>();

/** The office's shared boundaries, shown in place of this browser's; a tier removed on the server goes too. */
async function pullBoundaries(code: string, stamp: string): Promise<void> {
  const [commune, district] = await Promise.all([api.fetchBoundaries(code, 'commune'), api.fetchBoundaries(code, 'district')]);
  if (currentCode() !== code) return;
  useSyncStore.setState({ boundaryStamp: stamp });
  const patch: Partial<AppState> = {};
  for (const [tier, b] of [
    ['commune', commune],
    ['district', district],
  ] as const) {
    const key = tier === 'commune' ? 'communeBoundaries' : 'districtBoundaries';
    if (b) {
      patch[key] = b;
      boundariesFromServer.add(`${code}:${tier}`);
    } else if (boundariesFromServer.delete(`${code}:${tier}`)) patch[key] = null;
  }
  if ('communeBoundaries' in patch) patch.newCommuneBoundaries = null;
  if (Object.keys(patch).length) useAppStore.setState(patch);
}

/** Offline: the server's data as last seen in this page, with the waiting changes on top. */
async function showCached(code: string): Promise<void> {
  if (useSyncStore.getState().provinceCode === code) return; // already shown
  const cached = lastSeen.get(code);
  if (cached && canRead(useSyncStore.getState().session)) showRemote(code, cached);
}

/** Sends the changes made offline, oldest first; a stale one becomes the merge prompt. */
async function flush(): Promise<void> {
  for (;;) {
    const { pending, session, conflict } = useSyncStore.getState();
    const next = pending[0];
    if (!next || conflict) return;
    try {
      const remote = await api.postChanges(next.provinceCode, next.baseVersion, toInput(next.id, next.origin, next.label, next.updates), session?.csrf ?? null);
      savePending(useSyncStore.getState().pending.slice(1));
      if (next.provinceCode === currentCode()) showRemote(next.provinceCode, remote);
    } catch (e) {
      if (e instanceof api.ApiError && e.status === 409 && e.body.error === 'stale') {
        savePending(useSyncStore.getState().pending.slice(1));
        openConflict(next, e.body as unknown as api.RemoteState);
        return;
      }
      if (e instanceof api.ApiError && e.status === 401) {
        // The session ended meanwhile: kept until the user logs in again.
        useSyncStore.setState({ session: await api.probe().catch(() => useSyncStore.getState().session) });
        return;
      }
      if (e instanceof api.ApiError) {
        // Refused for good (rights, validation): dropped, and said.
        savePending(useSyncStore.getState().pending.slice(1));
        useAppStore.getState().setDataMessage({ kind: 'error', key: 'sync.refused', params: { label: next.label, reason: e.message } });
        continue;
      }
      useSyncStore.setState({ server: 'offline' });
      return;
    }
  }
}

/** The change set input for the server: `before` is the server's to know. */
function toInput(id: string, origin: 'edit' | 'import', label: string, updates: Updates): ChangeSetInput {
  // Every stated field is sent, changed or not here: the server records only what it changes there.
  const changes: ChangeSetInput['changes'] = [];
  for (const { code: unit, facts } of updates) {
    for (const field of FACT_FIELDS) {
      if (!(field in facts)) continue;
      const after = facts[field];
      changes.push(after === undefined ? { code: unit, field } : { code: unit, field, after });
    }
  }
  return { id, origin, label, changes };
}

let resolveConflict: ((changed: boolean) => void) | null = null;

function openConflict(
  change: { provinceCode: string; updates: Updates; origin: 'edit' | 'import'; label: string; baseVersion: number },
  remote: api.RemoteState,
): Promise<boolean> {
  showRemote(change.provinceCode, remote);
  const mine = new Set(change.updates.map((u) => u.code));
  const last = remote.overlay.history[remote.overlay.history.length - 1];
  // The server's changes the user had not seen: those after the version the change was made on.
  const unseen = remote.overlay.history.slice(Math.max(0, remote.overlay.history.length - (remote.version - change.baseVersion)));
  const overlapping = [...new Set(unseen.flatMap((s) => s.changes.map((c) => c.code)).filter((c) => mine.has(c)))];
  useSyncStore.setState({
    conflict: { ...change, serverVersion: remote.version, lastBy: last?.by ?? '', lastAt: last?.at ?? '', overlapping },
  });
  return new Promise((resolve) => {
    resolveConflict = resolve;
  });
}

/** The user's answer to the merge prompt: apply the change again on the server's newer data, or drop it. */
export async function settleConflict(choice: 'reapply' | 'discard'): Promise<void> {
  const conflict = useSyncStore.getState().conflict;
  const resolve = resolveConflict;
  resolveConflict = null;
  useSyncStore.setState({ conflict: null });
  if (!conflict) return;
  let changed = false;
  if (choice === 'reapply') changed = await sendChange(conflict.updates, conflict.origin, conflict.label);
  resolve?.(changed);
  await flush();
}

/** An editor's change, to the server (or queued offline). Resolves when it is recorded, or the conflict settled. */
export async function sendChange(updates: Updates, origin: 'edit' | 'import', label: string): Promise<boolean> {
  const code = currentCode()!;
  const { overlay } = useAppStore.getState();
  const { version, session } = useSyncStore.getState();
  if (!overlay || version === null) return false;
  const id = newId();
  const local = makeChangeSet(overlay, updates, { id, at: new Date().toISOString(), by: byName(), origin, label });
  if (local.changes.length === 0) return false;
  const waiting = useSyncStore.getState().pending.filter((p) => p.provinceCode === code);
  const baseVersion = version + waiting.length;
  if (waiting.length === 0 && useSyncStore.getState().server !== 'offline') {
    try {
      // Only what changes here (the server drops what is already so there, too).
      const changed = local.changes.map(({ code: unit, field, after }) => (after === undefined ? { code: unit, field } : { code: unit, field, after }));
      const remote = await api.postChanges(code, version, { id, origin, label, changes: changed }, session?.csrf ?? null);
      showRemote(code, remote);
      return true;
    } catch (e) {
      if (e instanceof api.ApiError && e.status === 409 && e.body.error === 'stale') {
        return openConflict({ provinceCode: code, updates, origin, label, baseVersion: version }, e.body as unknown as api.RemoteState);
      }
      if (e instanceof api.ApiError) throw new Error(apiMessage(e), { cause: e });
      useSyncStore.setState({ server: 'offline' });
    }
  }
  // Offline: kept here, shown at once, sent when the server answers again.
  savePending([...useSyncStore.getState().pending, { provinceCode: code, baseVersion, updates, origin, label, id }]);
  showOverlay(applyChangeSet(overlay, local));
  return true;
}

export function apiMessage(e: api.ApiError): string {
  const t = selectT(useAppStore.getState());
  if (e.status === 401) return t('sync.loginRequired');
  if (e.status === 403) return t('sync.readOnly');
  if (e.status === 413) return t('sync.tooLarge');
  if (e.status === 422) return t('sync.invalid');
  return e.message;
}

/** The server answers again: its session (it may have ended meanwhile), then the data. */
export async function reconnect(): Promise<void> {
  try {
    const session = await api.probe();
    if (!session) return;
    useSyncStore.setState({ server: 'online', session });
    await refresh(true);
  } catch {
    // still offline
  }
}

export async function logIn(username: string, password: string): Promise<void> {
  const session = await api.login(username, password);
  useSyncStore.setState({ session, server: 'online' });
  if (session.user) useAppStore.getState().setUserName(session.user.displayName);
  await refresh(true);
}

export async function logOut(): Promise<void> {
  lastSeen.clear();
  await api.logout(useSyncStore.getState().session?.csrf ?? null).catch(() => undefined);
  const session = await api.probe().catch(() => null);
  useSyncStore.setState({ session });
  const code = currentCode();
  if (code && !canRead(session)) await showLocal(code);
  else await refresh(true);
}
