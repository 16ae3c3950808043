/** The import-cycle check of `npm run lint` (scripts/check-cycles.ts). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, runtimeImports } from '../../scripts/check-cycles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('import cycles', () => {
  it('finds a cycle and reports its path', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('leaves type-only imports and packages out (they leave no edge at run time)', () => {
    const from = join(root, 'src/state/example.ts');
    const text = [
      "import type { AppState } from './types';",
      "import { create } from 'zustand';",
      "import { selectT } from './selectors';",
      "export type { Tier } from './types';",
      "export { todayIso } from './defaults';",
    ].join('\n');
    expect(runtimeImports(from, text)).toEqual([join(root, 'src/state/selectors.ts'), join(root, 'src/state/defaults.ts')]);
  });
});
