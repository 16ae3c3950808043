/**
 * "After the first view": resolved once the map is idle with its first view painted (or after a while if there is
 * no map: an error, a slow machine), then at the browser's next idle period. What the first view does not need
 * (the service worker's registration, the shared server's session check) waits for it, so it neither competes
 * with the first load nor adds to its transfer (issue 19).
 */
import { whenIdle } from '../state/when-idle';

let markIdle: () => void = () => {};
const mapIdle = new Promise<void>((resolve) => (markIdle = resolve));

/** Called by the map (MapCanvas) at its first 'idle' once a view is painted. */
export function firstViewIdle(): void {
  markIdle();
}

/** The longest wait for the map, ms: the deferred work starts anyway then. */
const FALLBACK_MS = 15_000;

let after: Promise<void> | null = null;

/** Resolves after the map's first idle view and then the browser's next idle period. */
export function afterFirstView(): Promise<void> {
  after ??= Promise.race([mapIdle, new Promise<void>((resolve) => setTimeout(resolve, FALLBACK_MS))]).then(() => whenIdle(2000));
  return after;
}
