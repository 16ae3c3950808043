/**
 * The browser's next idle period, or `timeoutMs` at the latest; where there are no idle callbacks (Safari), after
 * `withoutIdleMs`. For low-priority work that must not hold up what the user is waiting for (a map's frame).
 */
export function whenIdle(timeoutMs: number, withoutIdleMs = 0): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, withoutIdleMs);
  });
}
