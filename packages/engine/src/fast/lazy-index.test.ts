import { Dataset } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { indexData } from '../evaluate/data-index.ts';
import { indexColumns } from './columns.ts';
import { blockView, lazyIndex } from './lazy-index.ts';

describe('lazy index', () => {
  it('gives every unit the records the exact index gives it, in the same order, whatever the order of reading', () => {
    const r = rng(20261206);
    for (let k = 0; k < 30; k++) {
      const cp = compilePack(randomPack(r, k));
      const data = Dataset.parse(randomData(r, cp.pack));
      const cols = indexColumns(cp.pack, data);
      if (cols === null) continue;
      const full = indexData(cp.pack, data);
      // A cache of 2 units: most reads rebuild a unit's records.
      const lazy = lazyIndex(cp.pack, data, cols, 2);
      expect(lazy.units).toEqual(full.units);
      expect(lazy.groupUnits).toEqual(full.groupUnits);
      for (const u of [...full.units.keys()].reverse().concat([...full.units.keys()])) {
        expect(lazy.targets[u]).toEqual(full.targets[u]);
        expect([...lazy.reports[u]!.keys()]).toEqual([...full.reports[u]!.keys()]);
        expect(lazy.reports[u]).toEqual(full.reports[u]);
        expect(lazy.events[u]).toEqual(full.events[u]);
        expect(lazy.projects[u]).toEqual(full.projects[u]);
      }
    }
  });

  it('shows a state for a few units every unit by number but a unit list of length 0 (its memo is sized by it)', () => {
    const cp = compilePack(randomPack(rng(1), 0));
    const data = Dataset.parse(randomData(rng(2), cp.pack));
    const cols = indexColumns(cp.pack, data)!;
    const view = blockView(lazyIndex(cp.pack, data, cols));
    expect(view.units.length).toBe(0);
    expect(view.units[data.units.length - 1]?.id).toBe(data.units[data.units.length - 1]?.id);
  });
});
