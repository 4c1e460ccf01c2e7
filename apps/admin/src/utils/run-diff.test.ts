import { describe, expect, it } from 'vitest';
import { makeResult, makeUnit } from '@kaoping/report/testing';
import { diffRuns, hasChanges } from './run-diff.ts';

describe('diffRuns', () => {
  const before = makeResult([makeUnit('A', 1, '90'), makeUnit('B', 2, '80'), makeUnit('C', 3, '70')], { statement: ['C'] });

  it('reports rank moves and list entries/exits', () => {
    const after = makeResult([makeUnit('B', 1, '95'), makeUnit('A', 2, '90'), makeUnit('C', 3, '70')], { statement: ['A', 'C'] });
    const [g] = diffRuns(before, after);
    expect(g?.units.map((u) => [u.unitId, u.move])).toEqual([['B', 1], ['A', -1], ['C', 0]]);
    expect(g?.lists).toEqual([{ listId: 'statement', name: '表态发言', entered: ['单位A'], left: [], before: ['单位C'], after: ['单位A', '单位C'] }]);
    expect(hasChanges(diffRuns(before, after))).toBe(true);
  });

  it('names the members a list loses, even a unit gone from the group', () => {
    const after = makeResult([makeUnit('A', 1, '90'), makeUnit('B', 2, '80')], { statement: ['B'] });
    expect(diffRuns(before, after)[0]?.lists).toEqual([{ listId: 'statement', name: '表态发言', entered: ['单位B'], left: ['单位C'], before: ['单位C'], after: ['单位B'] }]);
  });

  it('gives null moves for unranked units and finds no change against itself', () => {
    const after = makeResult([makeUnit('A', null, '90'), makeUnit('B', 1, '80'), makeUnit('C', 2, '70')], { statement: ['C'] });
    expect(diffRuns(before, after)[0]?.units[0]?.move).toBeNull();
    expect(hasChanges(diffRuns(before, before))).toBe(false);
  });
});
