/**
 * Work for the browser's idle periods, in steps: each step runs in an idle period of its own (at most IDLE_WAIT_MS
 * after the previous one; a task later where there are no idle callbacks), so that a frame MapLibre is waiting to
 * draw is held back by one step at most. A step that returns false is not finished and runs again in the next idle
 * period (it is given the period's deadline to stop by).
 */
export type IdleStep = (deadline: { timeRemaining(): number }) => boolean | void;

const IDLE_WAIT_MS = 500;
/** Without idle callbacks (Safari): a step per task, with this long to run. */
const NO_DEADLINE = { timeRemaining: () => 8 };

/** Runs the steps in order in idle periods; returns how to cancel the ones not run yet. */
export function idleSteps(steps: readonly IdleStep[]): () => void {
  let i = 0;
  let cancel = () => undefined as void;
  const next = () => {
    if (i >= steps.length) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
      cancel = () => cancelIdleCallback(id);
    } else {
      const timer = setTimeout(() => run(NO_DEADLINE), 0);
      cancel = () => clearTimeout(timer);
    }
  };
  const run = (deadline: { timeRemaining(): number }) => {
    if (steps[i](deadline) !== false) i++;
    next();
  };
  next();
  return () => {
    i = steps.length;
    cancel();
  };
}
