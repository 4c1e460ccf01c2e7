import { describe, expect, it } from 'vitest';
import type { IndicatorResult, LightId } from '@kaoping/contracts';
import { makeResult, makeUnit } from './testing/make-pack.ts';
import { diffResults, hasChanges } from './result-diff.ts';

const ind = (light: LightId | null): IndicatorResult => ({
  actual: '1',
  target: '1',
  weight: '25',
  applicable: true,
  plan: null,
  completion: '1',
  score: null,
  done: null,
  light,
  lightBase: light,
  lightReason: null,
  facts: {},
  exact: {},
});

describe('diffResults', () => {
  const before = makeResult([makeUnit('A', 1, '90'), makeUnit('B', 2, '80'), makeUnit('C', 3, '70')], { statement: ['C'] });

  it('reports rank moves, totals and list entries with the members on each side', () => {
    const after = makeResult([makeUnit('B', 1, '95'), makeUnit('A', 2, '90'), makeUnit('C', 3, '70')], { statement: ['A', 'C'] });
    const [g] = diffResults(before, after).groups;
    expect(g?.units.map((u) => [u.unitId, u.rankBefore, u.rankAfter, u.move, u.totalBefore, u.totalAfter])).toEqual([
      ['B', 2, 1, 1, '80', '95'],
      ['A', 1, 2, -1, '90', '90'],
      ['C', 3, 3, 0, '70', '70'],
    ]);
    expect(g?.lists).toEqual([
      {
        listId: 'statement',
        name: '表态发言',
        entered: ['A'],
        left: [],
        before: [{ unitId: 'C', name: '单位C' }],
        after: [
          { unitId: 'A', name: '单位A' },
          { unitId: 'C', name: '单位C' },
        ],
      },
    ]);
    expect(hasChanges(diffResults(before, after))).toBe(true);
  });

  it('names the members a list loses, and keeps a unit gone from the group with empty after-fields', () => {
    const after = makeResult([makeUnit('A', 1, '90'), makeUnit('B', 2, '80')], { statement: ['B'] });
    const [g] = diffResults(before, after).groups;
    expect(g?.lists[0]).toMatchObject({ entered: ['B'], left: ['C'], before: [{ unitId: 'C', name: '单位C' }] });
    expect(g?.units.at(-1)).toMatchObject({ unitId: 'C', rankBefore: 3, rankAfter: null, move: null, totalAfter: null, lightChanges: [] });
  });

  it('gives null moves for unranked units and finds no change against itself', () => {
    const after = makeResult([makeUnit('A', null, '90'), makeUnit('B', 1, '80'), makeUnit('C', 2, '70')], { statement: ['C'] });
    expect(diffResults(before, after).groups[0]?.units[0]?.move).toBeNull();
    expect(hasChanges(diffResults(before, before))).toBe(false);
  });

  it('reports each indicator light change and the unit light, before and after', () => {
    const b = makeResult([makeUnit('A', null, '0', { total: null, light: 'green', indicators: { L1: ind('yellow'), L2: ind('green') } })]);
    const a = makeResult([makeUnit('A', null, '0', { total: null, light: 'red', indicators: { L1: ind('red'), L2: ind('green') } })]);
    const u = diffResults(b, a).groups[0]?.units[0];
    expect(u).toMatchObject({ lightBefore: 'green', lightAfter: 'red', lightChanges: [{ indicator: 'L1', before: 'yellow', after: 'red' }] });
    const lightOnly = makeResult([makeUnit('A', null, '0', { total: null, light: 'red', indicators: { L1: ind('yellow'), L2: ind('green') } })]);
    expect(hasChanges(diffResults(b, lightOnly))).toBe(true);
  });

  it('without a before side, has the after side only and no change of list membership', () => {
    const d = diffResults(null, before);
    expect(d.groups[0]?.units.map((u) => [u.unitId, u.rankBefore, u.rankAfter, u.move])).toEqual([
      ['A', null, 1, null],
      ['B', null, 2, null],
      ['C', null, 3, null],
    ]);
    expect(d.groups[0]?.lists[0]).toMatchObject({ before: [], entered: ['C'], left: [] });
  });

  it('keeps a group only the before side has, after the groups of the after side', () => {
    const two = { ...before, groups: [...before.groups, { ...before.groups[0]!, id: 'parks', name: '园区组' }] };
    expect(diffResults(two, before).groups.map((g) => [g.id, g.units.every((u) => u.rankAfter === null)])).toEqual([
      ['towns', false],
      ['parks', true],
    ]);
  });
});
