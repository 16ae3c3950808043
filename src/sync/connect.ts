/**
 * The shared workspace's first step (main.tsx, after the first view): asks this origin for a session; where a server
 * answers, or cannot be reached (an office server offline now: changes wait for it), loads the workspace's code and
 * starts it with that answer. A static host answers with the app or a 404: nothing more is loaded (issue 19).
 */
import { probe, type SessionInfo } from './api';
import { useServerPresence } from './presence';

export async function connectSync(): Promise<void> {
  const first: Promise<SessionInfo | null> = probe();
  const session = await first.catch(() => undefined);
  if (session === null) return;
  useServerPresence.setState({ present: true });
  const { startSync } = await import('./start-sync');
  startSync(first);
}
