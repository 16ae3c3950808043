import { describe, expect, it } from 'vitest';
import { switchWork, type TraceEvent } from '../../scripts/bench/switch-trace';

const MAIN = { pid: 1, tid: 1 };
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts, ...MAIN });
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur: ms * 1000,
  pid: 1,
  tid,
});
const slice = (name: string, ts: number, ms: number): TraceEvent => ({ name, cat: 'gpu', ph: 'X', ts, dur: ms * 1000, ...MAIN });

describe('a view switch read from a trace (scripts/bench/switch-trace)', () => {
  // Switch 0 from 100 ms to 400 ms: the click's task began before the mark; a frame of 150 ms, 130 of them waiting
  // for the canvas read-back; a task after the switch and one on another thread do not count.
  const events: TraceEvent[] = [
    task(90_000, 20),
    mark('switch:0', 100_000),
    task(200_000, 150),
    slice('GLES2::ReadPixels', 215_000, 130),
    mark('switch-settled:0', 400_000),
    task(500_000, 80),
    task(250_000, 300, 2),
    mark('switch:1', 600_000),
    task(610_000, 60),
    mark('switch-settled:1', 700_000),
  ];

  it('gives the longest task with its read-back wait, and the own work less every wait', () => {
    const [first, second] = switchWork(events);
    expect(first).toEqual({ longest: 150, longestReadback: 130, own: 40, ownLongest: 20, readback: 130, tasks: 2 });
    expect(second).toEqual({ longest: 60, longestReadback: 0, own: 60, ownLongest: 60, readback: 0, tasks: 1 });
  });

  it('counts a task once when its RunTask nests in another', () => {
    const nested = [...events, { ...task(200_000, 150), name: 'RunTask', cat: 'disabled-by-default-devtools.timeline' }];
    expect(switchWork(nested)[0].own).toBe(40);
  });

  it('refuses a trace without switch marks', () => {
    expect(() => switchWork([task(0, 10)])).toThrow(/no switch marks/);
  });
});
