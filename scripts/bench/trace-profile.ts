/**
 * The V8 sampling profile of one thread in a Chromium trace (category disabled-by-default-v8.cpu_profiler): its
 * samples in time, each with its stack as function names ("name file:line", the build's hash left out of the file).
 * Shared by ./trace-switch.ts and ./trace-import.ts.
 */
import type { TraceEvent } from './switch-trace';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

export interface ThreadProfile {
  /** Samples in time order (trace clock, µs) and the profile node each was taken in. */
  samples: { ts: number; node: number }[];
  /** Nodes in the profile. */
  nodeCount: number;
  /** The stack of a node, innermost function first. */
  stack(node: number): string[];
}

export function threadProfile(events: TraceEvent[], pid: number, tid: number): ThreadProfile {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  let clock = 0;
  for (const e of events.filter((x) => x.name === 'Profile' && ids.has(x.id))) clock = (e.args?.data as { startTime: number }).startTime;
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && ids.has(x.id))) {
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      clock += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: clock, node });
    });
  }
  const name = (n: ProfileNode) => {
    const file =
      (n.callFrame.url ?? '')
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? '';
    return `${n.callFrame.functionName || '(anon)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`;
  };
  return {
    samples,
    nodeCount: nodes.size,
    stack(id) {
      const out: string[] = [];
      for (let n = nodes.get(id); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) out.push(name(n));
      return out;
    },
  };
}
