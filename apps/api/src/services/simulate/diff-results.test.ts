import { describe, expect, it } from 'vitest';
import { sampleResult } from '../../testing/fixtures.ts';
import { diffResults } from './diff-results.ts';

describe('diffResults', () => {
  it('reports rank moves, list entries and exits, and light changes', () => {
    const diff = diffResults(sampleResult(['J01', 'J02', 'J03'], ['J01']), sampleResult(['J03', 'J01', 'J02'], ['J03']));
    expect(diff.units.map((u) => [u.unitId, u.rankBefore, u.rankAfter, u.move])).toEqual([
      ['J03', 3, 1, 2],
      ['J01', 1, 2, -1],
      ['J02', 2, 3, -1],
    ]);
    expect(diff.lists).toEqual({ present: { entered: ['J03'], left: ['J01'] } });
    expect(diff.lights).toEqual(
      expect.arrayContaining([
        { unitId: 'J03', indicator: null, before: 'red', after: 'green' },
        { unitId: 'J02', indicator: 'K1', before: 'green', after: 'red' },
      ]),
    );
    expect(diff.lights).toHaveLength(4);
  });

  it('is empty for identical results', () => {
    const diff = diffResults(sampleResult(), sampleResult());
    expect(diff.units.every((u) => u.move === 0)).toBe(true);
    expect(diff.lists).toEqual({ present: { entered: [], left: [] } });
    expect(diff.lights).toEqual([]);
  });
});
