/** The shared workspace's client state: the server's status, the session, the version shown, changes waiting, the merge prompt. */
import { create } from 'zustand';
import type { ChangeSet, UnitFacts } from '../domain/overlay';
import type * as api from './api';

export type ServerStatus = 'probing' | 'none' | 'online' | 'offline';

export type Updates = { code: string; facts: UnitFacts }[];

/** A change not yet on the server (made offline). */
export interface PendingChange {
  provinceCode: string;
  baseVersion: number;
  updates: Updates;
  origin: ChangeSet['origin'] & ('edit' | 'import');
  label: string;
  id: string;
}

/** A change refused as stale, waiting for the user's choice. */
export interface Conflict {
  provinceCode: string;
  updates: Updates;
  origin: 'edit' | 'import';
  label: string;
  /** The version the change was made on, and the server's now. */
  baseVersion: number;
  serverVersion: number;
  /** Who changed the data meanwhile (the server's latest change). */
  lastBy: string;
  lastAt: string;
  /** Units of the change that were changed meanwhile too. */
  overlapping: string[];
}

export interface SyncState {
  server: ServerStatus;
  session: api.SessionInfo | null;
  /** The province whose server data the app shows, and its version; null: local data shown. */
  provinceCode: string | null;
  version: number | null;
  pending: PendingChange[];
  conflict: Conflict | null;
  /** The server's boundaries of the province shown, as last pulled (changes when either tier does). */
  boundaryStamp: string | null;
  /** Poll period, ms. */
  pollMs: number;
}

export const useSyncStore = create<SyncState>(() => ({
  server: 'probing',
  session: null,
  provinceCode: null,
  version: null,
  pending: [],
  conflict: null,
  boundaryStamp: null,
  pollMs: 5000,
}));

/** May the session's user change this province's data? */
export function canEdit(session: api.SessionInfo | null, provinceCode: string | null | undefined): boolean {
  const user = session?.user;
  return !!user && !!provinceCode && (user.isAdmin || user.editorOf.includes(provinceCode));
}

/** May this browser read the server's data? */
export const canRead = (session: api.SessionInfo | null) => !!session && (!!session.user || session.anonymousRead);
