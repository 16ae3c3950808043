/** Work in idle periods, step by step (src/map/idle-steps.ts; here without idle callbacks: a step per task). */
import { describe, expect, it } from 'vitest';
import { idleSteps } from '../../src/map/idle-steps';

const tasks = (n: number) => new Promise<void>((done) => setTimeout(done, n));

describe('idleSteps', () => {
  it('runs one step per period, in order, a step again until it says it is done', async () => {
    const log: string[] = [];
    let left = 2;
    idleSteps([() => void log.push('a'), () => (log.push('b'), --left === 0), () => void log.push('c')]);
    expect(log).toEqual([]);
    await tasks(0);
    expect(log).toEqual(['a']);
    await tasks(20);
    expect(log).toEqual(['a', 'b', 'b', 'c']);
  });

  it('runs nothing more once cancelled', async () => {
    const log: string[] = [];
    const cancel = idleSteps([() => void log.push('a'), () => void log.push('b')]);
    await tasks(0);
    cancel();
    await tasks(20);
    expect(log).toEqual(['a']);
  });
});
