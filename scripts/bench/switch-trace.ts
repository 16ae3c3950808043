/**
 * What a view switch costs the page's main thread, from a Chromium trace of the switches (./switch-plan marks each
 * one "switch:<n>" … "switch-settled:<n>").
 *
 * Without a GPU (software compositing, WebGL on SwiftShader) every frame that shows a new map image ends with the
 * compositor reading the WebGL canvas back (GLES2::ReadPixels in the frame's commit): the main thread waits there
 * until the GPU process has executed the frame's WebGL commands and copied the pixels. That wait is the bulk of
 * such a frame's task, on the app and on the bare MapLibre page alike. A switch's own work is the main thread's
 * time in the tasks that ran during it, less that wait: script (the app's and MapLibre's), style, layout, paint.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** The trace categories the figures need (light: no sampling profiler). */
export const SWITCH_TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', 'gpu', 'cc'];

export interface SwitchWork {
  /** ms: the longest main-thread task that ran during the switch. */
  longest: number;
  /** ms: the canvas read-back wait inside that task. */
  longestReadback: number;
  /** ms: every task of the switch, less its read-back waits (the switch's own main-thread work). */
  own: number;
  /** ms: the longest task less its read-back wait. */
  ownLongest: number;
  /** ms: all the read-back waits of the switch. */
  readback: number;
  tasks: number;
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const isMark = (e: TraceEvent, prefix: string) => e.name.startsWith(prefix) && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'i');

/** The outermost tasks of one thread (a RunTask nests in a ThreadControllerImpl::RunTask), by start. */
export function outerTasks(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  const candidates = events
    .filter((x) => x.pid === pid && x.tid === tid && x.ph === 'X' && (x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of candidates) {
    const last = out[out.length - 1];
    if (!last || e.ts >= end(last)) out.push(e);
  }
  return out;
}

/** Per switch (in order): its tasks' figures. Throws when the trace has no switch marks. */
export function switchWork(events: TraceEvent[]): SwitchWork[] {
  const first = events.find((e) => isMark(e, 'switch:'));
  if (!first) throw new Error('no switch marks in the trace');
  const { pid, tid } = first;
  const markAt = (name: string) => events.find((e) => e.pid === pid && e.name === name && isMark(e, name))?.ts;
  const tasks = outerTasks(events, pid, tid);
  const readbacks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'GLES2::ReadPixels');
  const waitIn = (t: TraceEvent) => readbacks.filter((r) => r.ts >= t.ts && end(r) <= end(t)).reduce((sum, r) => sum + (r.dur ?? 0), 0);
  const out: SwitchWork[] = [];
  for (let n = 0; ; n++) {
    const from = markAt(`switch:${n}`);
    const to = markAt(`switch-settled:${n}`);
    if (from === undefined || to === undefined) break;
    // Every task overlapping the switch: the one that ran the click began just before its mark.
    const mine = tasks.filter((t) => end(t) >= from && t.ts <= to);
    const longest = mine.reduce<TraceEvent | null>((a, t) => (!a || (t.dur ?? 0) > (a.dur ?? 0) ? t : a), null);
    const ms = (us: number) => us / 1000;
    out.push({
      longest: ms(longest?.dur ?? 0),
      longestReadback: ms(longest ? waitIn(longest) : 0),
      own: ms(mine.reduce((sum, t) => sum + (t.dur ?? 0) - waitIn(t), 0)),
      ownLongest: ms(Math.max(0, ...mine.map((t) => (t.dur ?? 0) - waitIn(t)))),
      readback: ms(mine.reduce((sum, t) => sum + waitIn(t), 0)),
      tasks: mine.length,
    });
  }
  return out;
}
