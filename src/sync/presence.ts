/**
 * Whether this origin has the shared workspace's server (or had one answer: an office server offline right now
 * counts), known once the first session check after the first view has answered (./connect.ts). Its own small store
 * so that the first load's code can ask without loading the workspace's code: on a static host that code is
 * never loaded (issue 19).
 */
import { create } from 'zustand';

export const useServerPresence = create<{ present: boolean }>(() => ({ present: false }));
