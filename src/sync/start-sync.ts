/**
 * Installs the shared workspace once (main.tsx): wraps the store's data actions (applyFacts, undo,
 * importOverlayText, resetToPlan, setBoundaries, removeBoundaries) so that they go through the server when this
 * origin has one and the user may edit, and starts polling. Without a server nothing changes.
 */
import { FACT_FIELDS, type UnitFacts } from '../domain/overlay';
import { parseOverlay } from '../domain/overlay-validate';
import { loadSetting } from '../io/storage';
import { selectT } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import * as api from './api';
import { apiMessage, boundariesFromServer, currentCode, newId, PENDING_KEY, reconnect, refresh, sendChange, showRemote } from './sync';
import { canEdit, useSyncStore, type PendingChange } from './sync-store';
/** What the data actions do now: as before (local), through the server, or nothing (read-only server data). */
function mode(): 'local' | 'server' | 'read-only' {
  const { provinceCode, session } = useSyncStore.getState();
  const code = currentCode();
  if (!code || provinceCode !== code) return 'local';
  return canEdit(session, code) ? 'server' : 'read-only';
}

declare global {
  interface Window {
    /** For tests and support: the sync state (read, or pollMs changed). */
    ntmSync?: typeof useSyncStore;
  }
}

let installed = false;

/**
 * Wraps the store's data actions and starts talking to the server, if this origin has one. `firstProbe`: the session
 * check already made (./connect.ts), else one is made here.
 */
export function startSync(firstProbe: Promise<api.SessionInfo | null> = api.probe()): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  // Tests read the sync state (or shorten the poll) through this; production builds do not carry it.
  if (import.meta.env.VITE_TEST_HOOKS === '1') window.ntmSync = useSyncStore;
  const original: Pick<AppState, 'applyFacts' | 'undo' | 'importOverlayText' | 'resetToPlan' | 'setBoundaries' | 'removeBoundaries'> = useAppStore.getState();
  const { applyFacts, undo, importOverlayText, resetToPlan, setBoundaries, removeBoundaries } = original;
  /** A boundary write to the server; its refusal said in the app's words. */
  const boundaryWrite = async (write: (csrf: string | null) => Promise<unknown>) => {
    try {
      await write(useSyncStore.getState().session?.csrf ?? null);
    } catch (e) {
      if (e instanceof api.ApiError) throw new Error(apiMessage(e), { cause: e });
      throw new Error(selectT(useAppStore.getState())('sync.status.offline'), { cause: e });
    }
  };
  const readOnly = () => {
    throw new Error(selectT(useAppStore.getState())('sync.readOnly'));
  };
  useAppStore.setState({
    async applyFacts(updates, origin, label) {
      const m = mode();
      if (m === 'local') return applyFacts(updates, origin, label);
      if (m === 'read-only') return readOnly();
      return sendChange(updates, origin === 'undo' ? 'edit' : origin, label);
    },
    async undo() {
      const m = mode();
      if (m === 'local') return undo();
      if (m === 'read-only') return readOnly();
      const code = currentCode()!;
      const { version, session, pending } = useSyncStore.getState();
      if (version === null || pending.length) throw new Error(selectT(useAppStore.getState())('sync.pendingFirst'));
      try {
        showRemote(code, await api.postUndo(code, version, newId(), session?.csrf ?? null));
      } catch (e) {
        if (e instanceof api.ApiError && e.status === 409) {
          if (e.body.error === 'stale') showRemote(code, e.body as unknown as api.RemoteState);
          throw new Error(selectT(useAppStore.getState())(e.body.error === 'stale' ? 'sync.staleUndo' : 'data.historyEmpty'), { cause: e });
        }
        throw e instanceof api.ApiError ? new Error(apiMessage(e)) : e;
      }
    },
    async importOverlayText(text) {
      const m = mode();
      if (m === 'local') return importOverlayText(text);
      const { baseModel, overlay } = useAppStore.getState();
      if (!baseModel || !overlay) return;
      const codes = new Set([...baseModel.districts, ...baseModel.communes].map((u) => u.code));
      const parsed = parseOverlay(text, baseModel.province.code, codes);
      if ('error' in parsed) {
        useAppStore.getState().setDataMessage({ kind: 'error', key: parsed.error.key, params: 'params' in parsed.error ? parsed.error.params : {} });
        return;
      }
      if (m === 'read-only') return readOnly();
      // The file replaces the data: every unit of either, every field stated (absent: removed).
      const all = new Set([...Object.keys(overlay.units), ...Object.keys(parsed.overlay.units)]);
      const updates = [...all].map((code) => ({ code, facts: Object.fromEntries(FACT_FIELDS.map((f) => [f, parsed.overlay.units[code]?.[f]])) as UnitFacts }));
      await sendChange(updates, 'import', 'JSON');
      useAppStore.getState().setDataMessage({ kind: 'ok', key: 'data.restored', params: { count: Object.keys(parsed.overlay.units).length } });
    },
    async resetToPlan() {
      const m = mode();
      if (m === 'local') return resetToPlan();
      if (m === 'read-only') return readOnly();
      const { overlay } = useAppStore.getState();
      const t = selectT(useAppStore.getState());
      if (!overlay) return;
      // On the server, a reset is one more change (it can be undone); the shared boundaries are removed too.
      const updates = Object.keys(overlay.units).map((code) => ({ code, facts: Object.fromEntries(FACT_FIELDS.map((f) => [f, undefined])) as UnitFacts }));
      if (updates.length) await sendChange(updates, 'edit', t('data.reset'));
      await useAppStore.getState().removeBoundaries('commune');
      await useAppStore.getState().removeBoundaries('district');
    },
    async setBoundaries(b) {
      const m = mode();
      if (m === 'local') return setBoundaries(b);
      if (m === 'read-only') return readOnly();
      await boundaryWrite((csrf) => api.putBoundaries(b, csrf));
      boundariesFromServer.add(`${b.provinceCode}:${b.tier}`);
      return setBoundaries(b);
    },
    async removeBoundaries(tier) {
      const m = mode();
      const code = currentCode();
      if (m === 'local' || !code) return removeBoundaries(tier);
      if (m === 'read-only') return readOnly();
      await boundaryWrite((csrf) => api.deleteBoundaries(code, tier, csrf));
      boundariesFromServer.delete(`${code}:${tier}`);
      return removeBoundaries(tier);
    },
  });

  void (async () => {
    const stored = await loadSetting(PENDING_KEY).catch(() => undefined);
    if (stored) useSyncStore.setState({ pending: JSON.parse(stored) as PendingChange[] });
    try {
      const session = await firstProbe;
      useSyncStore.setState({ server: session ? 'online' : 'none', session });
      if (!session) return;
    } catch {
      useSyncStore.setState({ server: 'offline' });
    }
    await refresh(true);
    // A province chosen: its server data. The page shown again, or back online: fresh data at once.
    useAppStore.subscribe((s, prev) => {
      if (s.baseModel !== prev.baseModel && s.baseModel) {
        useSyncStore.setState({ provinceCode: null, version: null, boundaryStamp: null });
        void refresh(true);
      }
    });
    const again = () => void (useSyncStore.getState().server === 'offline' ? reconnect() : refresh());
    window.addEventListener('online', again);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && again());
    let last = Date.now();
    window.setInterval(() => {
      if (document.visibilityState !== 'visible' || Date.now() - last < useSyncStore.getState().pollMs) return;
      last = Date.now();
      again();
    }, 1000);
  })();
}
